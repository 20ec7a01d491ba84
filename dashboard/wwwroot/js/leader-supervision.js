// The 提级督办 list: open escalations from GET /api/supervision, filtered by level, each drawn as its ladder
// (leader-ladder.js) and redrawn in place from the order an acknowledgement returns.
import { get } from './api.js';
import { h, fill } from './dom.js';
import { Ladder, Levels, Leader } from './leader-texts.js';
import { Rungs, itemOf, ladderItem } from './leader-ladder.js';

export class SupervisionList {
  /**
   * box: where the list goes; count: the count label; filter: a <select> (filled here); pageSize;
   * options: as ladderItem's (departmentName, canAck, extra), onChanged(order) after an acknowledgement.
   */
  constructor({ box, count, filter, pageSize = 50, options }) {
    this.box = box;
    this.count = count;
    this.filter = filter;
    this.pageSize = pageSize;
    this.options = { ...options, onChanged: (order) => { this.replace(order); options.onChanged?.(order); } };
    this.loading = null;
    this.again = false;
    fill(filter, h('option', { value: '' }, Ladder.all), Rungs.map((level) => h('option', { value: level }, Levels[level])));
    filter.addEventListener('change', () => this.load());
  }

  /** Reads the list again; a call while one runs makes one more read after it. */
  load() {
    if (this.loading) { this.again = true; return this.loading; }
    this.loading = this.read().finally(() => {
      this.loading = null;
      if (this.again) { this.again = false; this.load(); }
    });
    return this.loading;
  }

  async read() {
    const level = this.filter.value;
    try {
      const list = await get(`/api/supervision?pageSize=${this.pageSize}${level ? `&level=${level}` : ''}`);
      const items = list?.items ?? [];
      const total = list?.total ?? items.length;
      this.count.textContent = total > items.length ? Ladder.more(items.length, total) : Leader.escalationCount(total);
      this.ids = new Set(items.map((i) => i.id));
      fill(this.box, items.length === 0 ? h('div', { class: 'empty-state small' }, Leader.noEscalations)
        : h('ul', { class: 'ladder-list' }, items.map((i) => ladderItem(i, this.options))));
      this.box.dataset.loaded = String(Date.now());
    } catch {
      fill(this.box, h('div', { class: 'empty-state small' }, Ladder.failed));
    }
  }

  /** Whether an order is on the list as last read. */
  has(id) { return this.ids?.has(id) ?? false; }

  /** Redraws one order's row from its record. */
  replace(order) {
    const old = this.box.querySelector(`[data-testid=escalation][data-order-id="${CSS.escape(order.id)}"]`);
    old?.replaceWith(ladderItem(itemOf(order), this.options));
  }
}
