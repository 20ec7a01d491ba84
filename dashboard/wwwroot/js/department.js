// The department console's entry: watches `department:{code}`, notifies on new orders, runs actions.
import { currentUser, get, post, logout, redirectToLogin, roleText, showProblem } from './api.js';
import { Live } from './live.js';
import { DepartmentView } from './department-view.js';
import { OrderDrawer } from './order-drawer.js';
import { h, $, showConnection } from './dom.js';
import { Department } from './texts.js';
import { toggleInquiryAnswer } from './inquiry-answer.js';
import { DepartmentNotices } from './department-notices.js';
import { showMonthFigures } from './department-figures.js';

const ToastMs = 8000;
const NotifyAgainMs = 60_000;

const me = await currentUser();
const params = new URLSearchParams(location.search);
const code = (params.get('code')?.trim() || me.department || '').toUpperCase();
const screen = `department:${code}`;
const mine = (s) => !s || String(s).toLowerCase() === screen.toLowerCase();

let departments = new Map();
let taskForces = new Map();
const departmentName = (c) => departments.get(c)?.name ?? null;
const taskForceName = (c) => taskForces.get(c)?.name ?? null;

$('#user-name').textContent = `${me.displayName ?? me.userName}（${roleText(me.role)}）`;
$('#logout').addEventListener('click', logout);
$('#department-name').textContent = code || Department.none;
if (code) showMonthFigures(code);
get('/api/reference').then((reference) => {
  departments = new Map((reference?.departments ?? []).map((d) => [d.code, d]));
  taskForces = new Map((reference?.taskForces ?? []).map((t) => [t.code, t]));
  const name = departmentName(code);
  if (name) {
    $('#department-name').textContent = name;
    document.title = Department.pageTitle(name);
  }
}).catch(() => { /* the code stands in for the name */ });

const drawer = new OrderDrawer($('#drawer-root'), {
  department: code,
  departmentName,
  taskForceName,
  onChanged: (order) => view.patch(order.id, { status: order.status, statusText: order.statusText }),
});

const view = new DepartmentView(document, code, {
  onOpen: (id, mode) => drawer.open(id, mode),
  // The answered row updates itself from the live feed: its contact-answer clock has stopped.
  onInquiry: (id, node) => toggleInquiryAnswer(node.tr, id, code),
  onAccept: async (id, node) => {
    showProblem(node.problem, null);
    node.buttons.accept.disabled = true;
    try {
      const order = await post(`/api/orders/${encodeURIComponent(id)}/accept`, { department: code });
      view.patch(id, { status: order.status, statusText: order.statusText });
      if (drawer.id === id) drawer.load();
    } catch (error) {
      showProblem(node.problem, error);
      node.buttons.accept.disabled = false;
    }
  },
});
const notices = new DepartmentNotices(document, { department: code, departmentName });
view.tick();
setInterval(() => { view.tick(); notices.tick(Date.now()); }, 1000);

// ---- notifications: an in-page toast always, a desktop one when the user allowed it; never sound.
const notified = new Map();
function notify(orderId, title, body) {
  const last = notified.get(orderId);
  if (last && Date.now() - last < NotifyAgainMs) return;
  notified.set(orderId, Date.now());

  const toast = h('div', { class: 'toast', role: 'status', dataset: { testid: 'toast', orderId: orderId ?? '' },
    onclick: () => { toast.remove(); if (orderId) drawer.open(orderId); } },
  h('div', { class: 'toast-title' }, title, h('small', null, Department.toastHint)),
  h('div', { class: 'toast-body' }, body));
  $('#toasts').append(toast);
  setTimeout(() => toast.remove(), ToastMs);

  if ('Notification' in window && Notification.permission === 'granted') {
    try {
      const n = new Notification(title, { body, tag: orderId, silent: true });
      n.onclick = () => { window.focus(); if (orderId) drawer.open(orderId); n.close(); };
    } catch { /* some browsers allow notifications only from a service worker */ }
  }
}

const permissionButton = $('#enable-notifications');
if ('Notification' in window && Notification.permission === 'default') {
  permissionButton.hidden = false;
  permissionButton.addEventListener('click', async () => {
    await Notification.requestPermission();
    permissionButton.hidden = Notification.permission !== 'default';
  });
}

// ---- live -------------------------------------------------------------------------------------------
const banner = $('#banner');
const live = new Live({
  onSnapshot: (snapshot) => {
    if (!mine(snapshot.screen)) return;
    banner.hidden = true;
    view.applySnapshot(snapshot);
    notices.sync(snapshot.orders, { replace: true });
  },
  onWatchError: (_, message) => {
    banner.textContent = message;
    banner.hidden = false;
    document.body.dataset.ready = 'true';
  },
  onOrders: (s, rows) => {
    if (!mine(s)) return;
    for (const row of view.applyOrders(rows)) {
      notify(row.id, Department.newOrder, Department.newOrderBody(row.id, row.title, row.districtName));
    }
    for (const row of rows) if (!row.removed) drawer.refreshIfIdle(row.id);
    notices.sync(rows);
  },
  onAlert: (s, alert) => {
    if (!mine(s)) return;
    // The server sends this screen only its own alerts; a co-handler's dispatch names the lead as department.
    if (alert.kind === 'dispatch' && (!alert.department || alert.department === code || alert.departments?.includes(code))) {
      notify(alert.orderId, Department.newOrder, alert.text);
    }
  },
  onState: (state, text) => showConnection($('[data-testid="connection"]'), state, text),
  onUnauthorized: redirectToLogin,
});

if (!code) {
  banner.textContent = Department.noDepartment;
  banner.hidden = false;
  document.body.dataset.ready = 'true';
} else {
  live.watch(screen);
  live.start();
}
