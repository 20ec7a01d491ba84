// The seat console's help around the intake form ("answer first, route right"): knowledge answers as the
// seat types, the five-level category with its template, the routing and duplicate advice, the final-reply
// lock, and 接诉即办 on the order just created. seat.js asks it for the extra fields of each request.
import { get } from './api.js';
import { h, $, fill } from './dom.js';
import { KnowledgePanel } from './knowledge-panel.js';
import { CategoryPicker, loadCategories } from './category-picker.js';
import { IntakeAdvice, finalReplyPanel } from './intake-advice.js';
import { InquiryPanel } from './inquiry-panel.js';
import { Intake } from './intake-texts.js';

export class SeatAssist {
  constructor(form, { departments, createButton, answerButton }) {
    Object.assign(this, { form, createButton, answerButton });
    this.knowledgeId = null;
    this.locked = false;
    this.knowledge = new KnowledgePanel({
      list: $('#knowledge-hits'), status: $('#knowledge-status'), frequent: $('#frequent'),
      onAdopt: (hit) => this.adopt(hit),
    });
    this.advice = new IntakeAdvice({
      categories: $('#suggested-categories'), departments: $('#suggested-departments'), duplicates: $('#duplicates'),
      lock: $('#final-lock'), profile: $('#caller-profile'), status: $('#advice-status'),
    }, {
      onCategory: (code) => { this.picker?.set(code, true); },
      onLock: (locked) => this.lock(locked),
    });
    this.inquiry = new InquiryPanel($('#inquiry'), departments);
    this.picker = null;

    const typed = () => { this.knowledge.typed(`${form.title.value} ${form.content.value}`); this.changed(); };
    form.title.addEventListener('input', typed);
    form.content.addEventListener('input', typed);
    for (const name of ['phone', 'districtCode', 'address', 'category']) {
      form[name].addEventListener(name === 'districtCode' || name === 'category' ? 'change' : 'input', () => this.changed());
    }
    form.answer.addEventListener('input', () => { if (!form.answer.value.trim()) this.forgetAnswer(); });
    this.knowledge.loadFrequent();
  }

  async loadCategories() {
    try {
      const categories = await loadCategories();
      this.picker = new CategoryPicker($('#category-picker'), categories, (code, node) => this.categoryChosen(code, node));
    } catch (error) {
      fill($('#category-picker'), h('span', { class: 'muted small' }, error.message));
    }
  }

  query() {
    const f = this.form;
    return {
      phone: f.phone.value.trim(), title: f.title.value.trim(), content: f.content.value.trim(),
      category: f.category.value || null, categoryCode: this.picker?.code ?? null,
      districtCode: f.districtCode.value, address: f.address.value.trim(),
    };
  }

  changed() { this.advice.changed(this.query()); }

  /** A chosen category: the topic select follows, and its template fills what the seat has not typed yet. */
  async categoryChosen(code, node) {
    const note = $('#template-note');
    note.textContent = '';
    this.changed();
    if (!code) return;
    if (node?.topic && [...this.form.category.options].some((o) => o.value === node.topic)) this.form.category.value = node.topic;
    try {
      const { path, topic, template } = await get(`/api/categories/${encodeURIComponent(code)}/template`);
      if (this.picker.code !== code) return;
      if (topic && [...this.form.category.options].some((o) => o.value === topic)) this.form.category.value = topic;
      if (!template) return;
      const f = this.form;
      if (!f.title.value.trim() && template.title) f.title.value = template.title;
      if (!f.content.value.trim() && template.content) f.content.value = template.content;
      if (template.urgency && f.urgency.value === 'normal') f.urgency.value = template.urgency;
      note.textContent = Intake.templateFilled(path ?? node?.path ?? code);
      this.changed();
    } catch (error) {
      note.textContent = error.message;
    }
  }

  adopt(hit) {
    this.form.answer.value = hit.answer ?? '';
    this.knowledgeId = hit.id;
    const note = $('#adopted-note');
    note.textContent = Intake.adoptedNote(hit.id);
    note.hidden = false;
  }

  forgetAnswer() {
    this.knowledgeId = null;
    $('#adopted-note').hidden = true;
  }

  lock(locked) {
    this.locked = locked;
    this.createButton.disabled = this.answerButton.disabled = locked;
  }

  /** Extra fields of POST /api/orders. */
  createFields(body) {
    const extra = { categoryCode: this.picker?.code ?? null, ...this.advice.suggestion() };
    // A seat cannot merge: the proposal travels in the content for the dispatcher to confirm.
    const merge = this.advice.mergeInto;
    return { ...body, ...extra, content: merge ? `${body.content}\n${Intake.mergeNote(merge)}` : body.content };
  }

  answerFields(answer) { return this.knowledgeId ? { answer, knowledgeId: this.knowledgeId } : { answer }; }

  /** A refused create that carries the earlier final reply: show it, keep the form locked. */
  refused(error) {
    const reply = error?.status === 409 ? error.problem?.finalReply : null;
    if (!reply) return false;
    fill($('#final-lock'), finalReplyPanel(reply));
    $('#final-lock').hidden = false;
    this.lock(true);
    return true;
  }

  /** After a create: offer 接诉即办 on an order still waiting for dispatch, and say where a merge was proposed. */
  created(order, question) {
    const merge = this.advice.mergeInto;
    if (merge) $('#created').append(h('div', { class: 'muted small', dataset: { testid: 'merge-proposed' } }, Intake.mergeResult(merge)));
    if (order.status === 'received' || order.status === 'pending-dispatch') this.inquiry.offer(order, this.advice.topDepartment(), question);
    else this.inquiry.stop();
  }

  reset() {
    this.forgetAnswer();
    this.knowledge.reset();
    this.advice.reset();
    this.picker?.set(null, false);
    $('#template-note').textContent = '';
  }
}
