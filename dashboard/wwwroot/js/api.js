// The fetch wrapper every page uses: JSON in and out, 401 → login page, errors as ProblemDetails.
import { Errors, Role } from './texts.js';

/** A failed request: `status` (0 when the server could not be reached) and the ProblemDetails body. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problemText(status, problem));
    this.status = status;
    this.problem = problem ?? {};
    this.fieldErrors = this.problem.errors ?? {};
  }
}

const hasChinese = (s) => typeof s === 'string' && /[\u4e00-\u9fff]/.test(s);

// Only words meant for a person reach the page: the server's Chinese detail or title, else a Chinese
// fallback by status. A 5xx body is never shown (it may carry internals).
function problemText(status, problem) {
  if (status === 0) return Errors.network;
  if (status >= 500) return Errors.server(status);
  if (hasChinese(problem?.detail)) return problem.detail;
  if (hasChinese(problem?.title)) return problem.title;
  switch (status) {
    case 400: return Errors.invalid;
    case 403: return Errors.forbidden;
    case 404: return Errors.notFound;
    case 409: return Errors.conflict;
    default: return Errors.generic(status);
  }
}

export function loginUrl(returnUrl = location.pathname + location.search) {
  return '/login.html?returnUrl=' + encodeURIComponent(returnUrl);
}

export function redirectToLogin() {
  location.assign(loginUrl());
}

async function readBody(response) {
  const text = await response.text();
  if (!text) return null;
  try { return JSON.parse(text); } catch { return null; }
}

/**
 * Sends a request; resolves with the parsed JSON body (or null), rejects with ApiError.
 * On 401 it leaves for the login page unless `redirectOn401` is false.
 */
export async function request(method, url, body, { redirectOn401 = true } = {}) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiError(0, null);
  }
  const data = await readBody(response);
  if (response.status === 401 && redirectOn401) {
    redirectToLogin();
    // Never settles: the page is leaving and nothing should render an error meanwhile.
    return new Promise(() => {});
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export const get = (url, options) => request('GET', url, undefined, options);
export const post = (url, body, options) => request('POST', url, body ?? {}, options);
export const put = (url, body, options) => request('PUT', url, body ?? {}, options);

/** Uploads one file as multipart field `file`; resolves with {id, fileName, url}. */
export function upload(url, file) {
  const form = new FormData();
  form.append('file', file, file.name);
  return request('POST', url, form);
}

/** The signed-in user, or a redirect to the login page. */
export const currentUser = () => get('/api/me');

export async function logout() {
  try { await post('/api/auth/logout', {}, { redirectOn401: false }); } catch { /* leaving anyway */ }
  location.assign('/login.html');
}

/** The home page of a role. */
export function homeFor(role) {
  if (role === 'seat') return '/seat.html';
  if (role === 'department') return '/department.html';
  if (role === 'dispatcher') return '/dispatch.html';
  if (role === 'reviewer') return '/review.html';
  if (role === 'leader') return '/leader.html';
  return '/board.html';
}

export const roleText = (role) => Role[role] ?? role ?? '';

/** Only same-site paths are followed after login (no open redirect). */
export function safeReturnUrl(value) {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith('/login.html')) return null;
  return value;
}

/**
 * Shows field messages next to their fields: every element with data-error-for="key" inside `root`
 * gets the messages of that key (server keys compared case-insensitively, e.g. "caller.phone").
 * Returns the server keys that found a place.
 */
export function showFieldErrors(root, error) {
  const fields = error instanceof ApiError ? error.fieldErrors : {};
  const byKey = new Map(Object.entries(fields).map(([k, v]) => [k.toLowerCase(), { key: k, messages: [v].flat() }]));
  const shown = [];
  for (const node of root.querySelectorAll('[data-error-for]')) {
    const hit = byKey.get(node.dataset.errorFor.toLowerCase());
    node.textContent = hit ? hit.messages.join('；') : '';
    node.closest('.field')?.classList.toggle('invalid', !!hit);
    if (hit) shown.push(hit.key);
  }
  return shown;
}

/**
 * Puts an ApiError's message, and the field messages not already shown beside their fields
 * (`shownKeys`), into `box` (a block next to the form). `null` hides it.
 */
export function showProblem(box, error, shownKeys = []) {
  if (!box) return;
  box.replaceChildren();
  if (!error) { box.hidden = true; return; }
  const head = document.createElement('div');
  head.className = 'problem-detail';
  head.textContent = error instanceof ApiError ? error.message : String(error.message ?? error);
  box.append(head);
  const fields = error instanceof ApiError ? error.fieldErrors : {};
  const messages = Object.entries(fields).filter(([k]) => !shownKeys.includes(k))
    .flatMap(([, v]) => [v].flat()).filter((m) => m && m !== head.textContent);
  if (messages.length) {
    const list = document.createElement('ul');
    for (const m of messages) {
      const li = document.createElement('li');
      li.textContent = m;
      list.append(li);
    }
    box.append(list);
  }
  box.hidden = false;
}
