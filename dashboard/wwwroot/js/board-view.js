// The big screen's rendering, apart from the connection: feed it snapshots and pushes, call tick()
// every second. A static harness can drive it with made-up data.
import { h, $, setText, showConnection } from './dom.js';
import { OrderStore } from './order-store.js';
import { clockLevel, countdownText, headerClock, ms, nearestClock, formatTimeOfDay } from './clock.js';
import { AlertKind, Board, SeatStatus, Dash } from './texts.js';

const NearCount = 12;
const AlertCount = 50;
const ChartIntervalMs = 250;
const CitySeat = '141102';

const Colors = {
  text: '#cfe3ff',
  muted: '#7f9cc7',
  axis: 'rgba(90, 150, 230, 0.25)',
  open: ['#1fa2ff', '#12d8fa'],
  overdue: ['#ff7a45', '#ff3b4e'],
  cyan: '#00e4ff',
  red: '#ff4d5e',
  amber: '#ffb020',
};

export function formatRate(rate) {
  return rate === null || rate === undefined ? Dash : (rate * 100).toFixed(1);
}

export class BoardView {
  /** root: the document (or a container holding the board markup); echarts: the global. */
  constructor(root = document, echarts = window.echarts) {
    this.root = root;
    this.echarts = echarts;
    this.orders = new OrderStore();
    this.stats = null;
    this.seats = [];
    this.alerts = [];
    this.near = [];
    this.lastChartAt = 0;
    this.chartTimer = null;
    this.charts = {};
    if (echarts) {
      for (const [key, id] of [['district', 'chart-district'], ['company', 'chart-company'], ['map', 'chart-map']]) {
        const node = $('#' + id, root);
        if (node) this.charts[key] = echarts.init(node, null, { renderer: 'canvas' });
      }
    }
  }

  setTitle(text) {
    const title = $('#board-title', this.root);
    setText(title, text);
    // The plate holds about 27 characters at full size; a long task-force name gets a smaller face.
    title.style.fontSize = text.length > 27 ? `${Math.max(24, Math.floor(38 * 27 / text.length))}px` : '';
    document.title = text;
  }

  setConnection(state, text) {
    showConnection($('[data-testid="connection"]', this.root), state, text);
  }

  showBanner(message) {
    const banner = $('#banner', this.root);
    banner.textContent = message ?? '';
    banner.hidden = !message;
  }

  applySnapshot(snapshot) {
    this.orders.replace(snapshot.orders);
    this.stats = snapshot.stats ?? null;
    this.seats = snapshot.seats ?? [];
    this.alerts = [];
    this.alertIds = new Set();
    for (const a of (snapshot.alerts ?? []).slice(0, AlertCount)) this.rememberAlert(a, false);
    this.renderKpis();
    this.renderNear();
    this.renderSeats();
    this.renderAlerts();
    this.renderCharts();
    this.tick();
    document.body.dataset.ready = 'true';
  }

  applyOrders(rows) {
    this.orders.apply(rows);
    this.renderNear();
    this.tick();
  }

  applyStats(stats) {
    this.stats = stats;
    this.renderKpis();
    this.scheduleCharts();
  }

  addAlert(alert) {
    if (!this.rememberAlert(alert, true)) return;
    this.renderAlerts(alert.id);
  }

  setSeats(seats) {
    this.seats = seats ?? [];
    this.renderSeats();
  }

  rememberAlert(alert, newest) {
    const key = alert.id ?? `${alert.orderId}|${alert.kind}|${alert.at}`;
    if (this.alertIds.has(key)) return false;
    this.alertIds.add(key);
    if (newest) this.alerts.unshift(alert); else this.alerts.push(alert);
    while (this.alerts.length > AlertCount) {
      const dropped = this.alerts.pop();
      this.alertIds.delete(dropped.id ?? `${dropped.orderId}|${dropped.kind}|${dropped.at}`);
    }
    return true;
  }

  // ---- KPI tiles -------------------------------------------------------------------------------
  renderKpis() {
    const s = this.stats ?? {};
    const num = (v) => (v === null || v === undefined ? Dash : String(v));
    const set = (id, text) => setText($(`[data-testid="${id}"]`, this.root), text);
    set('stat-received', num(s.received));
    set('stat-dispatched', num(s.dispatched));
    set('stat-completed', num(s.completed));
    set('stat-same-day-rate', this.stats ? formatRate(s.sameDayRate) : Dash);
    set('stat-overdue', num(s.overdue));
    set('stat-open', num(s.open));
    $('.kpi-overdue', this.root)?.classList.toggle('alarm', (s.overdue ?? 0) > 0);
    const detail = $('#same-day-detail', this.root);
    if (detail) setText(detail, this.stats && (s.sameDayMet || s.sameDayLate) ? Board.sameDayDetail(s.sameDayMet ?? 0, s.sameDayLate ?? 0) : '');
  }

  // ---- 临期工单 ------------------------------------------------------------------------------------
  renderNear() {
    const candidates = [];
    for (const row of this.orders.values()) {
      // The return window is a right, not a deadline to breach: it never puts an order on this list.
      const clock = nearestClock({ clocks: (row.clocks ?? []).filter((c) => c.name !== 'return-window') });
      if (clock) candidates.push({ row, clock, due: ms(clock.dueAt) ?? Infinity });
    }
    // Closest to breaching first: the ones still in time, soonest due. Orders already past due are
    // counted on the 超期 tile; they fill the list only when few are still running, latest breach first.
    const now = Date.now();
    const byId = (a, b) => a.row.id.localeCompare(b.row.id);
    const running = candidates.filter((c) => c.due > now).sort((a, b) => a.due - b.due || byId(a, b));
    const breached = candidates.filter((c) => c.due <= now).sort((a, b) => b.due - a.due || byId(a, b));
    this.near = [...running, ...breached].slice(0, NearCount);

    const list = $('#near-list', this.root);
    const items = this.near.map(({ row, clock }, i) => {
      const countdown = h('span', { class: 'near-countdown num' });
      const urgency = row.urgency && row.urgency !== 'normal'
        ? h('span', { class: `urgency urgency-${row.urgency}` }, Board.urgencyMark[row.urgency] ?? Board.urgencyMark.urgent) : null;
      const item = h('li', { class: 'near-row', dataset: { testid: 'board-order', orderId: row.id } },
        h('span', { class: 'near-rank num' }, String(i + 1)),
        h('span', { class: 'near-id num' }, row.id),
        h('span', { class: 'near-title', title: row.title }, urgency, row.title),
        h('span', { class: 'near-district' }, row.districtName ?? row.district ?? Dash),
        h('span', { class: 'near-lead', title: row.leadName ?? '' }, row.leadName ?? row.lead ?? Board.notDispatched),
        h('span', { class: 'near-clock' }, clock.nameText ?? clock.name),
        countdown);
      if (row.urgency) item.dataset.urgency = row.urgency;
      item.dataset.clockName = clock.name;
      item.dataset.lead = row.lead ?? '';
      return { item, countdown, clock };
    });
    this.nearNodes = items;
    list.replaceChildren(...items.map((x) => x.item));
    $('#near-empty', this.root).hidden = items.length > 0;
    setText($('#near-count', this.root), Board.running(candidates.length));
  }

  // ---- 坐席状态 -------------------------------------------------------------------------------------
  renderSeats() {
    const grid = $('#seat-grid', this.root);
    const counts = { available: 0, 'on-call': 0, 'wrap-up': 0, offline: 0 };
    const seats = [...this.seats].sort((a, b) => String(a.seatId).localeCompare(String(b.seatId)));
    grid.replaceChildren(...seats.map((seat) => {
      const status = seat.status ?? 'offline';
      if (status in counts) counts[status]++;
      return h('div', { class: 'seat', dataset: { testid: 'seat', seatId: seat.seatId, status } },
        h('div', { class: 'seat-name' }, seat.name || seat.seatId),
        h('div', { class: 'seat-status' }, h('i', { class: 'dot' }), seat.statusText ?? SeatStatus[status] ?? status),
        h('div', { class: 'seat-meta num' }, Board.seatMeta(seat.callsTaken ?? 0, seat.ordersCreated ?? 0)));
    }));
    // Every seat stays on screen: more seats, more columns and smaller tiles.
    const n = seats.length;
    const density = n <= 12 ? 'roomy' : n <= 24 ? 'dense' : 'compact';
    const rows = { roomy: 2, dense: 3, compact: 4 }[density];
    grid.dataset.density = density;
    grid.style.setProperty('--seat-columns', String(Math.max(density === 'roomy' ? 5 : 7, Math.ceil(n / rows))));
    const summary = $('#seat-summary', this.root);
    summary.replaceChildren(...Object.entries(counts).map(([status, n]) =>
      h('span', { class: 'seat-count', dataset: { status } }, h('i', { class: 'dot' }), `${SeatStatus[status]} `, h('b', { class: 'num' }, String(n)))));
    $('#seat-empty', this.root).hidden = seats.length > 0;
  }

  // ---- 实时告警 -------------------------------------------------------------------------------------
  renderAlerts(freshId) {
    const list = $('#alert-list', this.root);
    list.replaceChildren(...this.alerts.map((a) => h('li',
      { class: 'alert' + (freshId !== undefined && a.id === freshId ? ' fresh' : ''), dataset: { testid: 'alert', kind: a.kind, orderId: a.orderId ?? '' } },
      h('span', { class: 'alert-time num' }, formatTimeOfDay(a.at)),
      h('span', { class: 'alert-kind' }, AlertKind[a.kind] ?? a.kind),
      h('span', { class: 'alert-text', title: a.text }, a.text))));
    $('#alert-empty', this.root).hidden = this.alerts.length > 0;
  }

  // ---- every second ------------------------------------------------------------------------------
  tick() {
    const now = Date.now();
    const clock = headerClock(now);
    setText($('#clock-date', this.root), clock.date);
    setText($('#clock-time', this.root), clock.time);
    for (const { item, countdown, clock: c } of this.nearNodes ?? []) {
      const level = clockLevel(c, now);
      if (item.dataset.level !== level) item.dataset.level = level;
      setText(countdown, countdownText(c.dueAt, now));
    }
  }

  // ---- charts ------------------------------------------------------------------------------------
  scheduleCharts() {
    if (this.chartTimer) return;
    const wait = Math.max(0, ChartIntervalMs - (Date.now() - this.lastChartAt));
    this.chartTimer = setTimeout(() => { this.chartTimer = null; this.renderCharts(); }, wait);
  }

  renderCharts() {
    this.lastChartAt = Date.now();
    if (!this.echarts) return;
    const s = this.stats ?? { byDistrict: [], byCompany: [] };
    this.charts.district?.setOption(loadBars(s.byDistrict ?? [], 64), { notMerge: false });
    this.charts.company?.setOption(loadBars(s.byCompany ?? [], 150), { notMerge: false });
    this.charts.map?.setOption(districtScatter(s.byDistrict ?? []), { notMerge: false });
  }

  resize() {
    for (const chart of Object.values(this.charts)) chart.resize();
  }
}

function gradient(from, to) {
  return { type: 'linear', x: 0, y: 0, x2: 1, y2: 0, colorStops: [{ offset: 0, color: from }, { offset: 1, color: to }] };
}

/** Horizontal stacked bars: 在办 (open, not overdue) + 超期 = all open; the largest on top. */
function loadBars(items, labelWidth) {
  const sorted = [...items].sort((a, b) => (a.open ?? 0) - (b.open ?? 0) || String(b.name).localeCompare(String(a.name)));
  const names = sorted.map((x) => x.name);
  const overdue = sorted.map((x) => Math.min(x.overdue ?? 0, x.open ?? 0));
  const onTime = sorted.map((x, i) => Math.max(0, (x.open ?? 0) - overdue[i]));
  const totals = sorted.map((x) => x.open ?? 0);
  return {
    animationDurationUpdate: 300,
    grid: { left: 8, right: 48, top: 30, bottom: 4, containLabel: true },
    legend: {
      top: 0, right: 4, itemWidth: 14, itemHeight: 10,
      textStyle: { color: Colors.muted, fontSize: 14 }, data: [Board.open, Board.overdue],
    },
    xAxis: {
      type: 'value', minInterval: 1,
      axisLabel: { color: Colors.muted, fontSize: 12 }, splitLine: { lineStyle: { color: Colors.axis, type: 'dashed' } },
    },
    yAxis: {
      type: 'category', data: names,
      axisLabel: { color: Colors.text, fontSize: 15, width: labelWidth, overflow: 'truncate' },
      axisLine: { lineStyle: { color: Colors.axis } }, axisTick: { show: false },
    },
    series: [
      { name: Board.open, type: 'bar', stack: 'load', barWidth: '58%', data: onTime,
        itemStyle: { color: gradient(Colors.open[0], Colors.open[1]) } },
      { name: Board.overdue, type: 'bar', stack: 'load', data: overdue,
        itemStyle: { color: gradient(Colors.overdue[0], Colors.overdue[1]), borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right', color: Colors.text, fontSize: 15, fontWeight: 'bold',
          formatter: (p) => String(totals[p.dataIndex]) } },
    ],
  };
}

/** The districts at their coordinates: bubble size by open orders, red when any is overdue. */
function districtScatter(items) {
  const points = items.filter((d) => typeof d.lat === 'number' && typeof d.lon === 'number');
  const lons = points.map((d) => d.lon);
  const lats = points.map((d) => d.lat);
  const pad = 0.15;
  // Relative to the busiest county, so the bubbles still tell counties apart on a heavy day.
  const busiest = Math.max(1, ...points.map((d) => d.open ?? 0));
  const size = (open) => 12 + 34 * Math.sqrt((open ?? 0) / busiest);
  // A label goes beside its bubble when another county sits just below (离石/中阳, 汾阳/孝义).
  // It takes the side with more room among the counties at about the same latitude.
  const crowdedBelow = (d) => points.some((o) => o !== d && d.lat - o.lat > 0 && d.lat - o.lat < 0.2 && Math.abs(d.lon - o.lon) < 0.15);
  const freerSide = (d) => {
    let left = Infinity;
    let right = Infinity;
    for (const o of points) {
      const dx = o.lon - d.lon;
      if (o === d || Math.abs(o.lat - d.lat) >= 0.25 || Math.abs(dx) < 0.15) continue;
      if (dx > 0) right = Math.min(right, dx); else left = Math.min(left, -dx);
    }
    return right >= left ? 'right' : 'left';
  };
  const toPoint = (d) => ({
    name: d.name, value: [d.lon, d.lat, d.open ?? 0, d.overdue ?? 0, d.received ?? 0],
    symbolSize: size(d.open),
    label: crowdedBelow(d) ? { position: freerSide(d) } : undefined,
  });
  const label = {
    show: true, position: 'bottom', distance: 6, color: Colors.text, fontSize: 15,
    formatter: (p) => `${p.name} ${p.value[2]}`,
    textBorderColor: '#04102b', textBorderWidth: 3,
  };
  const labelLayout = { moveOverlap: 'shiftY' };
  // Faint spokes from the city seat (离石区) to every county, as on a dispatch map.
  const seat = points.find((d) => d.code === CitySeat) ?? points[0];
  const spokes = seat ? points.filter((d) => d !== seat).map((d) => ({ coords: [[seat.lon, seat.lat], [d.lon, d.lat]] })) : [];
  return {
    animationDurationUpdate: 300,
    grid: { left: 30, right: 30, top: 20, bottom: 34 },
    xAxis: { type: 'value', show: false, scale: true,
      // Room on the right for the easternmost county's label (交城县).
      min: lons.length ? Math.min(...lons) - pad : 0, max: lons.length ? Math.max(...lons) + 3 * pad : 1 },
    yAxis: { type: 'value', show: false, scale: true,
      min: lats.length ? Math.min(...lats) - pad : 0, max: lats.length ? Math.max(...lats) + pad : 1 },
    series: [
      { type: 'lines', coordinateSystem: 'cartesian2d', data: spokes, silent: true, z: 1,
        lineStyle: { color: 'rgba(0, 200, 255, 0.22)', width: 1, type: 'dashed', curveness: 0.18 } },
      { type: 'scatter', name: Board.open, data: points.filter((d) => !(d.overdue > 0)).map(toPoint), label, labelLayout, z: 3,
        itemStyle: { color: 'rgba(0, 200, 255, 0.55)', borderColor: Colors.cyan, borderWidth: 2,
          shadowBlur: 16, shadowColor: 'rgba(0, 228, 255, 0.6)' } },
      { type: 'effectScatter', name: Board.withOverdue, data: points.filter((d) => d.overdue > 0).map(toPoint), label, labelLayout, z: 4,
        rippleEffect: { scale: 2.2, brushType: 'stroke', period: 3 },
        itemStyle: { color: 'rgba(255, 77, 94, 0.6)', borderColor: Colors.red, borderWidth: 2,
          shadowBlur: 16, shadowColor: 'rgba(255, 77, 94, 0.7)' } },
    ],
  };
}
