// 发起会商 on the dispatcher console: a form under a queue row — topic, lead, co-handlers (the usual picker)
// each with its own sub-deadline in hours (blank: the policy's default) — sent to POST /api/orders/{id}/consultation.
import { post, showProblem } from './api.js';
import { h, fill } from './dom.js';
import { CoHandlerPicker, leadSelect } from './department-picker.js';
import { Consultation } from './consultation-texts.js';

const HourMs = 3_600_000;

/** Opens (or closes) the consultation form under `tr`; onOpened(order) runs after the server accepted it. */
export function toggleConsultationForm(tr, id, catalogue, onOpened) {
  const next = tr.nextElementSibling;
  if (next?.dataset.consultFor === id) { next.remove(); return; }
  const cell = h('td', { colspan: tr.children.length });
  const row = h('tr', { class: 'consult-row', dataset: { consultFor: id, testid: 'consult-form-row' } }, cell);
  tr.after(row);
  // The queue scrolls inside its card: bring the whole form into sight rather than leave it below the fold.
  requestAnimationFrame(() => row.scrollIntoView({ block: 'nearest' }));

  const topic = h('input', { type: 'text', name: 'topic', maxlength: 200, placeholder: Consultation.topicPlaceholder, dataset: { testid: 'consult-topic' } });
  const lead = leadSelect(catalogue);
  lead.dataset.testid = 'consult-lead';
  const co = new CoHandlerPicker(catalogue);
  co.node.dataset.testid = 'consult-co';
  const hours = h('div', { class: 'consult-hours', dataset: { testid: 'consult-hours' } });
  const inputs = new Map();
  const renderHours = () => {
    const chosen = co.values;
    for (const code of [...inputs.keys()]) if (!chosen.includes(code)) inputs.delete(code);
    fill(hours, chosen.length ? chosen.map((code) => {
      const input = inputs.get(code) ?? h('input', { type: 'number', min: 1, max: 720, step: 1, placeholder: '24',
        dataset: { testid: 'consult-hours-input', code } });
      inputs.set(code, input);
      return h('label', { class: 'consult-hour' }, h('span', null, catalogue.name(code)), input, h('span', { class: 'muted small' }, '小时'));
    }) : h('span', { class: 'muted small' }, Consultation.pickCo));
  };
  lead.addEventListener('change', () => { co.setLead(lead.value); renderHours(); });
  co.node.addEventListener('change', renderHours);
  renderHours();

  const problem = h('div', { class: 'problem', role: 'alert', hidden: true });
  const submit = h('button', { type: 'button', class: 'btn btn-primary btn-sm', dataset: { testid: 'consult-submit' }, onclick: async () => {
    if (!lead.value) { showProblem(problem, new Error(Consultation.pickLead)); return; }
    submit.disabled = true;
    showProblem(problem, null);
    const now = Date.now();
    const coHandlers = co.values.map((department) => {
      const value = Number(inputs.get(department)?.value);
      return value > 0 ? { department, dueAt: new Date(now + value * HourMs).toISOString() } : { department };
    });
    try {
      const order = await post(`/api/orders/${encodeURIComponent(id)}/consultation`, { topic: topic.value.trim(), lead: lead.value, coHandlers });
      fill(cell, h('div', { class: 'success', dataset: { testid: 'consult-opened' } }, Consultation.opened));
      onOpened?.(order);
      setTimeout(() => row.remove(), 1500);
    } catch (error) {
      showProblem(problem, error);
      submit.disabled = false;
    }
  } }, Consultation.submitOpen);

  fill(cell, h('div', { class: 'action-form consult-form', dataset: { testid: 'consult-form' } },
    h('h3', null, Consultation.openTitle),
    h('div', { class: 'field' }, h('label', null, Consultation.topic), topic),
    h('div', { class: 'consult-pick' },
      h('div', { class: 'field' }, h('label', null, Consultation.lead), lead),
      h('div', { class: 'field' }, h('label', null, Consultation.coHandlers), co.node)),
    h('div', { class: 'field' }, h('label', null, Consultation.hours, h('span', { class: 'muted small' }, `（${Consultation.hoursHint}）`)), hours),
    problem,
    h('div', { class: 'form-actions' }, submit,
      h('button', { type: 'button', class: 'btn btn-sm', onclick: () => row.remove() }, Consultation.cancel))));
  topic.focus();
}
