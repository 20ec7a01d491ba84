// 领导驾驶舱: the month's three rates and other rates for the city, the department ranking with cards,
// open escalations (督办), hot spots and typical cases, with links to the printable report and the CSV.
import { currentUser, get, logout, roleText, showProblem } from './api.js';
import { h, $, fill } from './dom.js';
import { formatInstant } from './clock.js';
import { Counts, Leader, Levels, thisMonth, monthFromQuery } from './leader-texts.js';
import { rateTiles, departmentTable, cardList, heatTable, typicalList } from './leader-view.js';

// Data loads after the page has loaded (a module's top-level await would hold the load event back).
async function main() {
  const me = await currentUser();
  $('#user-name').textContent = `${me.displayName ?? me.userName}（${roleText(me.role)}）`;
  $('#logout').addEventListener('click', logout);

  const picker = $('#month');
  picker.value = monthFromQuery() ?? thisMonth();
  picker.addEventListener('change', () => {
    if (!/^\d{4}-\d{2}$/.test(picker.value)) return;
    history.replaceState(null, '', `?month=${picker.value}`);
    load(picker.value);
  });
  await Promise.all([load(picker.value), loadEscalations()]);
}

async function load(month) {
  $('#report-link').href = `/report.html?month=${month}`;
  $('#csv-link').href = `/api/reports/monthly?month=${month}&format=csv`;
  try {
    const [report, cards] = await Promise.all([
      get(`/api/reports/monthly?month=${month}`),
      get(`/api/figures/cards?month=${month}`),
    ]);
    showProblem($('#problem'), null);
    const city = report.city;
    fill($('#rates'), rateTiles(city.rates));
    fill($('#city-counts'), Counts.map((c) => h('span', { class: 'count' }, `${c.name} `, h('strong', { class: 'num', dataset: { testid: `count-${c.key}` } }, String(city.counters[c.key] ?? 0)))));
    fill($('#ranking'), report.departments.length ? departmentTable(report.departments, report.cards) : h('div', { class: 'empty-state' }, Leader.none));
    fill($('#cards'), cardList(cards.cards));
    $('#card-rule').textContent = Leader.minimum(cards.minimumDispatched);
    fill($('#typical'), typicalList(report.typicalCases));
    const spots = await get(`/api/figures/hotspots?month=${month}`);
    fill($('#hotspots'), heatTable(spots.hotSpots));
    document.body.dataset.loaded = month;
  } catch (error) {
    showProblem($('#problem'), error);
  }
}

/** Open escalations from the supervision list; while that endpoint is missing or refused, "暂无". */
async function loadEscalations() {
  const box = $('#escalations');
  try {
    const list = await get('/api/supervision?pageSize=8');
    const items = list?.items ?? [];
    $('#escalation-count').textContent = Leader.escalationCount(list?.total ?? items.length);
    fill(box, items.length === 0 ? h('div', { class: 'empty-state small' }, Leader.noEscalations)
      : h('ul', { class: 'escalation-list' }, items.map((i) => h('li', { dataset: { testid: 'escalation', level: i.highestLevel ?? '' } },
        h('span', { class: `level level-${i.highestLevel ?? 'none'}` }, Levels[i.highestLevel] ?? '超期'),
        h('span', { class: 'title' }, i.title),
        h('span', { class: 'muted small' }, `${i.lead ?? ''} · ${formatInstant(i.firstNotifiedAt ?? i.receivedAt)}`)))));
  } catch {
    fill(box, h('div', { class: 'empty-state small' }, Leader.noEscalations));
  }
}

main();
