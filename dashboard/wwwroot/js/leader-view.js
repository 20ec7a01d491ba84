// Pieces the leader's page and the printable report both draw: rate tiles, the department table,
// cards, the hot-spot heat table and typical cases.
import { h } from './dom.js';
import { Rates, Card, Leader, percent } from './leader-texts.js';

/** Big figures: the three rates first, then on-time acceptance / completion and return / redo rates. */
export function rateTiles(rates) {
  return Rates.map((r) => h('div', { class: `figure-tile${r.three ? ' three' : ''}`, dataset: { testid: `rate-${r.key}`, rate: r.key } },
    h('div', { class: 'figure-name' }, r.name),
    h('div', { class: 'figure-value num' }, percent(rates?.[r.key])),
    h('div', { class: 'figure-hint muted' }, r.hint)));
}

/** The department ranking (the server ranks by 满意率, then 按时办结率). */
export function departmentTable(rows, cards) {
  const colour = new Map((cards ?? []).map((c) => [c.department, c.colour]));
  return h('table', { class: 'grid compact ranking', dataset: { testid: 'department-ranking' } },
    h('thead', null, h('tr', null,
      h('th', { class: 'num' }, '名次'), h('th', null, '单位'), h('th', { class: 'num' }, '派单'), h('th', { class: 'num' }, '签收'),
      Rates.map((r) => h('th', { class: 'num' }, r.name)), h('th', null, '评牌'))),
    h('tbody', null, rows.map((row, i) => h('tr', { dataset: { testid: 'ranking-row', department: row.key } },
      h('td', { class: 'num' }, String(i + 1)),
      h('td', null, row.name ?? row.key),
      h('td', { class: 'num' }, String(row.counters.dispatched)),
      h('td', { class: 'num' }, String(row.counters.accepted)),
      Rates.map((r) => h('td', { class: 'num' }, percent(row.rates?.[r.key]))),
      h('td', null, colour.has(row.key) ? cardTag(colour.get(row.key)) : '')))));
}

export const cardTag = (colour) => h('span', { class: `card-tag card-${colour}` }, Card[colour] ?? colour);

export function cardList(cards) {
  if (!cards?.length) return h('div', { class: 'empty-state small' }, Leader.noCards);
  return h('ul', { class: 'card-list', dataset: { testid: 'cards' } }, cards.map((c) => h('li', { dataset: { testid: 'card', colour: c.colour, department: c.department } },
    h('div', { class: 'card-line' }, cardTag(c.colour), h('strong', null, c.departmentName), h('span', { class: 'muted small' }, `派单 ${c.dispatched}`)),
    h('ul', { class: 'reasons' }, c.reasons.map((r) => h('li', null, r))))));
}

/** District × category: orders received, darker for more; breaches in red. */
export function heatTable(spots) {
  if (!spots?.length) return h('div', { class: 'empty-state small' }, Leader.noHotSpots);
  const districts = [...new Map(spots.map((s) => [s.districtCode, s.districtName])).entries()];
  const categories = [...new Set(spots.map((s) => s.category))];
  const cell = new Map(spots.map((s) => [`${s.districtCode}|${s.category}`, s]));
  const max = Math.max(...spots.map((s) => s.received), 1);
  return h('table', { class: 'grid compact heat', dataset: { testid: 'heat-table' } },
    h('thead', null, h('tr', null, h('th', null, '区县 \\ 类别'), categories.map((c) => h('th', { class: 'num' }, c)))),
    h('tbody', null, districts.map(([code, name]) => h('tr', null,
      h('th', { scope: 'row' }, name),
      categories.map((c) => {
        const s = cell.get(`${code}|${c}`);
        if (!s) return h('td', { class: 'num heat-cell' }, '');
        const alpha = (0.12 + 0.78 * (s.received / max)).toFixed(2);
        return h('td', { class: 'num heat-cell', style: { background: `rgba(11, 78, 162, ${alpha})`, color: s.received / max > 0.5 ? '#fff' : '' }, dataset: { testid: 'heat-cell' } },
          String(s.received), s.breaches ? h('span', { class: 'heat-breach' }, ` ${Leader.breaches(s.breaches)}`) : null);
      })))));
}

export function typicalList(cases) {
  if (!cases?.length) return h('div', { class: 'empty-state small' }, Leader.noTypical);
  return h('ul', { class: 'typical-list', dataset: { testid: 'typical-cases' } },
    cases.map((c) => h('li', null, h('span', null, c.name), h('strong', { class: 'num' }, String(c.count)))));
}
