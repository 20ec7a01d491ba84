// The escalation ladder (提级督办) of one order: 单位负责人 → 热线中心 → 市领导, per rung when it was notified and
// who read it (已阅) or 待阅, with the order's id, title, lead, overdue clocks and typical-case tags. The leader page
// and the dispatcher console both draw it; each says which rung its user may acknowledge.
import { post } from './api.js';
import { h } from './dom.js';
import { formatInstant } from './clock.js';
import { ClockName } from './texts.js';
import { Ladder, Levels, TypicalCase } from './leader-texts.js';

export const Rungs = ['department-head', 'centre', 'leadership'];

/** Each rung's steps (one per clock and department): reached, first notified, open, and the latest read. */
export function rungsOf(supervision) {
  return Rungs.map((level) => {
    const steps = (supervision ?? []).filter((s) => s.level === level);
    const read = steps.filter((s) => s.acknowledgedAt).sort((a, b) => Date.parse(b.acknowledgedAt) - Date.parse(a.acknowledgedAt))[0];
    const notified = steps.map((s) => s.notifiedAt).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
    return { level, reached: steps.length > 0, open: steps.some((s) => !s.acknowledgedAt), notifiedAt: notified, read };
  });
}

/** The list item of /api/supervision from an order's record (the answer of an acknowledgement). */
export function itemOf(order) {
  const reached = Rungs.filter((level) => (order.supervision ?? []).some((s) => s.level === level));
  return { id: order.id, title: order.title, status: order.status, lead: order.lead, receivedAt: order.receivedAt, highestLevel: reached.at(-1) ?? null,
    supervision: order.supervision ?? [], urges: order.urges ?? [], typicalCases: order.typicalCases ?? [] };
}

/**
 * One order's row. options: departmentName(code); canAck(level) → bool; onChanged(order) after an acknowledgement;
 * extra(item) → nodes for the row's own actions (the dispatcher's 催办).
 */
export function ladderItem(item, options) {
  const name = (code) => (code ? options.departmentName?.(code) ?? code : '');
  const clocks = [...new Set((item.supervision ?? []).map((s) => `${ClockName[s.clock] ?? s.clock}${s.department && s.department !== item.lead ? `（${name(s.department)}）` : ''}`))];
  const problem = h('div', { class: 'problem small', hidden: true });
  return h('li', { class: 'ladder-item', dataset: { testid: 'escalation', orderId: item.id, level: item.highestLevel ?? '' } },
    h('div', { class: 'ladder-head' },
      h('span', { class: `level level-${item.highestLevel ?? 'none'}` }, Levels[item.highestLevel] ?? Levels.unknown),
      h('span', { class: 'mono small' }, item.id),
      h('b', { class: 'ladder-title', title: item.title }, item.title),
      options.extra?.(item)),
    h('div', { class: 'ladder-meta muted small' },
      item.lead ? h('span', null, Ladder.lead(name(item.lead))) : null,
      clocks.length ? h('span', { class: 'ladder-clock', dataset: { testid: 'ladder-clock' } }, Ladder.overdue(clocks.join('、'))) : null,
      item.receivedAt ? h('span', null, Ladder.received(formatInstant(item.receivedAt))) : null,
      (item.typicalCases ?? []).map((code) => h('span', { class: 'case-tag', dataset: { testid: 'typical-tag', code } }, TypicalCase[code] ?? code))),
    h('ol', { class: 'ladder', dataset: { testid: 'ladder' } }, rungsOf(item.supervision).map((rung) => rungNode(item.id, rung, options, problem))),
    problem);
}

function rungNode(id, rung, options, problem) {
  const state = !rung.reached ? 'none' : rung.open ? 'open' : 'read';
  let status;
  if (state === 'none') status = Ladder.notReached;
  else if (state === 'read') status = Ladder.read(rung.read.acknowledgedBy, formatInstant(rung.read.acknowledgedAt));
  else status = Ladder.waiting;
  const button = state === 'open' && options.canAck?.(rung.level)
    ? h('button', { type: 'button', class: 'btn btn-sm btn-danger rung-ack', dataset: { testid: 'ladder-ack', level: rung.level },
      onclick: () => acknowledge(id, rung.level, button, problem, options) }, Ladder.ack)
    : null;
  return h('li', { class: `rung rung-${state}`, dataset: { testid: 'rung', level: rung.level, state } },
    h('span', { class: 'rung-name' }, Levels[rung.level]),
    h('span', { class: 'rung-time small' }, rung.notifiedAt ? Ladder.notified(formatInstant(rung.notifiedAt)) : ''),
    h('span', { class: 'rung-state small', dataset: { testid: 'rung-state' } }, status),
    button);
}

async function acknowledge(id, level, button, problem, options) {
  button.disabled = true;
  button.textContent = Ladder.acking;
  problem.hidden = true;
  try {
    options.onChanged?.(await post(`/api/orders/${encodeURIComponent(id)}/escalations/ack`, { level }));
  } catch (error) {
    problem.textContent = error.message;
    problem.hidden = false;
    button.disabled = false;
    button.textContent = Ladder.ack;
  }
}
