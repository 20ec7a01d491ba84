// The dispatcher's queue: orders waiting for the centre (待派单, 退单), oldest first, each row with its
// own lead and co-handler pickers. A push refills a row's facts; the pickers keep what the dispatcher chose.
import { h, $, fill, setText } from './dom.js';
import { clockLevel, countdownText, formatInstant, formatSpan, isRunning, ms } from './clock.js';
import { ClockName, Dispatch, OrderStatus, Urgency, Dash } from './texts.js';
import { CoHandlerPicker, leadSelect, markReturner } from './department-picker.js';
import { Consultation } from './consultation-texts.js';

export const QueueStatuses = new Set(['pending-dispatch', 'returned']);

export class QueueList {
  /**
   * options: catalogue (Catalogue), canDispatch, onDispatch(id, node), onNeedDetail(row).
   * A node is {tr, row, lead, co, button, problem, …}; onDispatch reads node.lead.value and node.co.values.
   */
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.nodes = new Map();
  }

  get size() { return this.nodes.size; }

  node(id) { return this.nodes.get(id); }

  /** Shows exactly these rows, oldest received first. */
  render(rows, flash = []) {
    const body = $('#queue-rows', this.root);
    rows.sort((a, b) => (ms(a.receivedAt) ?? 0) - (ms(b.receivedAt) ?? 0) || a.id.localeCompare(b.id));
    const keep = new Set(rows.map((r) => r.id));
    for (const [id, node] of this.nodes) {
      if (!keep.has(id)) { node.tr.remove(); this.nodes.delete(id); }
    }
    for (const row of rows) {
      let node = this.nodes.get(row.id);
      if (!node) { node = this.createRow(row.id); this.nodes.set(row.id, node); }
      if (node.row !== row) this.fillRow(node, row);
      body.append(node.tr);
    }
    for (const id of flash) {
      const tr = this.nodes.get(id)?.tr;
      if (tr) { tr.classList.remove('flash'); void tr.offsetWidth; tr.classList.add('flash'); }
    }
    $('#queue-empty', this.root).hidden = rows.length > 0;
  }

  createRow(id) {
    const { catalogue, canDispatch } = this.options;
    const cells = {
      id: h('td', { class: 'nowrap' }),
      title: h('td', { class: 'title-cell' }),
      district: h('td'),
      time: h('td'),
      act: h('td'),
    };
    const lead = leadSelect(catalogue);
    const co = new CoHandlerPicker(catalogue);
    const button = h('button', { type: 'button', class: 'btn btn-primary dispatch-btn', dataset: { testid: 'dispatch' } }, Dispatch.dispatch);
    // 会商: several departments give opinions before the centre decides who handles it.
    const consult = h('button', { type: 'button', class: 'btn btn-sm consult-btn', dataset: { testid: 'consult' }, disabled: !canDispatch,
      onclick: () => this.options.onConsult?.(id, node) }, Consultation.open);
    const problem = h('div', { class: 'row-problem', dataset: { testid: 'row-error' }, role: 'alert', hidden: true });
    const meta = h('div', { class: 'muted small meta' });
    const grounds = h('div', { class: 'grounds', dataset: { testid: 'return-grounds' }, hidden: true });
    const received = h('div', { class: 'num received' });
    const waited = h('div', { class: 'num waited', dataset: { testid: 'waited' } });
    const sameDay = h('div', { class: 'same-day' });
    const titleText = h('span', { class: 'title-text' });
    const urgency = h('span');
    const status = h('span');
    fill(cells.id, h('div', { class: 'mono order-id' }), h('div', { class: 'id-tags' }, status, urgency));
    fill(cells.title, h('div', { class: 'title-line' }, titleText), meta, grounds);
    fill(cells.time, received, waited, sameDay);
    fill(cells.act, h('div', { class: 'dispatch-controls' }, lead, co.node, button, consult), problem);

    const tr = h('tr', { dataset: { testid: 'queue-row', orderId: id } }, Object.values(cells));
    const node = { id, tr, cells, lead, co, button, problem, meta, grounds, received, waited, sameDay, titleText, urgency, status, row: null, touched: false, chip: null };
    lead.addEventListener('change', () => {
      node.touched = true;
      co.setLead(lead.value);
      this.clearProblem(node);
    });
    co.node.addEventListener('change', () => { node.touched = true; this.clearProblem(node); });
    button.addEventListener('click', () => this.options.onDispatch(id, node));
    if (!canDispatch || catalogue.isEmpty) {
      for (const control of [lead, button]) control.disabled = true;
      co.node.classList.add('disabled');
    }
    return node;
  }

  fillRow(node, row) {
    const before = node.row;
    node.row = row;
    const statusChanged = before && before.status !== row.status;
    if (statusChanged) this.clearProblem(node);
    const { tr, cells } = node;
    tr.dataset.status = row.status;
    setText(cells.id.firstChild, row.id);
    fill(node.status, h('span', { class: 'tag', dataset: { status: row.status } }, row.statusText ?? OrderStatus[row.status] ?? row.status));
    fill(node.urgency, row.urgency && row.urgency !== 'normal'
      ? h('span', { class: `tag tag-${row.urgency}` }, Urgency[row.urgency] ?? row.urgency) : null);
    setText(node.titleText, row.title ?? '');
    node.titleText.title = row.title ?? '';
    if (!node.detail) setText(node.meta, row.category ?? '');
    setText(cells.district, row.districtName ?? row.district ?? '');
    setText(node.received, formatInstant(row.receivedAt));
    setText(node.button, row.status === 'returned' ? Dispatch.redispatch : Dispatch.dispatch);

    // The pre-selected lead follows the order until the dispatcher picks one.
    if (!node.touched && (!before || statusChanged)) {
      node.lead.value = this.options.catalogue.suggestLead(row);
      node.co.setLead(node.lead.value);
    }
    node.grounds.hidden = row.status !== 'returned';
    if (row.status === 'returned' && (!node.detail || statusChanged)) fill(node.grounds, h('span', { class: 'muted' }, Dispatch.groundsLoading));

    // A returned heating order keeps its same-day clock running while it waits here.
    const clock = (row.clocks ?? []).filter((c) => isRunning(c) && c.name === 'same-day')
      .sort((a, b) => (ms(a.dueAt) ?? Infinity) - (ms(b.dueAt) ?? Infinity))[0];
    if (clock) {
      const time = h('span', { class: 'chip-time' });
      node.chip = { clock, time, chip: h('span', { class: 'chip chip-sm', dataset: { testid: 'queue-clock', clockName: clock.name } },
        h('span', null, clock.nameText ?? ClockName[clock.name] ?? clock.name), time) };
      fill(node.sameDay, node.chip.chip);
    } else {
      node.chip = null;
      node.sameDay.replaceChildren();
    }
    if (!before || statusChanged) this.options.onNeedDetail(row);
  }

  /** The order's full record arrived (address, content and, for a returned order, its return event). */
  showDetail(id, detail) {
    const node = this.nodes.get(id);
    if (!node) return;
    node.detail = detail;
    if (detail.failed) {
      if (node.row?.status === 'returned') fill(node.grounds, h('span', { class: 'muted' }, Dispatch.groundsFailed));
      return;
    }
    setText(node.meta, [node.row?.category, detail.address].filter(Boolean).join(' · '));
    node.titleText.title = detail.content ? `${node.row?.title ?? ''}\n${detail.content}` : node.row?.title ?? '';
    const returned = detail.returned;
    if (node.row?.status === 'returned' && returned) {
      fill(node.grounds,
        h('div', { class: 'grounds-head' }, Dispatch.returnedBy(this.options.catalogue.name(returned.department) || Dash, formatInstant(returned.at))),
        h('div', { class: 'grounds-text' }, h('b', null, `${Dispatch.grounds}：`), returned.reason || Dash));
      markReturner(node.lead, returned.department);
    }
  }

  clearProblem(node) {
    node.problem.hidden = true;
    node.problem.replaceChildren();
    node.lead.classList.remove('invalid');
    node.co.node.classList.remove('invalid');
  }

  /** Every second: how long each order has waited, and the same-day chips. */
  tick(now) {
    for (const node of this.nodes.values()) {
      const received = ms(node.row?.receivedAt);
      setText(node.waited, received === null ? Dash : Dispatch.waited(formatSpan(Math.max(0, now - received))));
      if (node.chip) {
        const level = clockLevel(node.chip.clock, now);
        if (node.chip.chip.dataset.clockState !== level) node.chip.chip.dataset.clockState = level;
        setText(node.chip.time, countdownText(node.chip.clock.dueAt, now));
      }
    }
  }

  counts() {
    let pending = 0;
    let returned = 0;
    for (const node of this.nodes.values()) {
      if (node.row?.status === 'returned') returned++; else pending++;
    }
    return { pending, returned };
  }
}
