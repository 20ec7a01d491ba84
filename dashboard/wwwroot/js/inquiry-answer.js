// 接诉即办 on the department console: an order the hotline asked this department about ("inquiring") gets an
// answer box under its row; the answer goes to the hotline's review, then to the caller.
import { get, post, showProblem } from './api.js';
import { h, fill } from './dom.js';
import { Inquiry } from './intake-texts.js';

/** Opens (or closes) the answer box under `tr` for order `id` of `department`. */
export async function toggleInquiryAnswer(tr, id, department) {
  const next = tr.nextElementSibling;
  if (next?.dataset.inquiryFor === id) { next.remove(); return; }
  const cell = h('td', { colspan: tr.children.length });
  const row = h('tr', { class: 'inquiry-row', dataset: { inquiryFor: id, testid: 'inquiry-answer-row' } }, cell);
  tr.after(row);
  fill(cell, h('div', { class: 'muted small' }, '正在读取征询内容…'));
  let order;
  try {
    order = await get(`/api/orders/${encodeURIComponent(id)}`);
  } catch (error) {
    const p = h('div', { class: 'problem' });
    showProblem(p, error);
    fill(cell, p);
    return;
  }
  const q = order.inquiry ?? {};
  const text = h('textarea', { name: 'inquiryAnswer', rows: 3, placeholder: Inquiry.answerPlaceholder, dataset: { testid: 'inquiry-answer' } });
  const problem = h('div', { class: 'problem', hidden: true });
  const submit = h('button', { type: 'button', class: 'btn btn-primary btn-sm', dataset: { testid: 'submit-inquiry-answer' }, onclick: async () => {
    submit.disabled = true;
    try {
      await post(`/api/orders/${encodeURIComponent(id)}/inquiry/answer`, { department, answer: text.value.trim() });
      fill(cell, h('div', { class: 'success' }, Inquiry.answered));
    } catch (error) {
      showProblem(problem, error);
      submit.disabled = false;
    }
  } }, Inquiry.submit);
  fill(cell, h('div', { class: 'action-form' },
    h('h3', null, Inquiry.pending, q.round > 1 ? ` · ${Inquiry.round(q.round)}` : ''),
    h('div', { class: 'content-box' }, q.question ?? order.title ?? ''),
    q.rejectedReasons?.length ? h('div', { class: 'small problem' }, Inquiry.rejected, '：', q.rejectedReasons.join('；')) : null,
    h('div', { class: 'field', style: { marginTop: '8px' } }, h('label', null, Inquiry.answerBox), text),
    h('div', { class: 'form-actions' }, submit), problem));
  text.focus();
}
