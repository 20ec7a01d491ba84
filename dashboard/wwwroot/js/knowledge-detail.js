// One knowledge entry: its working revision, the published one, the history, and the workflow buttons the
// user's role and the entry's status allow (the server decides in the end); plus the create / edit form.
import { get, post, put, showFieldErrors, showProblem } from './api.js';
import { h, $, fill } from './dom.js';
import { formatInstant, isoToLocalInput, localInputToIso } from './clock.js';
import { CategoryPicker } from './category-picker.js';
import { KnowledgeAction, KnowledgeStatus, KnowledgePage as T } from './intake-texts.js';

const reviewers = new Set(['reviewer', 'admin']);
const list = (text) => text.split(/[,，、\s]+/).map((s) => s.trim()).filter(Boolean);

export class KnowledgeDetail {
  constructor(root, { me, categories, onChanged }) {
    Object.assign(this, { root, me, categories, onChanged });
    this.entry = null;
  }

  path(code) { return this.categories.get(code)?.path ?? code ?? ''; }

  async show(id) {
    try {
      this.entry = await get(`/api/knowledge/${encodeURIComponent(id)}`);
      this.render();
    } catch (error) {
      const p = h('div', { class: 'problem' });
      showProblem(p, error);
      fill(this.root, p);
    }
  }

  content(c, title) {
    return h('div', { class: 'kn-revision' },
      h('div', { class: 'section-title' }, title),
      h('dl', { class: 'facts' },
        h('dt', null, T.fields.question), h('dd', { class: 'wide' }, c.question),
        h('dt', null, T.fields.category), h('dd', { class: 'wide' }, this.path(c.categoryCode)),
        h('dt', null, T.fields.departments), h('dd', null, (c.departments ?? []).join('、') || '—'),
        h('dt', null, T.fields.tags), h('dd', null, (c.tags ?? []).join('、') || '—'),
        h('dt', null, T.fields.validFrom), h('dd', null, c.validFrom ? formatInstant(c.validFrom, { withYear: true }) : '—'),
        h('dt', null, T.fields.validUntil), h('dd', null, c.validUntil ? formatInstant(c.validUntil, { withYear: true }) : '—')),
      h('div', { class: 'content-box', style: { marginTop: '8px' } }, c.answer));
  }

  render() {
    const e = this.entry;
    $('#detail-title').textContent = `条目详情 · ${e.id}`;
    fill($('#detail-status'), h('span', { class: 'tag kn-status', dataset: { knStatus: e.status } }, e.statusText ?? KnowledgeStatus[e.status] ?? e.status),
      e.urgent ? h('span', { class: 'tag tag-urgent' }, T.urgent) : null);
    fill(this.root,
      h('div', { class: 'kn-facts muted small' },
        `第 ${e.version} 版 · 作者 ${e.workingAuthor ?? '—'} · ${e.offered ? T.offered + (e.publishedVersion ? `（第 ${e.publishedVersion} 版）` : '') : T.notOffered}`,
        ` · 引用 ${e.hits ?? 0} 次`, e.lastHitAt ? `（最近 ${formatInstant(e.lastHitAt)}）` : ''),
      this.actions(),
      this.content(e.working, T.working),
      e.published && e.publishedVersion !== e.version ? this.content(e.published, T.published) : null,
      h('div', { class: 'section-title' }, T.history),
      h('ul', { class: 'timeline', dataset: { testid: 'knowledge-history' } }, (e.history ?? []).slice().reverse().map((r) => h('li', null,
        h('div', { class: 't-head' }, h('b', null, KnowledgeAction[r.action] ?? r.action), h('span', { class: 'muted small' }, `v${r.version}`),
          h('span', null, r.actor), h('span', { class: 't-time' }, formatInstant(r.at))),
        r.note ? h('div', { class: 't-reason' }, r.note) : null))));
  }

  actions() {
    const e = this.entry;
    const bar = h('div', { class: 'kn-actions' });
    const problem = h('div', { class: 'problem', hidden: true });
    const note = h('input', { class: 'kn-note', placeholder: T.notePlaceholder, dataset: { testid: 'review-note' } });
    const send = (path, body, check) => async () => {
      if (check && !check()) return;
      try {
        const entry = await post(`/api/knowledge/${encodeURIComponent(e.id)}/${path}`, body());
        this.onChanged(entry);
      } catch (error) { showProblem(problem, error); }
    };
    const button = (text, testid, onclick, cls = '') => h('button', { type: 'button', class: 'btn btn-sm ' + cls, dataset: { testid }, onclick }, text);
    const buttons = [];
    if (e.status !== 'retired') buttons.push(button(T.edit, 'edit-entry', () => this.edit(e)));
    if (reviewers.has(this.me.role)) {
      if (e.status === 'draft') {
        buttons.push(button(T.approve, 'approve-entry', send('review', () => ({ approved: true, note: note.value.trim() || null })), 'btn-primary'));
        buttons.push(button(T.reject, 'reject-entry', send('review', () => ({ approved: false, note: note.value.trim() }),
          () => (note.value.trim() ? true : (showProblem(problem, new Error(T.noteRequired)), false))), 'btn-danger'));
      }
      if (e.status === 'reviewed') buttons.push(button(T.publish, 'publish-entry', send('publish', () => ({})), 'btn-primary'));
      if (e.status !== 'retired') {
        buttons.push(button(T.retire, 'retire-entry', send('retire', () => ({ reason: note.value.trim() }),
          () => (note.value.trim() ? true : (showProblem(problem, new Error(T.reasonRequired)), false))), 'btn-danger'));
      }
    }
    if (!buttons.length) return null;
    fill(bar, reviewers.has(this.me.role) && e.status !== 'retired' ? note : null, h('div', { class: 'btn-group' }, buttons), problem);
    return bar;
  }

  /** The create (entry null, optionally prefilled from `draft`) or edit form; a saved edit is a new draft revision. */
  edit(entry, draft = null) {
    const c = entry?.working ?? draft ?? {};
    const field = (label, input, key, wide = true) => h('div', { class: 'field' + (wide ? ' wide' : '') }, h('label', null, label), input,
      h('div', { class: 'field-error', dataset: { errorFor: key } }));
    const question = h('input', { name: 'question', maxlength: 200, value: c.question ?? '', dataset: { testid: 'entry-question' } });
    const answer = h('textarea', { name: 'answer', rows: 6, dataset: { testid: 'entry-answer' } });
    answer.value = c.answer ?? '';
    const pickerRoot = h('div');
    const picker = new CategoryPicker(pickerRoot, this.categories, () => {});
    if (c.categoryCode) picker.set(c.categoryCode, false);
    const departments = h('input', { name: 'departments', value: (c.departments ?? []).join(','), placeholder: T.departmentsHint });
    const tags = h('input', { name: 'tags', value: (c.tags ?? []).join(','), placeholder: T.tagsHint });
    const validFrom = h('input', { type: 'datetime-local', name: 'validFrom', value: c.validFrom ? isoToLocalInput(Date.parse(c.validFrom)) : '' });
    const validUntil = h('input', { type: 'datetime-local', name: 'validUntil', value: c.validUntil ? isoToLocalInput(Date.parse(c.validUntil)) : '' });
    const urgent = h('input', { type: 'checkbox', name: 'urgent', checked: !!entry?.urgent, disabled: !!entry, dataset: { testid: 'entry-urgent' } });
    const problem = h('div', { class: 'problem', hidden: true });
    const form = h('form', { class: 'kn-form', novalidate: true, onsubmit: async (ev) => {
      ev.preventDefault();
      const body = {
        question: question.value.trim(), answer: answer.value.trim(), categoryCode: picker.code ?? '',
        departments: list(departments.value), tags: list(tags.value),
        validFrom: localInputToIso(validFrom.value), validUntil: localInputToIso(validUntil.value), urgent: urgent.checked,
      };
      try {
        const saved = entry ? await put(`/api/knowledge/${encodeURIComponent(entry.id)}`, body) : await post('/api/knowledge', body);
        this.onChanged(saved);
      } catch (error) {
        showProblem(problem, error, showFieldErrors(form, error));
      }
    } },
    h('div', { class: 'form-grid' },
      field(T.fields.question, question, 'question'),
      field(T.fields.answer, answer, 'answer'),
      field(T.fields.category, pickerRoot, 'categoryCode'),
      field(T.fields.departments, departments, 'departments', false),
      field(T.fields.tags, tags, 'tags', false),
      field(T.fields.validFrom, validFrom, 'validFrom', false),
      field(T.fields.validUntil, validUntil, 'validUntil', false),
      h('label', { class: 'wide kn-urgent' }, urgent, ` ${T.urgent}`, h('span', { class: 'muted small' }, `（${T.urgentHint}）`))),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'save-entry' } }, T.save),
      h('button', { type: 'button', class: 'btn btn-link', onclick: () => (entry ? this.render() : fill(this.root, h('div', { class: 'muted' }, T.pickEntry))) }, T.cancel)),
    problem);
    $('#detail-title').textContent = entry ? `修改 · ${entry.id}` : T.newEntry;
    fill($('#detail-status'));
    fill(this.root, form);
  }
}
