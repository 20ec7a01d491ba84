// Countdown arithmetic and formatting. Time always comes from Date.now() at the moment of asking, so a
// page whose clock is moved (tests, a sleeping laptop) shows the right colour on the next tick.
import { Overdue, Dash, days as daysText, headerDate } from './texts.js';

export const TimeZone = 'Asia/Shanghai';

/** Milliseconds since the epoch of an ISO instant, or null. */
export function ms(instant) {
  if (!instant) return null;
  const t = Date.parse(instant);
  return Number.isNaN(t) ? null : t;
}

/** Whether a clock is still ticking (rows carry only running clocks, details carry all). */
export function isRunning(clock) {
  return !clock.stoppedAt && (clock.state === 'running' || clock.state === 'warning' || clock.state === 'overdue' || !clock.state);
}

/**
 * The colour of a running clock now: red at or after dueAt (or when the server says overdue),
 * amber at or after amberAt (or when the server says warning), else running.
 */
export function clockLevel(clock, now = Date.now()) {
  const due = ms(clock.dueAt);
  const amber = ms(clock.amberAt);
  if (clock.state === 'overdue' || (due !== null && now >= due)) return 'red';
  if (clock.state === 'warning' || (amber !== null && now >= amber)) return 'amber';
  return 'running';
}

const Levels = { running: 0, amber: 1, red: 2 };

/**
 * Repaints a row's countdown chips ({ chip, time, clock }) for `now`, and returns the row's worst
 * level, so every console colours its chips and rows by the same rule.
 */
export function paintChips(chips, now = Date.now()) {
  let worst = 'running';
  for (const { chip, time, clock } of chips) {
    const level = clockLevel(clock, now);
    if (chip.dataset.clockState !== level) chip.dataset.clockState = level;
    const text = countdownText(clock.dueAt, now);
    if (time.textContent !== text) time.textContent = text;
    if (Levels[level] > Levels[worst]) worst = level;
  }
  return worst;
}

const pad = (n) => String(n).padStart(2, '0');

/** "mm:ss" under an hour, "h:mm:ss" under a day, "N天 hh:mm" beyond. */
export function formatSpan(millis) {
  const total = Math.floor(Math.abs(millis) / 1000);
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return `${daysText(days)} ${pad(hours)}:${pad(minutes)}`;
  if (hours > 0) return `${hours}:${pad(minutes)}:${pad(seconds)}`;
  return `${pad(minutes)}:${pad(seconds)}`;
}

/** The text of a countdown to dueAt: the time left, or "已超期 mm:ss" once past. */
export function countdownText(dueAt, now = Date.now()) {
  const due = ms(dueAt);
  if (due === null) return Dash;
  const left = due - now;
  return left > 0 ? formatSpan(left) : `${Overdue} ${formatSpan(left)}`;
}

/** The earliest-due running clock of a row (optionally only those of one department). */
export function nearestClock(row, department) {
  let best = null;
  for (const c of row.clocks ?? []) {
    if (!isRunning(c)) continue;
    if (department && c.department && c.department !== department) continue;
    if (!best || (ms(c.dueAt) ?? Infinity) < (ms(best.dueAt) ?? Infinity)) best = c;
  }
  return best;
}

const partsFormatter = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TimeZone, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', weekday: 'long',
});

/** The wall-clock parts of an instant in Asia/Shanghai. */
export function localParts(t) {
  const parts = {};
  for (const p of partsFormatter.formatToParts(new Date(t))) parts[p.type] = p.value;
  return parts;
}

/** "2025年12月01日 星期一" and "14:03:09" for the header clock. */
export function headerClock(now = Date.now()) {
  const p = localParts(now);
  return { date: headerDate(p), time: `${p.hour}:${p.minute}:${p.second}` };
}

/** "12-01 08:30" (or with the year when `withYear`) in Asia/Shanghai. */
export function formatInstant(instant, { withYear = false, withSeconds = false } = {}) {
  const t = ms(instant);
  if (t === null) return Dash;
  const p = localParts(t);
  const day = withYear ? `${p.year}-${p.month}-${p.day}` : `${p.month}-${p.day}`;
  return `${day} ${p.hour}:${p.minute}${withSeconds ? ':' + p.second : ''}`;
}

/** "14:03:09" in Asia/Shanghai. */
export function formatTimeOfDay(instant) {
  const t = ms(instant);
  if (t === null) return Dash;
  const p = localParts(t);
  return `${p.hour}:${p.minute}:${p.second}`;
}

/** The value of an <input type="datetime-local"> ("2025-12-01T18:00") as ISO with the +08:00 offset. */
export function localInputToIso(value) {
  if (!value) return null;
  const withSeconds = value.length === 16 ? value + ':00' : value;
  return withSeconds + '+08:00';
}

/** An instant as the value of an <input type="datetime-local"> in Asia/Shanghai. */
export function isoToLocalInput(t) {
  const p = localParts(t);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}
