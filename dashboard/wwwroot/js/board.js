// The big screen's entry: signs in, watches `board` (or `taskforce:{code}`), feeds the view.
import { currentUser, get, redirectToLogin } from './api.js';
import { Live } from './live.js';
import { BoardView } from './board-view.js';
import { boardTitle, BoardTitle, taskForceTitle } from './texts.js';

const DispatcherRoles = new Set(['dispatcher', 'admin']);
const params = new URLSearchParams(location.search);
const taskForce = params.get('taskforce')?.trim().toUpperCase() || null;
const screen = taskForce ? `taskforce:${taskForce}` : 'board';
const mine = (s) => !s || String(s).toLowerCase() === screen.toLowerCase();

// The stage is laid out at 1920×1080 and scaled to the window, so nothing ever scrolls or overlaps.
const stage = document.getElementById('stage');
function fitStage() {
  const scale = Math.min(window.innerWidth / 1920, window.innerHeight / 1080);
  stage.style.transform = `translate(${(window.innerWidth - 1920 * scale) / 2}px, ${(window.innerHeight - 1080 * scale) / 2}px) scale(${scale})`;
}
fitStage();
window.addEventListener('resize', fitStage);

const view = new BoardView(document);
view.setTitle(boardTitle(taskForce));
view.tick();
setInterval(() => view.tick(), 1000);

const me = await currentUser();

// Dispatchers switch between this screen and their console over a quiet link.
if (DispatcherRoles.has(me?.role)) {
  const link = document.getElementById('console-link');
  link.href = taskForce ? `/dispatch.html?screen=taskforce:${encodeURIComponent(taskForce)}` : '/dispatch.html?screen=board';
  link.hidden = false;
}

if (taskForce && !BoardTitle[taskForce]) {
  get('/api/reference').then((reference) => {
    const name = reference?.taskForces?.find((t) => t.code === taskForce)?.name;
    if (name) view.setTitle(taskForceTitle(name));
  }).catch(() => { /* the code stands in for the name */ });
}

const live = new Live({
  onSnapshot: (snapshot) => {
    if (!mine(snapshot.screen)) return;
    view.showBanner(null);
    view.applySnapshot(snapshot);
  },
  onWatchError: (_, message) => {
    view.showBanner(message);
    document.body.dataset.ready = 'true';
  },
  onOrders: (s, rows) => mine(s) && view.applyOrders(rows),
  onStats: (s, stats) => mine(s) && view.applyStats(stats),
  onAlert: (s, alert) => mine(s) && view.addAlert(alert),
  onSeats: (seats) => view.setSeats(seats),
  onState: (state, text) => view.setConnection(state, text),
  onUnauthorized: redirectToLogin,
});
live.watch(screen);
live.start();
