// 月度考核报告: a printable page (A4) of one month, for the city or one department:
// city totals, the department ranking, cards, typical cases and the top 10 hot spots.
import { get, showProblem } from './api.js';
import { h, $, fill } from './dom.js';
import { formatInstant } from './clock.js';
import { Counts, Report, Leader, thisMonth, monthFromQuery } from './leader-texts.js';
import { rateTiles, departmentTable, cardList, typicalList } from './leader-view.js';

// Data loads after the page has loaded (a module's top-level await would hold the load event back).
async function main() {
  const query = new URLSearchParams(location.search);
  const month = monthFromQuery() ?? thisMonth();
  const department = query.get('department');
  const suffix = department ? `&department=${encodeURIComponent(department)}` : '';
  $('#print').addEventListener('click', () => window.print());
  $('#csv-link').href = `/api/reports/monthly?month=${month}${suffix}&format=csv`;
  $('#report-month').textContent = Report.month(month);
  try {
    const report = await get(`/api/reports/monthly?month=${month}${suffix}`);
    if (report.departmentName) {
      $('#report-department').textContent = Report.department(report.departmentName);
      $('#report-department').hidden = false;
    }
    document.title = `${Report.title} ${month}`;
    fill($('#rates'), rateTiles(report.city.rates));
    fill($('#counts'), h('tr', null, Counts.map((c) => [h('th', null, c.name), h('td', { class: 'num' }, String(report.city.counters[c.key] ?? 0))])));
    fill($('#ranking'), report.departments.length ? departmentTable(report.departments, report.cards) : h('div', { class: 'empty-state' }, Leader.none));
    fill($('#cards'), cardList(report.cards));
    fill($('#typical'), typicalList(report.typicalCases));
    $('#hotspot-section').hidden = !!report.department;
    fill($('#hotspots'), report.hotSpots.length === 0 ? h('div', { class: 'empty-state small' }, Leader.noHotSpots)
      : h('table', { class: 'grid compact', dataset: { testid: 'report-hotspots' } },
        h('thead', null, h('tr', null, h('th', null, '序号'), h('th', null, '区县'), h('th', null, '类别'), h('th', { class: 'num' }, '受理'), h('th', { class: 'num' }, '超期'))),
        h('tbody', null, report.hotSpots.map((s, i) => h('tr', null,
          h('td', { class: 'num' }, String(i + 1)), h('td', null, s.districtName), h('td', null, s.category),
          h('td', { class: 'num' }, String(s.received)), h('td', { class: 'num' }, String(s.breaches)))))));
    $('#generated').textContent = Report.generatedAt(formatInstant(report.generatedAt, { withYear: true, withSeconds: true }));
    document.body.dataset.loaded = month;
  } catch (error) {
    showProblem($('#problem'), error);
  }
}

main();
