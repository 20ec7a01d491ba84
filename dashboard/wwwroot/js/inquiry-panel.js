// 接诉即办 on the seat console: when no answer fits, ask a department's emergency contact about the order
// just created, then follow the inquiry and its 30-minute "contact-answer" clock.
import { get, post, showProblem } from './api.js';
import { h, fill } from './dom.js';
import { isRunning, paintChips } from './clock.js';
import { Inquiry } from './intake-texts.js';

const PollMs = 5000;
const ClockName = 'contact-answer';

export class InquiryPanel {
  /** root: where the panel goes; departments: [{code,name}]. */
  constructor(root, departments) {
    Object.assign(this, { root, departments });
    this.order = null;
    this.chips = [];
    this.poll = 0;
    setInterval(() => paintChips(this.chips), 1000);
  }

  /** Offers the inquiry for an order just created; `suggested` is the default department. */
  offer(order, suggested, question) {
    this.stop();
    this.order = order;
    if (order.inquiry) { this.showStatus(order); return; }
    const button = h('button', { type: 'button', class: 'btn', dataset: { testid: 'start-inquiry' }, onclick: () => this.form(suggested, question) }, Inquiry.start);
    fill(this.root, h('div', { class: 'inquiry-offer' }, button, h('span', { class: 'muted small' }, Inquiry.hint)));
    this.root.hidden = false;
  }

  form(suggested, question) {
    const select = h('select', { name: 'inquiryDepartment', dataset: { testid: 'inquiry-department' } },
      this.departments.map((d) => h('option', { value: d.code, selected: d.code === suggested }, `${d.name}（${d.code}）`)));
    const contact = h('input', { name: 'inquiryContact', maxlength: 50, placeholder: Inquiry.contactPlaceholder });
    const text = h('textarea', { name: 'inquiryQuestion', rows: 2, dataset: { testid: 'inquiry-question' } });
    text.value = question ?? '';
    const problem = h('div', { class: 'problem', hidden: true });
    const send = h('button', { type: 'button', class: 'btn btn-primary', dataset: { testid: 'send-inquiry' }, onclick: async () => {
      send.disabled = true;
      try {
        const order = await post(`/api/orders/${encodeURIComponent(this.order.id)}/inquiry`,
          { department: select.value, contact: contact.value.trim() || null, question: text.value.trim() });
        this.showStatus(order);
      } catch (error) {
        showProblem(problem, error);
        send.disabled = false;
      }
    } }, Inquiry.send);
    fill(this.root, h('div', { class: 'action-form inquiry-form' },
      h('h3', null, Inquiry.title),
      h('div', { class: 'form-grid' },
        h('div', { class: 'field' }, h('label', null, Inquiry.department), select),
        h('div', { class: 'field' }, h('label', null, Inquiry.contact), contact),
        h('div', { class: 'field wide' }, h('label', null, Inquiry.question), text)),
      h('div', { class: 'form-actions' }, send,
        h('button', { type: 'button', class: 'btn btn-link', onclick: () => this.offer(this.order, suggested, question) }, Inquiry.cancel)),
      problem));
  }

  showStatus(order) {
    this.order = order;
    const q = order.inquiry;
    if (!q) return;
    const name = this.departments.find((d) => d.code === q.department)?.name ?? q.department;
    const clocks = (order.clocks ?? []).filter((c) => c.name === ClockName && isRunning(c));
    this.chips = clocks.map((clock) => {
      const time = h('span', { class: 'chip-time' });
      return { clock, time, chip: h('span', { class: 'chip', dataset: { testid: 'inquiry-clock', clockName: clock.name } }, h('span', null, Inquiry.clock), time) };
    });
    fill(this.root, h('div', { class: 'inquiry-status', dataset: { testid: 'inquiry-status', status: q.status } },
      h('div', { class: 'inquiry-head' },
        h('b', null, Inquiry.title), h('span', { class: 'tag', dataset: { inquiry: q.status } }, Inquiry.status(q.status)),
        h('span', { class: 'muted small' }, Inquiry.round(q.round ?? 1)), h('span', { class: 'spacer' }),
        this.chips.map((c) => c.chip)),
      h('div', { class: 'small' }, Inquiry.waitingFor(name), q.contact ? ` · ${q.contact}` : ''),
      h('div', { class: 'small muted' }, q.question),
      q.answer ? h('div', null, h('div', { class: 'small muted' }, Inquiry.answer), h('div', { class: 'content-box' }, q.answer)) : null,
      q.rejectedReasons?.length ? h('div', { class: 'small problem' }, Inquiry.rejected, '：', q.rejectedReasons.join('；')) : null));
    paintChips(this.chips);
    this.root.hidden = false;
    clearTimeout(this.poll);
    if (q.status === 'waiting' || q.status === 'answered') {
      this.poll = setTimeout(async () => {
        try { this.showStatus(await get(`/api/orders/${encodeURIComponent(order.id)}`)); } catch { /* try again on the next turn */ }
      }, PollMs);
    }
  }

  stop() {
    clearTimeout(this.poll);
    this.chips = [];
    this.order = null;
    fill(this.root);
    this.root.hidden = true;
  }
}
