// The department console's order table, apart from the connection: rows sorted by the nearest
// running clock of this department, countdown chips recoloured every second.
import { h, $, fill, setText } from './dom.js';
import { OrderStore } from './order-store.js';
import { formatInstant, headerClock, isRunning, ms, paintChips } from './clock.js';
import { ClockName, Department, OrderStatus, Urgency } from './texts.js';
import { Inquiry } from './intake-texts.js';

/** Which actions a status allows (the server decides in the end; this only greys out buttons). */
export const Allowed = {
  accept: (status) => status === 'dispatched',
  reply: (status) => status === 'accepted',
  return: (status) => status === 'dispatched' || status === 'accepted',
  extension: (status) => status === 'accepted',
};

const ActionText = Department.actions;

export class DepartmentView {
  /** callbacks: onOpen(id, mode), onAccept(id), onInquiry(id, node) (接诉即办 answer, optional) */
  constructor(root, department, callbacks) {
    this.root = root;
    this.department = department;
    this.callbacks = callbacks;
    this.orders = new OrderStore();
    this.nodes = new Map();
  }

  /** 接诉即办: the hotline waits for this department while its contact-answer clock runs; after the answer it is the centre's turn. */
  awaitsInquiryAnswer(row) {
    return row.status === 'inquiring'
      && (row.clocks ?? []).some((c) => c.name === 'contact-answer' && c.department === this.department && isRunning(c));
  }

  /** The running clocks of this department on a row (order-wide clocks count too). */
  clocksOf(row) {
    return (row.clocks ?? []).filter((c) => isRunning(c) && (!c.department || c.department === this.department))
      .sort((a, b) => (ms(a.dueAt) ?? Infinity) - (ms(b.dueAt) ?? Infinity));
  }

  applySnapshot(snapshot) {
    this.orders.replace(snapshot.orders);
    for (const { tr } of this.nodes.values()) tr.remove();
    this.nodes.clear();
    this.render();
    document.body.dataset.ready = 'true';
  }

  /** Applies pushed rows; returns the rows that are new on this screen. */
  applyOrders(rows) {
    const { added } = this.orders.apply(rows);
    this.render(added);
    return added.map((id) => this.orders.get(id));
  }

  patch(id, fields) {
    this.orders.patch(id, fields);
    this.render();
  }

  render(flash = []) {
    const body = $('#order-rows', this.root);
    const rows = this.orders.values();
    const key = (row) => ms(this.clocksOf(row)[0]?.dueAt) ?? Infinity;
    rows.sort((a, b) => key(a) - key(b) || (ms(a.receivedAt) ?? 0) - (ms(b.receivedAt) ?? 0) || a.id.localeCompare(b.id));

    for (const [id, node] of this.nodes) {
      if (!this.orders.has(id)) { node.tr.remove(); this.nodes.delete(id); }
    }
    for (const row of rows) {
      let node = this.nodes.get(row.id);
      if (!node) {
        node = this.createRow(row.id);
        this.nodes.set(row.id, node);
      }
      if (node.row !== row) this.fillRow(node, row);
      body.append(node.tr); // moves it into sorted position
    }
    for (const id of flash) {
      const tr = this.nodes.get(id)?.tr;
      if (tr) { tr.classList.remove('flash'); void tr.offsetWidth; tr.classList.add('flash'); }
    }
    $('#orders-empty', this.root).hidden = rows.length > 0;
    this.tick();
  }

  createRow(id) {
    const cells = {
      id: h('td', { class: 'mono nowrap' }),
      title: h('td', { class: 'title-cell' }),
      district: h('td'),
      status: h('td'),
      received: h('td', { class: 'num' }),
      clocks: h('td'),
      actions: h('td'),
    };
    const buttons = {};
    for (const action of ['accept', 'reply', 'return', 'extension']) {
      buttons[action] = h('button', {
        type: 'button', class: 'btn btn-sm' + (action === 'accept' ? ' btn-primary' : action === 'return' ? ' btn-danger' : ''),
        dataset: { testid: action },
        onclick: () => (action === 'accept' ? this.callbacks.onAccept(id, node) : this.callbacks.onOpen(id, action)),
      }, ActionText[action]);
    }
    const detail = h('button', { type: 'button', class: 'btn btn-sm btn-link', dataset: { testid: 'detail' }, onclick: () => this.callbacks.onOpen(id, null) }, Department.detail);
    const problem = h('div', { class: 'row-problem', dataset: { testid: 'row-error' }, hidden: true });
    // Only while the hotline waits for this department's answer to an inquiry (接诉即办).
    const inquiry = h('button', { type: 'button', class: 'btn btn-sm btn-primary', dataset: { testid: 'answer-inquiry' }, hidden: true,
      onclick: () => this.callbacks.onInquiry?.(id, node) }, Inquiry.answerButton);
    cells.actions.append(h('div', { class: 'btn-group' }, inquiry, detail, Object.values(buttons)), problem);
    const tr = h('tr', { dataset: { testid: 'order-row', orderId: id } }, Object.values(cells));
    const node = { tr, cells, buttons, inquiry, problem, chips: [], row: null };
    return node;
  }

  fillRow(node, row) {
    // A message about the previous status no longer applies.
    if (node.row && node.row.status !== row.status) { node.problem.hidden = true; node.problem.replaceChildren(); }
    node.row = row;
    const { tr, cells, buttons } = node;
    tr.dataset.status = row.status;
    fill(cells.id, h('a', { href: '#', onclick: (e) => { e.preventDefault(); this.callbacks.onOpen(row.id, null); } }, row.id));
    const urgency = row.urgency && row.urgency !== 'normal' ? h('span', { class: `tag tag-${row.urgency}` }, Urgency[row.urgency] ?? row.urgency) : null;
    const inquiring = this.awaitsInquiryAnswer(row);
    const inquiryTag = row.status !== 'inquiring' ? null : inquiring
      ? h('span', { class: 'tag tag-inquiry', dataset: { testid: 'inquiry-pending' } }, Inquiry.pending)
      : h('span', { class: 'tag', dataset: { testid: 'inquiry-answered' } }, Inquiry.answered);
    fill(cells.title, urgency, inquiryTag, ' ',
      h('span', { title: row.title }, row.title), h('div', { class: 'muted small' }, row.category ?? ''));
    node.inquiry.hidden = !inquiring;
    cells.district.textContent = row.districtName ?? row.district ?? '';
    fill(cells.status, h('span', { class: 'tag', dataset: { status: row.status } }, row.statusText ?? OrderStatus[row.status] ?? row.status));
    cells.received.textContent = formatInstant(row.receivedAt);
    node.chips = this.clocksOf(row).map((clock) => {
      const time = h('span', { class: 'chip-time' });
      const chip = h('span', { class: 'chip', dataset: { testid: 'clock', clockName: clock.name } },
        h('span', null, clock.nameText ?? ClockName[clock.name] ?? clock.name), time);
      return { chip, time, clock };
    });
    fill(cells.clocks, node.chips.length ? node.chips.map((c) => c.chip) : h('span', { class: 'muted' }, '—'));
    for (const [action, button] of Object.entries(buttons)) button.disabled = !Allowed[action](row.status);
  }

  /** Every second: countdown texts, chip colours and the summary counts. */
  tick() {
    const now = Date.now();
    let amber = 0;
    let red = 0;
    for (const node of this.nodes.values()) {
      const worst = paintChips(node.chips, now);
      if (node.tr.dataset.level !== worst) node.tr.dataset.level = worst;
      if (worst === 'red') red++; else if (worst === 'amber') amber++;
    }
    const rows = this.orders.values();
    setText($('#count-open', this.root), String(rows.length));
    setText($('#count-dispatched', this.root), String(rows.filter((r) => r.status === 'dispatched').length));
    setText($('#count-amber', this.root), String(amber));
    setText($('#count-red', this.root), String(red));
    const clock = headerClock(now);
    setText($('#clock-date', this.root), clock.date);
    setText($('#clock-time', this.root), clock.time);
  }
}
