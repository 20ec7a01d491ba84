// Dispatched orders nobody has accepted yet, nearest 签收 deadline first: one countdown chip per
// department whose accept clock runs, coloured like the department console (amber at amberAt, red at dueAt).
import { h, $, fill, setText } from './dom.js';
import { formatInstant, isRunning, ms, paintChips } from './clock.js';
import { ClockName, Dispatch, Urgency, Dash } from './texts.js';
import { Urge } from './consultation-texts.js';

export const WaitingStatuses = new Set(['dispatched']);


export class WaitingList {
  /** options: catalogue (Catalogue) for department names. */
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.nodes = new Map();
  }

  get size() { return this.nodes.size; }

  /** The running accept clocks of a row, the lead's first. */
  acceptClocks(row) {
    return (row.clocks ?? []).filter((c) => c.name === 'accept' && isRunning(c))
      .sort((a, b) => (a.department === row.lead ? 0 : 1) - (b.department === row.lead ? 0 : 1)
        || (ms(a.dueAt) ?? Infinity) - (ms(b.dueAt) ?? Infinity));
  }

  render(rows, flash = []) {
    const body = $('#waiting-rows', this.root);
    const due = (row) => Math.min(Infinity, ...this.acceptClocks(row).map((c) => ms(c.dueAt) ?? Infinity));
    rows.sort((a, b) => due(a) - due(b) || (ms(a.receivedAt) ?? 0) - (ms(b.receivedAt) ?? 0) || a.id.localeCompare(b.id));
    const keep = new Set(rows.map((r) => r.id));
    for (const [id, node] of this.nodes) {
      if (!keep.has(id)) { node.tr.remove(); this.nodes.delete(id); }
    }
    for (const row of rows) {
      let node = this.nodes.get(row.id);
      if (!node) {
        node = { tr: h('tr', { dataset: { testid: 'waiting-row', orderId: row.id } }), row: null, chips: [] };
        this.nodes.set(row.id, node);
      }
      if (node.row !== row) this.fillRow(node, row);
      body.append(node.tr);
    }
    for (const id of flash) {
      const tr = this.nodes.get(id)?.tr;
      if (tr) { tr.classList.remove('flash'); void tr.offsetWidth; tr.classList.add('flash'); }
    }
    $('#waiting-empty', this.root).hidden = rows.length > 0;
  }

  fillRow(node, row) {
    node.row = row;
    const name = (code) => row.lead === code && row.leadName ? row.leadName : this.options.catalogue.name(code);
    const coHandlers = (row.departments ?? []).filter((d) => d !== row.lead);
    const clocks = this.acceptClocks(row);
    const leadClock = clocks.find((c) => c.department === row.lead);
    node.chips = clocks.map((clock) => {
      const time = h('span', { class: 'chip-time' });
      const label = clock.department === row.lead ? (clock.nameText ?? ClockName.accept) : `${Dispatch.coHandler} ${name(clock.department)}`;
      const chip = h('span', { class: 'chip', title: name(clock.department),
        dataset: { testid: 'clock', clockName: clock.name, department: clock.department ?? '' } }, h('span', { class: 'chip-label' }, label), time);
      return { chip, time, clock };
    });
    node.tr.dataset.status = row.status;
    fill(node.tr,
      h('td', { class: 'nowrap' }, h('div', { class: 'mono order-id' }, row.id),
        row.urgency && row.urgency !== 'normal' ? h('div', { class: 'id-tags' }, h('span', { class: `tag tag-${row.urgency}` }, Urgency[row.urgency] ?? row.urgency)) : null),
      h('td', { class: 'title-cell' }, h('span', { class: 'title-text', title: row.title }, row.title)),
      h('td', null, row.districtName ?? row.district ?? ''),
      h('td', null, h('div', { class: 'lead-name' }, row.leadName || name(row.lead) || Dash),
        coHandlers.length ? h('div', { class: 'muted small' }, `${Dispatch.coHandler}：${coHandlers.map(name).join('、')}`) : null),
      h('td', { class: 'num' }, formatInstant(leadClock?.startedAt ?? row.dispatchedAt)),
      h('td', { class: 'chips' }, node.chips.length ? node.chips.map((c) => c.chip) : h('span', { class: 'muted' }, Dash),
        // 催办: not accepted yet, so not replied either.
        // The live feed may redraw the row before the urge's own answer arrives: its state comes from the console's
        // record of what it urged, not from the button that was clicked.
        this.options.onUrge && this.options.canDispatch ? h('button', { type: 'button', class: 'btn btn-sm', dataset: { testid: 'urge' },
          onclick: () => this.options.onUrge(row.id) }, this.options.urged?.has(row.id) ? Urge.sent : Urge.button) : null));
  }

  /** Every second: countdowns and colours; returns how many rows are amber and red. */
  tick(now) {
    let amber = 0;
    let red = 0;
    for (const node of this.nodes.values()) {
      const worst = paintChips(node.chips, now);
      if (node.tr.dataset.level !== worst) node.tr.dataset.level = worst;
      if (worst === 'red') red++; else if (worst === 'amber') amber++;
    }
    return { amber, red };
  }
}
