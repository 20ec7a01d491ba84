// 待办提醒 on the department console: for each order on the screen, what the centre waits for from this
// department beyond the usual buttons — a consultation opinion (会商), an urge to read (催办), an escalation to its
// head (督办). Read from each order's record whenever its row changes; a notice goes once answered or read.
import { get, post, showProblem } from './api.js';
import { h, $, fill, setText } from './dom.js';
import { clockLevel, countdownText, formatInstant } from './clock.js';
import { ClockName } from './texts.js';
import { Consultation, Notices, Supervision, Urge } from './consultation-texts.js';

const Fetches = 3;

export class DepartmentNotices {
  /** options: department (code), departmentName(code). */
  constructor(root, options) {
    this.root = root;
    this.options = options;
    this.sequences = new Map();
    this.items = new Map();
    this.queue = [];
    this.fetching = 0;
  }

  /** Rows of a snapshot or a push: read again each order whose row moved; drop the ones that left. */
  sync(rows, { replace = false } = {}) {
    if (replace) {
      const keep = new Set((rows ?? []).map((r) => r.id));
      for (const id of [...this.items.keys()]) if (!keep.has(id)) this.drop(id);
    }
    for (const row of rows ?? []) {
      if (row.removed || row.terminal) { this.drop(row.id); continue; }
      const seen = this.sequences.get(row.id);
      if (seen !== undefined && (row.sequence ?? 0) <= seen) continue;
      this.sequences.set(row.id, row.sequence ?? 0);
      if (!this.queue.includes(row.id)) this.queue.push(row.id);
    }
    this.pump();
  }

  /** Reads an order again now (after an action on it). */
  reload(id) {
    if (!this.queue.includes(id)) this.queue.push(id);
    this.pump();
  }

  pump() {
    while (this.fetching < Fetches && this.queue.length) {
      const id = this.queue.shift();
      this.fetching++;
      get(`/api/orders/${encodeURIComponent(id)}`)
        .then((order) => this.show(order), () => { /* gone or not ours any more: the next row says */ })
        .finally(() => { this.fetching--; this.pump(); });
    }
  }

  drop(id) {
    this.items.get(id)?.node.remove();
    this.items.delete(id);
    this.sequences.delete(id);
    this.updateEmpty();
  }

  show(order) {
    const code = this.options.department;
    const participant = order.consultation?.open ? order.consultation.participants?.find((p) => p.department === code) : null;
    const consultation = participant && !participant.repliedAt ? participant : null;
    const urges = (order.urges ?? []).filter((u) => !u.acknowledgedAt && (!u.department || u.department === code));
    const supervision = (order.supervision ?? []).filter((s) => s.level === 'department-head' && !s.acknowledgedAt && (!s.department || s.department === code));
    if (!consultation && urges.length === 0 && supervision.length === 0) { this.remove(order.id); return; }

    let item = this.items.get(order.id);
    if (!item) {
      item = { node: h('li', { class: 'notice-card', dataset: { testid: 'notice-card', orderId: order.id } }), chips: [] };
      this.items.set(order.id, item);
      $('#notice-list', this.root).append(item.node);
    }
    item.chips = [];
    fill(item.node,
      h('div', { class: 'notice-head' }, h('span', { class: 'mono' }, order.id), ' ', h('b', null, order.title ?? '')),
      supervision.map((s) => this.supervisionNotice(order.id, s)),
      urges.length ? this.urgeNotice(order.id, urges) : null,
      consultation ? this.consultationCard(order, consultation, item) : null);
    this.updateEmpty();
    this.tick(Date.now());
  }

  remove(id) {
    this.items.get(id)?.node.remove();
    this.items.delete(id);
    this.updateEmpty();
  }

  supervisionNotice(id, step) {
    const problem = h('div', { class: 'problem', hidden: true });
    const ack = h('button', { type: 'button', class: 'btn btn-sm btn-danger', dataset: { testid: 'supervision-ack' }, onclick: () =>
      this.act(ack, problem, id, 'escalations/ack', { level: 'department-head' }) }, Supervision.ack);
    return h('div', { class: 'notice notice-supervision', dataset: { testid: 'supervision-notice' } },
      h('span', { class: 'tag tag-danger' }, Supervision.notice), ' ',
      Supervision.body(ClockName[step.clock] ?? step.clock), h('span', { class: 'muted small' }, ` ${formatInstant(step.notifiedAt)}`), ' ', ack, problem);
  }

  urgeNotice(id, urges) {
    const problem = h('div', { class: 'problem', hidden: true });
    const ack = h('button', { type: 'button', class: 'btn btn-sm btn-primary', dataset: { testid: 'urge-ack' }, onclick: () =>
      this.act(ack, problem, id, 'urge/ack', {}) }, Urge.ack);
    return h('div', { class: 'notice notice-urge', dataset: { testid: 'urge-notice' } },
      h('span', { class: 'tag tag-warn' }, Urge.notice), ' ',
      urges.map((u) => h('div', { class: 'urge-line' }, u.message, h('span', { class: 'muted small' }, ` （${Urge.by(u.by, formatInstant(u.at))}）`))),
      ack, problem);
  }

  consultationCard(order, participant, item) {
    const c = order.consultation;
    const name = (d) => this.options.departmentName(d) ?? d;
    const clock = (order.clocks ?? []).findLast((k) => k.name === 'consultation' && k.department === participant.department && !k.stoppedAt);
    const time = h('span', { class: 'chip-time' });
    const chip = h('span', { class: 'chip', dataset: { testid: 'consult-countdown' } }, h('span', null, Consultation.yourDeadline), time);
    if (participant.dueAt) item.chips.push({ chip, time, clock: clock ?? { dueAt: participant.dueAt } });
    const text = h('textarea', { rows: 3, placeholder: Consultation.opinionPlaceholder, dataset: { testid: 'consult-opinion-input' } });
    const problem = h('div', { class: 'problem', hidden: true });
    const submit = h('button', { type: 'button', class: 'btn btn-primary btn-sm', dataset: { testid: 'consult-reply' }, onclick: async () => {
      submit.disabled = true;
      try {
        const updated = await post(`/api/orders/${encodeURIComponent(order.id)}/consultation/reply`,
          { department: this.options.department, opinion: text.value.trim() });
        this.show(updated);
      } catch (error) {
        showProblem(problem, error);
        submit.disabled = false;
      }
    } }, Consultation.submitOpinion);
    return h('div', { class: 'notice notice-consult', dataset: { testid: 'consult-notice' } },
      h('div', null, h('span', { class: 'tag tag-consult' }, Consultation.open), ' ', h('b', { dataset: { testid: 'consult-topic-text' } }, c.topic)),
      h('div', { class: 'muted small' }, Consultation.leadIs(name(c.lead)), ' · ', Consultation.role[participant.role] ?? participant.role),
      participant.dueAt ? chip : h('span', { class: 'muted small' }, Consultation.noDeadline),
      h('div', { class: 'field' }, h('label', null, Consultation.yourOpinion), text),
      h('div', { class: 'form-actions' }, submit), problem);
  }

  async act(button, problem, id, path, body) {
    button.disabled = true;
    try {
      this.show(await post(`/api/orders/${encodeURIComponent(id)}/${path}`, body));
    } catch (error) {
      showProblem(problem, error);
      button.disabled = false;
    }
  }

  updateEmpty() {
    $('#notice-empty', this.root).hidden = this.items.size > 0;
    setText($('#count-notices', this.root), String(this.items.size));
  }

  tick(now) {
    for (const item of this.items.values()) {
      for (const { chip, time, clock } of item.chips) {
        const level = clockLevel(clock, now);
        if (chip.dataset.clockState !== level) chip.dataset.clockState = level;
        setText(time, countdownText(clock.dueAt, now));
      }
    }
  }
}
