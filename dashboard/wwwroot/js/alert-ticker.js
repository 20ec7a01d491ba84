// A console's alert ticker: newest first, repeats dropped by id. Returns, breaches and escalations are
// what a dispatcher must act on; they stand out, and the list can show only them.
import { h, fill } from './dom.js';
import { formatTimeOfDay } from './clock.js';
import { AlertKind } from './texts.js';

const Important = new Set(['return', 'breach', 'escalation']);
const keyOf = (a) => a.id ?? `${a.orderId}|${a.kind}|${a.at}`;

export class AlertTicker {
  /** options: limit, onPick(orderId) when an alert is clicked. */
  constructor(list, empty, options = {}) {
    this.list = list;
    this.empty = empty;
    this.limit = options.limit ?? 60;
    this.onPick = options.onPick;
    this.alerts = [];
    this.keys = new Set();
    this.onlyImportant = false;
  }

  /** A snapshot's alerts (newest first) replace what is shown. */
  replace(alerts) {
    this.alerts = [];
    this.keys.clear();
    for (const a of alerts ?? []) this.remember(a, false);
    this.render();
  }

  add(alert) {
    if (this.remember(alert, true)) this.render(keyOf(alert));
  }

  setOnlyImportant(value) {
    this.onlyImportant = value;
    this.render();
  }

  remember(alert, newest) {
    const key = keyOf(alert);
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (newest) this.alerts.unshift(alert); else this.alerts.push(alert);
    while (this.alerts.length > this.limit) this.keys.delete(keyOf(this.alerts.pop()));
    return true;
  }

  render(freshKey) {
    const shown = this.onlyImportant ? this.alerts.filter((a) => Important.has(a.kind)) : this.alerts;
    fill(this.list, shown.map((a) => h('li', {
      class: 'ticker-item' + (Important.has(a.kind) ? ' important' : '') + (keyOf(a) === freshKey ? ' fresh' : ''),
      dataset: { testid: 'alert', kind: a.kind, orderId: a.orderId ?? '' },
      onclick: () => a.orderId && this.onPick?.(a.orderId),
    },
    h('span', { class: 'ticker-time num' }, formatTimeOfDay(a.at)),
    h('span', { class: 'ticker-kind' }, AlertKind[a.kind] ?? a.kind),
    h('span', { class: 'ticker-text', title: a.text }, a.text))));
    this.empty.hidden = shown.length > 0;
  }
}
