// A searchable picker over the five-level category tree: type words, pick a path. Leaves are offered first,
// but any node can be set (a suggested category may stop at level 3 or 4).
import { get } from './api.js';
import { h, fill } from './dom.js';
import { Intake } from './intake-texts.js';

const Shown = 12;

/** Reads /api/categories once: nodes by code with their full path text. */
export async function loadCategories() {
  const nodes = await get('/api/categories');
  const byCode = new Map(nodes.map((n) => [n.code, { ...n, children: 0 }]));
  for (const n of byCode.values()) if (n.parentCode && byCode.has(n.parentCode)) byCode.get(n.parentCode).children++;
  for (const n of byCode.values()) {
    const names = [];
    for (let c = n; c; c = c.parentCode ? byCode.get(c.parentCode) : null) names.unshift(c.name);
    n.path = names.join(' / ');
  }
  return byCode;
}

export class CategoryPicker {
  /** root: an element to build into; onChange(code|null, node|null). */
  constructor(root, categories, onChange) {
    this.categories = categories;
    this.onChange = onChange;
    this.code = null;
    this.leaves = [...categories.values()].filter((n) => n.children === 0);
    this.input = h('input', { type: 'search', class: 'cat-input', placeholder: Intake.categorySearch, dataset: { testid: 'category-search' },
      oninput: () => this.open(), onfocus: () => this.open(), onkeydown: (e) => this.key(e) });
    this.menu = h('ul', { class: 'cat-menu', role: 'listbox', hidden: true, dataset: { testid: 'category-options' } });
    this.chosen = h('div', { class: 'cat-chosen', dataset: { testid: 'category-chosen' } });
    this.hidden = h('input', { type: 'hidden', name: 'categoryCode' });
    fill(root, h('div', { class: 'cat-picker' }, this.input, this.menu), this.chosen, this.hidden);
    document.addEventListener('click', (e) => { if (!root.contains(e.target)) this.menu.hidden = true; });
    this.render();
  }

  matches(text) {
    const words = text.trim().split(/\s+/).filter(Boolean);
    if (!words.length) return this.leaves.slice(0, Shown);
    return this.leaves.filter((n) => words.every((w) => n.path.includes(w) || n.code.startsWith(w))).slice(0, Shown);
  }

  open() {
    const found = this.matches(this.input.value);
    fill(this.menu, found.length
      ? found.map((n) => h('li', { role: 'option', dataset: { testid: 'category-option', code: n.code },
        onmousedown: (e) => { e.preventDefault(); this.set(n.code, true); } },
        h('span', null, n.path), h('span', { class: 'muted small mono' }, n.topic ?? '')))
      : h('li', { class: 'muted' }, Intake.categoryNone));
    this.menu.hidden = false;
  }

  key(e) {
    if (e.key === 'Escape') this.menu.hidden = true;
    if (e.key === 'Enter') {
      e.preventDefault();
      const first = this.menu.querySelector('[data-code]');
      if (first) this.set(first.dataset.code, true);
    }
  }

  /** Sets the category; `notify` tells the page (a reset does not). */
  set(code, notify) {
    const node = code ? this.categories.get(code) ?? null : null;
    this.code = node ? node.code : null;
    this.hidden.value = this.code ?? '';
    this.input.value = '';
    this.menu.hidden = true;
    this.render();
    if (notify) this.onChange(this.code, node);
  }

  render() {
    const node = this.code ? this.categories.get(this.code) : null;
    this.chosen.dataset.code = this.code ?? '';
    fill(this.chosen, node
      ? [h('span', { class: 'cat-path' }, node.path), h('span', { class: 'mono muted small' }, node.code),
        h('button', { type: 'button', class: 'btn btn-sm btn-link', onclick: () => this.set(null, true) }, Intake.categoryClear)]
      : h('span', { class: 'muted small' }, '未选择五级分类'));
  }
}
