// The dispatcher console's entry: watches `taskforce:HEATING` (or `?screen=board`), reads each queued
// order's record for its address and return grounds, and dispatches (派单 / 改派) over the API.
import { currentUser, get, post, logout, redirectToLogin, roleText, showProblem } from './api.js';
import { Live } from './live.js';
import { DispatchView } from './dispatch-view.js';
import { AlertTicker } from './alert-ticker.js';
import { Catalogue } from './department-picker.js';
import { QueueStatuses } from './dispatch-queue.js';
import { isRunning } from './clock.js';
import { $, setText, showConnection } from './dom.js';
import { ClockName, Dispatch } from './texts.js';
import { ConsultationBoard } from './consultation-board.js';
import { toggleConsultationForm } from './consultation-form.js';
import { Urge } from './consultation-texts.js';
import { DispatchSupervision } from './dispatch-supervision.js';

const DispatcherRoles = new Set(['dispatcher', 'admin']);
const DetailFetches = 4;
const DetailsKept = 500;

const screen = screenOf(new URLSearchParams(location.search).get('screen'));
const taskForce = screen.startsWith('taskforce:') ? screen.slice('taskforce:'.length) : null;
const mine = (s) => !s || String(s).toLowerCase() === screen.toLowerCase();

/** `board`, `taskforce:{code}`; anything else is the heating task force. */
function screenOf(value) {
  const v = value?.trim() ?? '';
  if (v === 'board') return 'board';
  if (/^taskforce:[A-Za-z0-9-]{1,40}$/.test(v)) return `taskforce:${v.slice('taskforce:'.length).toUpperCase()}`;
  return 'taskforce:HEATING';
}

// ---- header -----------------------------------------------------------------------------------------
function setTitle(taskForceName) {
  const title = Dispatch.title(screen, taskForceName);
  setText($('#console-title'), title);
  setText($('#console-sub'), Dispatch.subtitle(screen, taskForceName));
  document.title = Dispatch.pageTitle(title);
}
setTitle(null);
$('#board-link').href = taskForce ? `/board.html?taskforce=${encodeURIComponent(taskForce)}` : '/board.html';

const banners = new Map();
function setBanner(key, message) {
  if (message) banners.set(key, message); else banners.delete(key);
  const banner = $('#banner');
  banner.textContent = [...banners.values()].join('；');
  banner.hidden = banners.size === 0;
}

const me = await currentUser();
$('#user-name').textContent = `${me.displayName ?? me.userName}（${roleText(me.role)}）`;
$('#logout').addEventListener('click', logout);
const canDispatch = DispatcherRoles.has(me.role);
if (!canDispatch) {
  $('#read-only').textContent = Dispatch.readOnly;
  $('#read-only').hidden = false;
}

// The pickers are built from the department list, so it is read before the first row is drawn.
let catalogue = new Catalogue();
try {
  const reference = await get('/api/reference');
  catalogue = new Catalogue(reference?.departments ?? []);
  if (taskForce) setTitle(reference?.taskForces?.find((t) => t.code === taskForce)?.name ?? null);
} catch (error) {
  setBanner('reference', `${Dispatch.noReference}（${error.message}）`);
}

// ---- each queued order's record: address, content, and the grounds of its latest return ----------------
const details = new Map();
const waitingForDetail = [];
let fetching = 0;

function needDetail(row) {
  const held = details.get(row.id);
  if (held && row.status !== 'returned') { view.queue.showDetail(row.id, held); return; }
  if (!waitingForDetail.includes(row.id)) waitingForDetail.push(row.id);
  pumpDetails();
}

function pumpDetails() {
  while (fetching < DetailFetches && waitingForDetail.length) {
    const id = waitingForDetail.shift();
    if (!view.queue.node(id)) continue;
    fetching++;
    get(`/api/orders/${encodeURIComponent(id)}`)
      .then((order) => {
        consultations.show(order);
        const returned = [...(order.events ?? [])].reverse().find((e) => e.action === 'returned');
        return { address: order.address, content: order.content, returned: returned ? { reason: returned.reason, department: returned.department, at: returned.at } : null };
      }, () => ({ failed: true }))
      .then((detail) => {
        if (!detail.failed) details.set(id, detail);
        if (details.size > DetailsKept) for (const key of details.keys()) if (!view.queue.node(key)) details.delete(key);
        view.queue.showDetail(id, detail);
      })
      .finally(() => { fetching--; pumpDetails(); });
  }
}

// ---- 派单 / 改派 ------------------------------------------------------------------------------------
async function dispatchOrder(id, node) {
  const lead = node.lead.value;
  if (!lead) { showProblem(node.problem, new Error(Dispatch.pickLead)); return; }
  showProblem(node.problem, null);
  node.button.disabled = true;
  setText(node.button, Dispatch.sending);
  try {
    const order = await post(`/api/orders/${encodeURIComponent(id)}/dispatch`, { lead, coHandlers: node.co.values });
    // Move it at once; the push that follows (a newer sequence) replaces this with the server's row.
    if (QueueStatuses.has(view.get(id)?.status)) view.patch(id, rowOf(order));
  } catch (error) {
    showProblem(node.problem, error);
    // The server names the bad fields: mark the pickers they belong to.
    const fields = Object.keys(error.fieldErrors ?? {}).map((k) => k.toLowerCase());
    node.lead.classList.toggle('invalid', fields.includes('lead'));
    node.co.node.classList.toggle('invalid', fields.some((k) => k.startsWith('cohandlers')));
  } finally {
    node.button.disabled = false;
    setText(node.button, view.get(id)?.status === 'returned' ? Dispatch.redispatch : Dispatch.dispatch);
  }
}

/** The fields of a screen row that an order's record (the dispatch answer) tells. */
function rowOf(order) {
  return {
    status: order.status,
    statusText: order.statusText,
    lead: order.lead,
    leadName: catalogue.name(order.lead),
    departments: [order.lead, ...(order.coHandlers ?? [])].filter(Boolean),
    clocks: (order.clocks ?? []).filter(isRunning).map((c) => ({ ...c, nameText: ClockName[c.name] ?? c.name })),
  };
}

// ---- 会商 and 催办 ----------------------------------------------------------------------------------
const consultations = new ConsultationBoard(document, { catalogue, canDispatch, onChanged: (order) => view.patch(order.id, rowOf(order)) });

/** The orders this console urged, so a row redrawn by the live feed still says 已催办. */
const urged = new Set();
const urgeButton = (id) => document.querySelector(`[data-testid="waiting-row"][data-order-id="${CSS.escape(id)}"] [data-testid="urge"]`);

async function urgeOrder(id) {
  const pending = urgeButton(id);
  if (pending) pending.disabled = true;
  try {
    await post(`/api/orders/${encodeURIComponent(id)}/urge`, { message: Urge.defaultMessage });
    urged.add(id);
    const button = urgeButton(id);
    if (button) { setText(button, Urge.sent); button.disabled = false; }
  } catch (error) {
    const button = urgeButton(id);
    if (button) { button.disabled = false; button.title = error.message; }
  }
}

// ---- the screen -----------------------------------------------------------------------------------
const view = new DispatchView(document, {
  catalogue, canDispatch, onDispatch: dispatchOrder, onNeedDetail: needDetail,
  onConsult: (id, node) => toggleConsultationForm(node.tr, id, catalogue, (order) => consultations.show(order)),
  onUrge: urgeOrder,
  urged,
});
const ticker = new AlertTicker($('#alert-list'), $('#alert-empty'), { onPick: (id) => view.reveal(id) });
$('#only-important').addEventListener('change', (e) => ticker.setOnlyImportant(e.target.checked));
view.tick();
setInterval(() => { view.tick(); consultations.tick(Date.now()); }, 1000);

const live = new Live({
  onSnapshot: (snapshot) => {
    if (!mine(snapshot.screen)) return;
    setBanner('watch', null);
    view.applySnapshot(snapshot);
    consultations.noticeRows(snapshot.orders);
    ticker.replace(snapshot.alerts);
  },
  onWatchError: (_, message) => {
    setBanner('watch', message);
    document.body.dataset.ready = 'true';
  },
  onOrders: (s, rows) => {
    if (!mine(s)) return;
    view.applyOrders(rows);
    consultations.noticeRows(rows);
  },
  onAlert: (s, alert) => mine(s) && ticker.add(alert),
  onState: (state, text) => showConnection($('[data-testid="connection"]'), state, text),
  onUnauthorized: redirectToLogin,
});
// ---- 督办: open escalations, refreshed from the same live connection -----------------------------------
const supervision = new DispatchSupervision(document, { role: me.role, departmentName: (code) => catalogue.name(code) });
supervision.listen(live);

live.watch(screen);
live.start();
