// 接诉即办 on the knowledge page: the centre reviews emergency contacts' answers before callers hear them, and can
// keep a good answer as a knowledge draft, so the next caller is answered at once.
import { get, post, showProblem } from './api.js';
import { h, fill } from './dom.js';
import { formatInstant } from './clock.js';
import { Inquiry } from './intake-texts.js';

export class InquiryReview {
  /** root: the card body; onToKnowledge({question, answer, categoryCode, departments}) opens a prefilled draft. */
  constructor(root, departments, onToKnowledge) {
    Object.assign(this, { root, departments, onToKnowledge });
  }

  async load() {
    try {
      const page = await get('/api/orders?status=inquiring&pageSize=50');
      const orders = await Promise.all(page.items.map((row) => get(`/api/orders/${encodeURIComponent(row.id)}`)));
      const answered = orders.filter((o) => o.inquiry?.status === 'answered');
      fill(this.root, answered.length ? answered.map((o) => this.item(o)) : h('div', { class: 'muted' }, Inquiry.reviewNone));
    } catch (error) {
      const problem = h('div', { class: 'problem' });
      showProblem(problem, error);
      fill(this.root, problem);
    }
  }

  item(order) {
    const q = order.inquiry;
    const name = this.departments.get(q.department) ?? q.department;
    const reasons = h('input', { class: 'kn-note', placeholder: Inquiry.reasonsPlaceholder, dataset: { testid: 'inquiry-reasons' } });
    const problem = h('div', { class: 'problem', hidden: true });
    const actions = h('div', { class: 'btn-group' });
    const decide = (approved) => async () => {
      for (const b of actions.querySelectorAll('button')) b.disabled = true;
      try {
        const body = approved ? { approved: true, reasons: [] } : { approved: false, reasons: reasons.value.trim() ? [reasons.value.trim()] : [] };
        const decided = await post(`/api/orders/${encodeURIComponent(order.id)}/inquiry/review`, body);
        if (approved) {
          fill(actions, h('span', { class: 'success small' }, Inquiry.approved),
            h('button', { type: 'button', class: 'btn btn-sm', dataset: { testid: 'inquiry-to-knowledge' }, onclick: () => this.onToKnowledge({
              question: q.question, answer: decided.answer ?? q.answer, categoryCode: order.categoryCode ?? '', departments: [q.department],
            }) }, Inquiry.toKnowledge));
          reasons.remove();
        } else {
          await this.load();
        }
      } catch (error) {
        showProblem(problem, error);
        for (const b of actions.querySelectorAll('button')) b.disabled = false;
      }
    };
    actions.append(
      h('button', { type: 'button', class: 'btn btn-sm btn-primary', dataset: { testid: 'inquiry-approve' }, onclick: decide(true) }, Inquiry.approve),
      h('button', { type: 'button', class: 'btn btn-sm', dataset: { testid: 'inquiry-reject' }, onclick: decide(false) }, Inquiry.reject));
    return h('div', { class: 'inquiry-review', dataset: { testid: 'inquiry-review-item', orderId: order.id } },
      h('div', { class: 'inquiry-head' }, h('b', null, order.title), h('span', { class: 'spacer' }),
        h('span', { class: 'mono muted small' }, order.id)),
      h('div', { class: 'small muted' }, `${name}${q.contact ? ` · ${q.contact}` : ''} · ${formatInstant(q.answeredAt)}`),
      h('div', { class: 'small' }, q.question),
      h('div', { class: 'content-box' }, q.answer),
      h('div', { class: 'form-actions' }, reasons, actions), problem);
  }
}
