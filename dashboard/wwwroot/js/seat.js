// The seat console: the seat's status, the intake form (create, or create and answer directly),
// the caller's earlier orders, and the orders created in this session.
import { ApiError, currentUser, get, post, put, logout, roleText, showFieldErrors, showProblem } from './api.js';
import { h, $, fill } from './dom.js';
import { formatInstant } from './clock.js';
import { CallerType, OrderStatus, SeatStatus, Urgency } from './texts.js';
import { SeatAssist } from './seat-assist.js';

const SessionKey = 'hotline.seat.createdOrders';
const HistoryLimit = 8;
const FinishedStatuses = new Set(['closed', 'directly-answered', 'merged', 'transferred']);

const me = await currentUser();
$('#user-name').textContent = `${me.displayName ?? me.userName}（${roleText(me.role)}${me.seatId ? ' ' + me.seatId : ''}）`;
$('#logout').addEventListener('click', logout);

const form = $('#intake');
const problem = $('#intake-problem');
const createButton = $('[data-testid="create"]');
const answerButton = $('[data-testid="answer-directly"]');

// ---- reference data into the selects ------------------------------------------------------------
function options(select, items, placeholder) {
  fill(select, placeholder ? h('option', { value: '' }, placeholder) : null,
    items.map(({ value, text }) => h('option', { value }, text)));
}

let reference = null;
try {
  reference = await get('/api/reference');
  options(form.channel, (reference.channels ?? []).map((c) => ({ value: c, text: c })));
  options(form.districtCode, (reference.districts ?? []).map((d) => ({ value: d.code, text: d.name })), '请选择区县');
  options(form.category, (reference.categories ?? []).map((c) => ({ value: c, text: c })), '请选择分类');
  const urgencies = reference.urgencies?.length ? reference.urgencies : Object.entries(Urgency).map(([code, text]) => ({ code, text }));
  options(form.urgency, urgencies.map((u) => ({ value: u.code, text: u.text })));
} catch (error) {
  showProblem(problem, error);
}

// ---- knowledge, category, routing and duplicate advice (seat-assist.js) -----------------------------
const assist = new SeatAssist(form, { departments: reference?.departments ?? [], createButton, answerButton });
await assist.loadCategories();

// ---- seat status -----------------------------------------------------------------------------------
let seatId = me.seatId ?? null;
const seatProblem = $('#seat-problem');

function showSeat(seat) {
  seatId = seat.seatId ?? seatId;
  const status = seat.status ?? 'offline';
  $('#seat-id').textContent = seatId ?? '';
  $('#seat-state').dataset.status = status;
  $('#seat-status-text').textContent = seat.statusText ?? SeatStatus[status] ?? status;
  const since = seat.since ?? seat.statusSince;
  $('#seat-since').textContent = since ? `自 ${formatInstant(since)}` : '';
  $('#calls-taken').textContent = String(seat.callsTaken ?? 0);
  $('#orders-created').textContent = String(seat.ordersCreated ?? 0);
  for (const b of document.querySelectorAll('.status-switch button')) b.setAttribute('aria-pressed', String(b.dataset.status === status));
}

async function loadSeat() {
  try {
    showSeat(await get('/api/seats/me'));
    showProblem(seatProblem, null);
  } catch (error) {
    showProblem(seatProblem, error);
  }
}

for (const button of document.querySelectorAll('.status-switch button')) {
  button.addEventListener('click', async () => {
    if (!seatId) { showProblem(seatProblem, new Error('当前账号未绑定坐席')); return; }
    button.disabled = true;
    try {
      // Answering a call: the number already typed (if complete) is the caller on the line.
      const phone = document.querySelector('[name="phone"]')?.value.trim() ?? '';
      const body = { status: button.dataset.status };
      if (button.dataset.status === 'on-call' && /^\d{7,12}$/.test(phone)) body.callerPhone = phone;
      showSeat(await put(`/api/seats/${encodeURIComponent(seatId)}/status`, body));
      showProblem(seatProblem, null);
    } catch (error) {
      showProblem(seatProblem, error);
    } finally {
      button.disabled = false;
    }
  });
}
loadSeat();

// ---- the caller's earlier orders -----------------------------------------------------------------
let lookedUp = null;

async function lookUpCaller(again) {
  const phone = typeof again === 'string' ? again : form.phone.value.trim();
  if (!/^\+?\d{5,20}$/.test(phone) || (phone === lookedUp && typeof again !== 'string')) return;
  lookedUp = phone;
  const box = $('#caller-history');
  $('#history-phone').textContent = phone;
  fill(box, h('div', { class: 'muted' }, '正在查询…'));
  try {
    const profile = await get(`/api/callers/${encodeURIComponent(phone)}`);
    if (lookedUp !== phone) return;
    const open = new Set(profile.openDemands ?? []);
    const entries = (profile.orders ?? []).slice(-HistoryLimit).reverse();
    // The profile may list ids only: read each order for its title and status.
    const orders = await Promise.all(entries.map(async (entry) => {
      if (typeof entry !== 'string') return entry;
      try { return await get(`/api/orders/${encodeURIComponent(entry)}`); } catch { return { id: entry }; }
    }));
    if (lookedUp !== phone) return;
    if (!form.callerName.value && profile.name) form.callerName.value = profile.name;
    if (profile.type && form.callerType) form.callerType.value = profile.type;
    const satisfaction = Object.entries(profile.satisfaction ?? {}).map(([k, n]) => `${{ satisfied: '满意', 'basically-satisfied': '基本满意', dissatisfied: '不满意' }[k] ?? k} ${n}`).join(' · ');
    fill(box,
      h('div', { class: 'caller-summary' },
        h('b', null, profile.name || '未留姓名'), `（${CallerType[profile.type] ?? profile.type ?? '市民'}）`,
        ` 历史工单 ${(profile.orders ?? []).length} 件，未办结 ${open.size} 件`,
        profile.lastContactAt ? `，上次来电 ${formatInstant(profile.lastContactAt)}` : '',
        satisfaction ? h('div', { class: 'muted' }, `回访：${satisfaction}`) : null),
      orders.length ? orders.map((o) => {
        const isOpen = open.has(o.id) || (o.status && !FinishedStatuses.has(o.status));
        return h('div', { class: 'history-item' + (isOpen ? ' open' : ''), dataset: { testid: 'caller-order', orderId: o.id, open: String(isOpen) } },
          h('span', null, o.title ?? '（无法读取工单）'),
          h('span', { class: 'tag', dataset: { status: o.status ?? '' } }, o.statusText ?? OrderStatus[o.status] ?? o.status ?? '—'),
          h('span', { class: 'mono' }, o.id),
          h('span', { class: 'muted small' }, o.receivedAt ? formatInstant(o.receivedAt) : ''));
      }) : h('div', { class: 'muted' }, '首次来电，无历史工单'));
  } catch (error) {
    if (lookedUp !== phone) return;
    const p = h('div', { class: 'problem' });
    showProblem(p, error);
    fill(box, p);
  }
}

form.phone.addEventListener('blur', lookUpCaller);
form.phone.addEventListener('input', () => { if (/^1\d{10}$/.test(form.phone.value.trim())) lookUpCaller(); });

// ---- orders created in this session -------------------------------------------------------------
const sessionKey = `${SessionKey}.${me.userName}`;
const sessionOrders = JSON.parse(sessionStorage.getItem(sessionKey) ?? '[]');

function renderSession() {
  fill($('#session-orders'), sessionOrders.map((o) => h('li', { dataset: { testid: 'session-order', orderId: o.id } },
    h('span', null, o.title),
    h('span', { class: 'tag', dataset: { status: o.status } }, o.statusText ?? OrderStatus[o.status] ?? o.status),
    h('span', { class: 'mono muted' }, o.id),
    h('span', { class: 'muted small' }, formatInstant(o.receivedAt)))));
  $('#session-empty').hidden = sessionOrders.length > 0;
  $('#session-count').textContent = sessionOrders.length ? `${sessionOrders.length} 件` : '';
}

function remember(order) {
  const at = sessionOrders.findIndex((o) => o.id === order.id);
  const entry = { id: order.id, title: order.title, status: order.status, statusText: order.statusText, receivedAt: order.receivedAt };
  if (at >= 0) sessionOrders[at] = entry; else sessionOrders.unshift(entry);
  sessionStorage.setItem(sessionKey, JSON.stringify(sessionOrders.slice(0, 100)));
  renderSession();
}
renderSession();

// ---- create / answer directly -----------------------------------------------------------------------
function body() {
  return assist.createFields({
    channel: form.channel.value,
    caller: { phone: form.phone.value.trim(), name: form.callerName.value.trim() || null, type: form.callerType.value || 'citizen' },
    districtCode: form.districtCode.value,
    address: form.address.value.trim(),
    category: form.category.value,
    title: form.title.value.trim(),
    content: form.content.value.trim(),
    urgency: form.urgency.value,
    seatId,
  });
}

function showErrors(error) {
  showProblem(problem, error, error ? showFieldErrors(form, error) : []);
  if (!error) showFieldErrors(form, null);
}

function showCreated(order) {
  fill($('#created'), h('div', { class: 'success', dataset: { testid: 'created-order', orderId: order.id, status: order.status } },
    '工单已登记：', h('span', { class: 'mono' }, order.id), '，当前状态：',
    h('b', null, order.statusText ?? OrderStatus[order.status] ?? order.status)));
}

let unanswered = null;

function clearForm() {
  unanswered = null;
  const keep = form.channel.value;
  form.reset();
  form.channel.value = keep;
  lookedUp = null;
  assist.reset();
}

async function submit(answerDirectly) {
  showErrors(null);
  if (assist.locked) return;
  const answer = form.answer.value.trim();
  if (answerDirectly && !answer) {
    showErrors(new ApiError(400, { detail: '请填写直接答复内容', errors: { answer: ['答复内容不能为空'] } }));
    return;
  }
  createButton.disabled = answerButton.disabled = true;
  try {
    // After a refused answer the order already exists: answer it again rather than create another.
    let order = unanswered ?? await post('/api/orders', body());
    unanswered = null;
    remember(order);
    if (answerDirectly) {
      try {
        order = await post(`/api/orders/${encodeURIComponent(order.id)}/answer`, assist.answerFields(answer));
        remember(order);
      } catch (error) {
        unanswered = order;
        showCreated(order);
        showErrors(error);
        return;
      }
    }
    showCreated(order);
    assist.created(order, form.title.value.trim());
    // The caller's profile learns of the new order from the event stream a moment later: read it again then.
    const phone = form.phone.value.trim();
    clearForm();
    loadSeat();
    setTimeout(() => lookUpCaller(phone), 1500);
  } catch (error) {
    // A matter that already had its final reply is not created again: the earlier reply is shown instead.
    assist.refused(error);
    showErrors(error);
  } finally {
    createButton.disabled = answerButton.disabled = assist.locked;
  }
}

form.addEventListener('submit', (e) => { e.preventDefault(); submit(false); });
answerButton.addEventListener('click', () => submit(true));
$('#reset').addEventListener('click', () => { clearForm(); showErrors(null); fill($('#created')); assist.inquiry.stop(); });
function clearFieldError(e) {
  const field = e.target.closest('.field');
  if (field?.classList.contains('invalid')) {
    field.classList.remove('invalid');
    const message = field.querySelector('.field-error');
    if (message) message.textContent = '';
  }
}
form.addEventListener('input', clearFieldError);
form.addEventListener('change', clearFieldError);
document.body.dataset.ready = 'true';
