// 审核规则: search and page through the rules, retire one, and add one (in force from the next review check).
import { get, post, showFieldErrors, showProblem } from './api.js';
import { h, $, fill } from './dom.js';
import { Kinds, Stage, T } from './review-texts.js';

const list = (text) => text.split(/[,，、\s]+/).map((s) => s.trim()).filter(Boolean);

function field(label, input, key) {
  return h('div', { class: 'field' }, h('label', null, label), input, h('div', { class: 'field-error', dataset: { errorFor: key } }));
}

export class RuleBook {
  constructor() {
    this.page = 1;
    this.rows = $('#rule-rows');
    let typing;
    $('#rule-search').addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(() => { this.page = 1; this.load(); }, 250); });
    $('#rule-status').addEventListener('change', () => { this.page = 1; this.load(); });
    $('#rule-prev').addEventListener('click', () => { if (this.page > 1) { this.page--; this.load(); } });
    $('#rule-next').addEventListener('click', () => { if (this.page < this.pages) { this.page++; this.load(); } });
    this.buildForm($('#rule-form'));
  }

  async load() {
    const problem = $('#rules-problem');
    const q = $('#rule-search').value.trim();
    const status = $('#rule-status').value;
    try {
      const result = await get(`/api/review-rules?status=${status}&q=${encodeURIComponent(q)}&page=${this.page}`);
      showProblem(problem, null);
      this.pages = Math.max(1, Math.ceil(result.total / result.pageSize));
      $('#rule-total').textContent = T.total(result.total);
      $('#rule-page').textContent = T.page(result.page, this.pages);
      fill(this.rows, result.items.map((r) => this.row(r, problem)));
    } catch (error) {
      showProblem(problem, error);
    }
  }

  row(rule, problem) {
    const scope = Object.entries(T.match).filter(([key]) => rule.match[key]?.length)
      .map(([key, text]) => `${text}：${rule.match[key].join('、')}`);
    const detail = [rule.checkText, rule.check.terms?.length ? rule.check.terms.join('、') : null, rule.check.min ? `≥ ${rule.check.min}` : null];
    return h('tr', { dataset: { testid: 'rule-row', ruleId: rule.id } },
      h('td', { class: 'mono small' }, rule.id),
      h('td', null,
        h('div', null, rule.blocking ? h('span', { class: 'tag rv-blocking' }, T.blocking) : null, ' ', rule.name),
        h('div', { class: 'muted small' }, detail.filter(Boolean).join(' · '))),
      h('td', { class: 'small' }, scope.length ? scope.join('；') : T.all),
      h('td', { class: 'small' }, rule.stages.map((s) => Stage[s] ?? s).join('、')),
      h('td', null, rule.status === 'active' ? h('button', {
        type: 'button', class: 'btn btn-sm btn-danger', dataset: { testid: 'rule-retire' },
        onclick: async () => {
          if (!confirm(T.retireConfirm(rule.name))) return;
          try { await post(`/api/review-rules/${encodeURIComponent(rule.id)}/retire`); this.load(); } catch (error) { showProblem(problem, error); }
        },
      }, T.retire) : h('span', { class: 'muted small' }, rule.retiredBy ?? '')));
  }

  buildForm(form) {
    const input = (name, attrs = {}) => h('input', { name, type: 'text', ...attrs, dataset: { testid: `rule-${name}` } });
    const kind = h('select', { name: 'kind', dataset: { testid: 'rule-kind' } }, Kinds.map(([code, text]) => h('option', { value: code }, text)));
    const stages = h('div', { class: 'rv-stages' }, ['self-check', 'department', 'centre'].map((code) => [code, Stage[code]]).map(([code, text]) =>
      h('label', { class: 'small' }, h('input', { type: 'checkbox', name: 'stage', value: code, checked: code !== 'self-check' }), ` ${text}`)));
    const problem = h('div', { class: 'problem', hidden: true });
    const saved = h('div', { class: 'rv-done', hidden: true, dataset: { testid: 'rule-saved' } });
    fill(form,
      field('规则名称', input('name', { maxlength: 50 }), 'name'),
      field('说明', input('description', { maxlength: 500 }), 'description'),
      h('div', { class: 'rv-grid' },
        field(`${T.match.topics}（逗号分隔，如 供热）`, input('topics'), 'match.topics'),
        field(`${T.match.categoryCodes}（编码前缀）`, input('categoryCodes'), 'match.categoryCodes'),
        field(`${T.match.departments}（如 RL-LS）`, input('departments'), 'match.departments'),
        field(`${T.match.keywords}（诉求中出现）`, input('keywords'), 'match.keywords')),
      h('div', { class: 'rv-grid' },
        field('检查类型', kind, 'check.kind'),
        field('数值', input('min', { type: 'number', min: 1 }), 'check.min')),
      field('词语（逗号分隔）', input('terms'), 'check.terms'),
      field('审核环节', stages, 'stages'),
      h('label', { class: 'small' }, h('input', { type: 'checkbox', name: 'blocking', checked: true }), ' 必改（未通过不得审核通过）'),
      h('div', { class: 'btn-group' }, h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'rule-add' } }, '保存规则')),
      saved, problem);

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const value = (name) => form.elements[name].value;
      const body = {
        name: value('name'),
        description: value('description'),
        match: { topics: list(value('topics')), categoryCodes: list(value('categoryCodes')), departments: list(value('departments')), keywords: list(value('keywords')) },
        check: { kind: value('kind'), terms: list(value('terms')), min: value('min') ? Number(value('min')) : null },
        stages: [...form.querySelectorAll('input[name=stage]:checked')].map((c) => c.value),
        blocking: form.elements.blocking.checked,
      };
      try {
        const rule = await post('/api/review-rules', body);
        showFieldErrors(form, null);
        showProblem(problem, null);
        form.reset();
        saved.textContent = T.saved(rule.id);
        saved.hidden = false;
        this.page = 1;
        this.load();
      } catch (error) {
        saved.hidden = true;
        showProblem(problem, error, showFieldErrors(form, error));
      }
    });
  }
}
