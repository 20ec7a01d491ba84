// 会商中工单 on the dispatcher console: every order with an open consultation, each participant's opinion and
// deadline countdown, 催办 for the silent ones, and 形成结论 (with 结论后派单 while the order waits for dispatch).
// Found from the live rows (a running "consultation" clock) and from orders opened or read on this page;
// each card reads the order's record again whenever its row changes.
import { get, post, showProblem } from './api.js';
import { h, $, fill, setText } from './dom.js';
import { clockLevel, countdownText, formatInstant } from './clock.js';
import { Consultation, Urge } from './consultation-texts.js';

const DispatchStatuses = new Set(['pending-dispatch', 'returned']);
/** 催办 goes to a department holding the order (POST /urge refuses it before dispatch). */
export const UrgeStatuses = new Set(['dispatched', 'accepted', 'reopened']);

export class ConsultationBoard {
  /** options: catalogue (Catalogue), canDispatch, onChanged(order) after a conclusion. */
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.cards = new Map();
    this.sequences = new Map();
  }

  /** Live rows: start following orders with a running consultation clock; re-read followed ones that changed. */
  noticeRows(rows) {
    for (const row of rows ?? []) {
      const consulting = (row.clocks ?? []).some((c) => c.name === 'consultation');
      const seen = this.sequences.get(row.id);
      if (!consulting && !this.cards.has(row.id)) continue;
      if (seen !== undefined && (row.sequence ?? 0) <= seen) continue;
      this.sequences.set(row.id, row.sequence ?? 0);
      this.refresh(row.id);
    }
  }

  /** An order's record read elsewhere on the page (or the answer of a command). */
  show(order) {
    if (!order?.consultation) return;
    if (!order.consultation.open) { this.remove(order.id); return; }
    this.render(order);
  }

  async refresh(id) {
    try {
      const order = await get(`/api/orders/${encodeURIComponent(id)}`);
      if (order.consultation?.open) this.render(order); else this.remove(id);
    } catch { /* the next push tries again */ }
  }

  remove(id) {
    this.cards.get(id)?.node.remove();
    this.cards.delete(id);
    this.updateEmpty();
  }

  render(order) {
    let card = this.cards.get(order.id);
    if (!card) {
      card = this.createCard(order.id);
      this.cards.set(order.id, card);
      $('#consult-list', this.root).append(card.node);
    }
    card.order = order;
    const c = order.consultation;
    const name = (code) => this.options.catalogue.name(code);
    fill(card.head,
      h('span', { class: 'mono' }, order.id), ' ',
      h('b', { dataset: { testid: 'consult-topic-text' } }, c.topic),
      h('span', { class: 'muted small' }, ` · ${order.title ?? ''} · ${Consultation.openedBy(formatInstant(c.openedAt))}`));
    card.chips = [];
    fill(card.participants, c.participants.map((p) => {
      const clock = (order.clocks ?? []).findLast((k) => k.name === 'consultation' && k.department === p.department);
      const time = h('span', { class: 'chip-time' });
      let state;
      if (p.repliedAt) {
        state = h('span', { class: p.late ? 'tag tag-late' : 'tag tag-met' }, p.late ? Consultation.repliedLate : Consultation.replied);
      } else if (p.dueAt) {
        const chip = h('span', { class: 'chip chip-sm', dataset: { testid: 'consult-countdown' } }, time);
        card.chips.push({ chip, time, clock: clock ?? { dueAt: p.dueAt } });
        state = chip;
      } else {
        state = h('span', { class: 'muted small' }, Consultation.noDeadline);
      }
      return h('li', { class: 'consult-participant', dataset: { testid: 'consult-participant', department: p.department, replied: p.repliedAt ? 'true' : 'false' } },
        h('div', { class: 'consult-who' }, h('span', { class: 'tag' }, Consultation.role[p.role] ?? p.role), ' ', h('b', null, name(p.department)), ' ', state),
        p.opinion ? h('div', { class: 'consult-opinion', dataset: { testid: 'consult-opinion' } }, p.opinion) : h('div', { class: 'muted small' }, Consultation.waiting));
    }));
    const silent = c.participants.some((p) => !p.repliedAt);
    card.urge.hidden = !silent || !this.options.canDispatch || !UrgeStatuses.has(order.status);
    const canDispatchNow = DispatchStatuses.has(order.status);
    card.dispatch.disabled = !canDispatchNow;
    if (!canDispatchNow) card.dispatch.checked = false;
    setText(card.dispatchNote, canDispatchNow ? '' : Consultation.dispatchNotAllowed);
    this.updateEmpty();
    this.tick(Date.now());
  }

  createCard(id) {
    const head = h('div', { class: 'consult-head' });
    const participants = h('ul', { class: 'consult-participants' });
    const problem = h('div', { class: 'problem', role: 'alert', hidden: true });
    const outcome = h('textarea', { rows: 2, placeholder: Consultation.outcomePlaceholder, dataset: { testid: 'consult-outcome' } });
    const dispatch = h('input', { type: 'checkbox', dataset: { testid: 'consult-dispatch' } });
    const dispatchNote = h('span', { class: 'muted small' });
    const conclude = h('button', { type: 'button', class: 'btn btn-primary btn-sm', dataset: { testid: 'consult-conclude' } }, Consultation.conclude);
    const urge = h('button', { type: 'button', class: 'btn btn-sm', dataset: { testid: 'consult-urge' } }, Urge.button);
    const node = h('li', { class: 'consult-card', dataset: { testid: 'consult-card', orderId: id } },
      head, participants,
      h('div', { class: 'consult-conclude' },
        h('label', { class: 'small' }, Consultation.outcome), outcome,
        h('div', { class: 'form-actions' },
          h('label', { class: 'small' }, dispatch, ' ', Consultation.dispatchAfter), dispatchNote,
          h('span', { class: 'spacer' }), urge, conclude)),
      problem);
    const card = { node, head, participants, outcome, dispatch, dispatchNote, urge, conclude, problem, chips: [], order: null };
    if (!this.options.canDispatch) for (const control of [outcome, dispatch, conclude]) control.disabled = true;
    conclude.addEventListener('click', () => this.conclude(card, id));
    urge.addEventListener('click', () => this.urge(card, id));
    return card;
  }

  async conclude(card, id) {
    card.conclude.disabled = true;
    showProblem(card.problem, null);
    try {
      const order = await post(`/api/orders/${encodeURIComponent(id)}/consultation/conclude`,
        { outcome: card.outcome.value.trim(), dispatch: card.dispatch.checked });
      this.remove(id);
      this.options.onChanged?.(order);
    } catch (error) {
      showProblem(card.problem, error);
    } finally {
      card.conclude.disabled = false;
    }
  }

  async urge(card, id) {
    card.urge.disabled = true;
    showProblem(card.problem, null);
    const silent = card.order?.consultation?.participants.filter((p) => !p.repliedAt).map((p) => this.options.catalogue.name(p.department)) ?? [];
    try {
      await post(`/api/orders/${encodeURIComponent(id)}/urge`, { message: `${Urge.defaultMessage}（${Consultation.missing(silent.join('、'))}）` });
      setText(card.urge, Urge.sent);
    } catch (error) {
      showProblem(card.problem, error);
      card.urge.disabled = false;
    }
  }

  updateEmpty() {
    $('#consult-empty', this.root).hidden = this.cards.size > 0;
    setText($('#count-consult', this.root), String(this.cards.size));
  }

  /** Every second: the participants' countdowns. */
  tick(now) {
    for (const card of this.cards.values()) {
      for (const { chip, time, clock } of card.chips) {
        const level = clockLevel(clock, now);
        if (chip.dataset.clockState !== level) chip.dataset.clockState = level;
        setText(time, countdownText(clock.dueAt, now));
      }
    }
  }
}
