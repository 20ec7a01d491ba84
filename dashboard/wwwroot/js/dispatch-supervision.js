// 督办 on the dispatcher console: the centre's working list of open escalations, each with its ladder, the
// centre rung's 已阅 and 催办 with a message. Read again when a breach or escalation alert arrives or a listed
// order's row moves (an acknowledgement, an urge), and every 30 s in case a push was missed.
import { post } from './api.js';
import { h, $ } from './dom.js';
import { Ladder } from './leader-texts.js';
import { SupervisionList } from './leader-supervision.js';

const CentreRoles = new Set(['dispatcher', 'reviewer', 'admin']);
const UrgeRoles = new Set(['dispatcher', 'reviewer', 'admin']);
const Urgeable = new Set(['dispatched', 'accepted', 'reopened']);
const RefreshEvery = 30_000;
// Alerts and rows come in bursts (a jump past several thresholds): one read for the lot.
const Coalesce = 400;

export class DispatchSupervision {
  /** options: role (the signed-in user's), departmentName(code). */
  constructor(root, options) {
    this.sequences = new Map();
    this.timer = null;
    // An urge being written outlives the list's re-reads (a breach on another order, the 30 s refresh, all of
    // which redraw every row): its line stays open with the words typed so far, and keeps the caret if it had it.
    this.drafts = new Map();
    this.typing = null;
    this.list = new SupervisionList({
      box: $('#supervision-list', root), count: $('#supervision-count', root), filter: $('#supervision-level', root), pageSize: 100,
      options: {
        departmentName: options.departmentName,
        canAck: (level) => level === 'centre' && CentreRoles.has(options.role),
        extra: (item) => (UrgeRoles.has(options.role) && Urgeable.has(item.status) ? this.urgeControl(item) : null),
      },
    });
    this.list.load();
    setInterval(() => this.list.load(), RefreshEvery);
  }

  /** Listens to the console's live connection beside its own handlers (SignalR keeps every handler). */
  listen(live) {
    live.connection.on('alert', (_, alert) => {
      if (alert?.kind === 'breach' || alert?.kind === 'escalation') this.soon();
    });
    live.connection.on('ordersChanged', (_, rows) => {
      for (const row of rows ?? []) {
        const seen = this.sequences.get(row.id);
        this.sequences.set(row.id, row.sequence ?? 0);
        if (this.list.has(row.id) && seen !== undefined && (row.sequence ?? 0) > seen) this.soon();
      }
    });
    live.connection.onreconnected(() => this.soon());
  }

  soon() {
    if (this.timer) return;
    this.timer = setTimeout(() => { this.timer = null; this.list.load(); }, Coalesce);
  }

  /** 催办: a button that opens a message line with 发送 / 取消 under the order's title. */
  urgeControl(item) {
    const urged = (item.urges ?? []).length;
    const draft = this.drafts.get(item.id);
    const input = h('input', { type: 'text', class: 'urge-input', value: draft ?? Ladder.urgeDefault, placeholder: Ladder.urgePlaceholder, dataset: { testid: 'urge-message' },
      oninput: () => this.drafts.set(item.id, input.value),
      onfocus: () => { this.typing = item.id; },
      onblur: () => { if (input.isConnected && this.typing === item.id) this.typing = null; } });
    if (draft !== undefined && this.typing === item.id) {
      // The row is in the list once the redraw that called this returns.
      queueMicrotask(() => { if (input.isConnected) { input.focus(); input.setSelectionRange(input.value.length, input.value.length); } });
    }
    const problem = h('span', { class: 'problem small', hidden: true });
    const send = h('button', { type: 'button', class: 'btn btn-sm btn-primary', dataset: { testid: 'urge-send' }, onclick: async () => {
      send.disabled = true;
      problem.hidden = true;
      try {
        const order = await post(`/api/orders/${encodeURIComponent(item.id)}/urge`, { message: input.value.trim() });
        this.drafts.delete(item.id);
        this.list.replace(order);
      } catch (error) {
        problem.textContent = error.message;
        problem.hidden = false;
        send.disabled = false;
      }
    } }, Ladder.urgeSend);
    const close = () => { form.hidden = true; this.drafts.delete(item.id); };
    const form = h('span', { class: 'urge-form', hidden: draft === undefined }, input, send,
      h('button', { type: 'button', class: 'btn btn-sm', onclick: close }, Ladder.urgeCancel), problem);
    const open = h('button', { type: 'button', class: 'btn btn-sm ladder-urge', dataset: { testid: 'urge' },
      onclick: () => {
        if (!form.hidden) { close(); return; }
        form.hidden = false;
        this.drafts.set(item.id, input.value);
        input.select();
      } },
      urged ? `${Ladder.urge}（${urged}）` : Ladder.urge);
    return [open, form];
  }
}
