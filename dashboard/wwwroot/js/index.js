// "/" and "/index.html": the signed-in user's home by role, or the login page.
import { get, homeFor } from './api.js';

try {
  const me = await get('/api/me', { redirectOn401: false });
  location.replace(homeFor(me.role));
} catch {
  location.replace('/login.html');
}
