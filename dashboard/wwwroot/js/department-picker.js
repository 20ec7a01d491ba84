// Choosing who handles an order: the lead (主办) select and the co-handler (协办) checklist, both built
// from GET /api/reference departments, grouped by kind. The hotline centre itself is never a handler.
import { h, fill } from './dom.js';
import { Dispatch } from './texts.js';

const KindOrder = ['heating', 'utility', 'city'];
const HeatingCategory = '供热';
const MenuHeight = 350;
const MenuWidth = 300;

/** The departments an order can go to, by code and by kind. */
export class Catalogue {
  constructor(departments = []) {
    this.all = departments.filter((d) => d.kind !== 'centre');
    this.byCode = new Map(this.all.map((d) => [d.code, d]));
  }

  get isEmpty() { return this.all.length === 0; }

  name(code) { return this.byCode.get(code)?.name ?? code ?? ''; }

  /** [{kind, text, departments[]}] in a dispatcher's order: heating companies first. */
  groups() {
    const rank = (kind) => { const i = KindOrder.indexOf(kind); return i < 0 ? KindOrder.length : i; };
    const kinds = [...new Set(this.all.map((d) => d.kind))].sort((a, b) => rank(a) - rank(b));
    return kinds.map((kind) => ({
      kind,
      text: Dispatch.kinds[kind] ?? Dispatch.kinds.other,
      departments: this.all.filter((d) => d.kind === kind),
    }));
  }

  /**
   * The lead to pre-select: for a heating complaint, the heating company of the order's district.
   * Nothing for anything else, and nothing for a returned order (its last lead just refused it).
   */
  suggestLead(row) {
    if (row.status === 'returned' || row.category !== HeatingCategory) return '';
    return this.all.find((d) => d.kind === 'heating' && d.district && d.district === row.district)?.code ?? '';
  }
}

/** The lead select: a placeholder, then the departments grouped by kind. */
export function leadSelect(catalogue) {
  return h('select', { class: 'lead-select', dataset: { testid: 'lead' }, 'aria-label': '主办单位' },
    h('option', { value: '' }, Dispatch.leadPlaceholder),
    catalogue.groups().map((g) => h('optgroup', { label: g.text },
      g.departments.map((d) => h('option', { value: d.code }, d.name)))));
}

/** Marks the department that returned the order in a lead select ("…（退单单位）"). */
export function markReturner(select, code) {
  for (const option of select.options) {
    const base = option.dataset.name ?? option.textContent;
    option.dataset.name = base;
    option.textContent = option.value && option.value === code ? base + Dispatch.returnedMark : base;
  }
}

/**
 * The co-handler checklist in a small drop-down (<details>): any number of departments but the lead.
 * `values` are the checked codes; setLead() unchecks and disables the lead.
 */
export class CoHandlerPicker {
  constructor(catalogue) {
    this.summary = h('summary', { class: 'btn btn-sm' }, Dispatch.coNone);
    this.boxes = [];
    const groups = catalogue.groups().map((g) => h('fieldset', null,
      h('legend', null, g.text),
      g.departments.map((d) => {
        const box = h('input', { type: 'checkbox', value: d.code, onchange: () => this.update() });
        this.boxes.push(box);
        return h('label', { dataset: { code: d.code } }, box, h('span', null, d.name));
      })));
    this.node = h('details', { class: 'co-picker', dataset: { testid: 'co-handlers', count: '0' } },
      this.summary, h('div', { class: 'co-menu' }, h('div', { class: 'muted small co-hint' }, Dispatch.coHint), groups));
    // Placed as it opens, before the first frame shows it.
    this.summary.addEventListener('click', () => { if (!this.node.open) this.placeMenu(); });
  }

  get values() { return this.boxes.filter((b) => b.checked).map((b) => b.value); }

  setLead(code) {
    for (const box of this.boxes) {
      const isLead = !!code && box.value === code;
      if (isLead) box.checked = false;
      box.disabled = isLead;
    }
    this.update();
  }

  /**
   * The menu floats over the page (fixed), so a short, scrolling list never clips it: below the button,
   * or above it when the window has more room there.
   */
  placeMenu() {
    const own = this.summary.getBoundingClientRect();
    const menu = this.node.querySelector('.co-menu');
    const below = window.innerHeight - own.bottom;
    const up = below < MenuHeight && own.top > below;
    Object.assign(menu.style, {
      left: `${Math.max(8, own.right - MenuWidth)}px`,
      top: up ? '' : `${own.bottom + 4}px`,
      bottom: up ? `${window.innerHeight - own.top + 4}px` : '',
    });
  }

  update() {
    const n = this.values.length;
    fill(this.summary, n ? Dispatch.coSome(n) : Dispatch.coNone);
    this.summary.title = this.boxes.filter((b) => b.checked).map((b) => b.closest('label').textContent).join('、');
    this.node.dataset.count = String(n);
  }
}

// One open drop-down at a time; a click elsewhere closes it, and so does scrolling the list under it.
const closeOthers = (target) => {
  for (const open of document.querySelectorAll('details.co-picker[open]')) {
    if (!open.contains(target)) open.open = false;
  }
};
document.addEventListener('click', (event) => closeOthers(event.target));
document.addEventListener('scroll', (event) => closeOthers(event.target), true);
