// The department's own month on its console: 满意率, 按时办结率 and 响应率 as the leader page counts them, and a link
// to its printable monthly report. A department user's figures request returns its own row only.
import { get } from './api.js';
import { $ } from './dom.js';
import { percent } from './leader-texts.js';

const RefreshMs = 60_000;

export function showMonthFigures(code) {
  const link = $('#month-report');
  if (link) link.href = `/report.html?department=${encodeURIComponent(code)}`;
  const load = async () => {
    try {
      const figures = await get('/api/figures?by=department');
      const row = (figures?.rows ?? []).find((r) => r.key === code);
      $('#month-satisfaction').textContent = percent(row?.rates?.satisfactionRate);
      $('#month-ontime').textContent = percent(row?.rates?.onTimeCompletion);
      $('#month-response').textContent = percent(row?.rates?.responseRate);
    } catch {
      // Figures are a courtesy on this screen: the orders above matter more than a failed refresh.
    }
  };
  load();
  setInterval(load, RefreshMs);
}
