// 领导驾驶舱: the month's three rates and other rates for the city, the department ranking with cards,
// open escalations (督办), hot spots and typical cases, with links to the printable report and the CSV.
import { currentUser, get, logout, roleText, showProblem } from './api.js';
import { h, $, fill } from './dom.js';
import { Counts, Leader, thisMonth, monthFromQuery } from './leader-texts.js';
import { rateTiles, departmentTable, cardList, heatTable, typicalList } from './leader-view.js';
import { SupervisionList } from './leader-supervision.js';

const LeadershipRoles = new Set(['leader', 'admin']);
const RefreshEvery = 30_000;

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
  await Promise.all([load(picker.value), departmentNames().then((names) => escalations(me, names))]);
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

/** 提级督办: the ladder of every open escalation; a leader (or admin) reads the leadership rung here. */
function escalations(me, departments) {
  const list = new SupervisionList({
    box: $('#escalations'), count: $('#escalation-count'), filter: $('#escalation-level'),
    options: {
      departmentName: (code) => departments.get(code) ?? code,
      canAck: (level) => level === 'leadership' && LeadershipRoles.has(me.role),
    },
  });
  // New rungs are reached while the page is open; the leader's page has no live feed, so it reads again now and then.
  setInterval(() => list.load(), RefreshEvery);
  return list.load();
}

async function departmentNames() {
  try {
    const reference = await get('/api/reference');
    return new Map((reference?.departments ?? []).map((d) => [d.code, d.name]));
  } catch {
    return new Map();
  }
}

main();
