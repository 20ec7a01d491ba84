// Intake help while the caller talks: POST /api/intake/review with what the seat has typed, then the suggested
// categories and departments, duplicates (并单), the final-reply lock and the caller's profile (来电人画像).
import { post } from './api.js';
import { h, fill } from './dom.js';
import { formatInstant } from './clock.js';
import { Intake, SuggestionSource } from './intake-texts.js';

const DebounceMs = 400;
const pct = (x) => `${Math.round((x ?? 0) * 100)}%`;

/** The red final-reply panel (from intake review or from a refused create). */
export function finalReplyPanel(reply) {
  return h('div', { class: 'final-lock', dataset: { testid: 'final-reply', orderId: reply.orderId } },
    h('div', { class: 'final-lock-title' }, Intake.finalReplyTitle),
    h('div', { class: 'small' }, reply.title ?? '', ' · ', Intake.finalReplyBody(reply.orderId, reply.department, reply.at ? formatInstant(reply.at, { withYear: true }) : '')),
    h('div', { class: 'small' }, Intake.finalReplyTell),
    h('div', { class: 'content-box' }, reply.reply ?? ''),
    reply.evidence?.length ? h('div', { class: 'evidence-list' }, h('span', { class: 'muted small' }, Intake.evidence),
      reply.evidence.map((url) => h('a', { href: url, target: '_blank', rel: 'noopener', class: 'small' }, url.split('/').pop()))) : null);
}

export class IntakeAdvice {
  /** boxes: {categories, departments, duplicates, lock, profile, status}; callbacks: onCategory(code), onLock(locked) */
  constructor(boxes, callbacks) {
    Object.assign(this, { boxes, callbacks });
    this.timer = 0;
    this.sequence = 0;
    this.last = '';
    this.departments = [];
    this.picked = null;
    this.mergeInto = null;
    this.reset();
  }

  changed(query) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.review(query), DebounceMs);
  }

  async review(query) {
    if (!/^\+?\d{5,20}$/.test(query.phone ?? '')) return;
    const key = JSON.stringify(query);
    if (key === this.last) return;
    this.last = key;
    const sequence = ++this.sequence;
    this.boxes.status.textContent = Intake.adviceLoading;
    try {
      const result = await post('/api/intake/review', query);
      if (sequence !== this.sequence) return;
      this.boxes.status.textContent = Intake.modelVersion(result.routing?.modelVersion);
      this.show(result);
    } catch (error) {
      if (sequence !== this.sequence) return;
      this.boxes.status.textContent = error.message;
    }
  }

  show(result) {
    const routing = result.routing ?? {};
    const categories = routing.categories ?? [];
    fill(this.boxes.categories, categories.length
      ? categories.slice(0, 5).map((c) => h('button', { type: 'button', class: 'suggest-chip', title: c.path, dataset: { testid: 'suggested-category', code: c.code },
        onclick: () => this.callbacks.onCategory(c.code) }, h('span', null, c.path.split(' / ').slice(-2).join(' / ')), h('b', { class: 'num' }, pct(c.confidence))))
      : h('span', { class: 'muted small' }, '—'));

    this.departments = (routing.departments ?? []).slice(0, 3);
    if (!this.departments.some((d) => d.code === this.picked)) this.picked = this.departments[0]?.code ?? null;
    this.renderDepartments(routing.rule);

    const duplicates = result.duplicates ?? [];
    if (!duplicates.some((d) => d.orderId === this.mergeInto)) this.mergeInto = null;
    this.duplicates = duplicates;
    this.renderDuplicates();

    const lock = result.finalReply ?? null;
    fill(this.boxes.lock, lock ? finalReplyPanel(lock) : null);
    this.boxes.lock.hidden = !lock;
    this.callbacks.onLock(!!lock);
    this.showProfile(result.caller);
  }

  renderDepartments(rule) {
    fill(this.boxes.departments, this.departments.length
      ? [this.departments.map((d, i) => h('label', { class: 'dept-option' + (d.code === this.picked ? ' picked' : ''), dataset: { testid: 'suggested-department', code: d.code, source: d.source } },
        h('input', { type: 'radio', name: 'suggestedDepartment', value: d.code, checked: d.code === this.picked,
          onchange: () => { this.picked = d.code; this.renderDepartments(rule); } }),
        h('span', { class: 'dept-rank num' }, String(i + 1)),
        h('span', { class: 'dept-name', title: d.name }, d.name || d.code),
        h('span', { class: 'source source-' + d.source }, SuggestionSource[d.source] ?? d.source),
        h('b', { class: 'num' }, pct(d.confidence)),
        h('span', { class: 'confidence' }, h('i', { style: { width: pct(d.confidence) } })))),
      rule ? h('div', { class: 'muted small' }, Intake.ruleHit(rule)) : null]
      : h('span', { class: 'muted small' }, Intake.noDepartments));
  }

  renderDuplicates() {
    fill(this.boxes.duplicates, this.duplicates.length ? this.duplicates.map((d) => h('div', {
      class: 'dup-item' + (d.mergeable ? ' mergeable' : ''), dataset: { testid: 'duplicate', orderId: d.orderId, mergeable: String(d.mergeable) } },
    h('div', { class: 'dup-head' },
      h('span', { class: 'tag dup-reason' }, d.reasonText ?? d.reason),
      d.mergeable ? h('span', { class: 'tag tag-mergeable' }, Intake.mergeable) : null,
      h('span', { class: 'mono small' }, d.orderId),
      h('span', { class: 'tag', dataset: { status: d.status } }, d.statusText ?? d.status)),
    h('div', null, d.title),
    h('div', { class: 'muted small' }, formatInstant(d.receivedAt), ' · ', Intake.similarity(Math.round((d.similarity ?? 0) * 100)),
      d.distanceMeters !== null && d.distanceMeters !== undefined ? ' · ' + Intake.distance(d.distanceMeters) : ''),
    d.mergeable ? h('button', { type: 'button', class: 'btn btn-sm', dataset: { testid: 'propose-merge' },
      onclick: () => { this.mergeInto = this.mergeInto === d.orderId ? null : d.orderId; this.renderDuplicates(); } },
    this.mergeInto === d.orderId ? Intake.mergeProposed : Intake.proposeMerge) : null))
      : h('span', { class: 'muted small' }, Intake.noDuplicates));
  }

  showProfile(caller) {
    const box = this.boxes.profile;
    if (!caller) { fill(box, h('div', { class: 'muted' }, Intake.profileHint)); return; }
    const enterprise = caller.type === 'enterprise';
    fill(box,
      h('div', { class: 'profile-head' },
        h('b', null, caller.name || '未留姓名'),
        h('span', { class: 'tag' + (enterprise ? ' tag-enterprise' : '') }, enterprise ? Intake.enterprise : Intake.citizen),
        caller.frequencyText ? h('span', { class: 'tag tag-frequency', dataset: { frequency: caller.frequency ?? '' } }, caller.frequencyText) : null,
        (caller.flags ?? []).map((f) => h('span', { class: 'tag tag-flag' }, f))),
      h('div', { class: 'muted small' }, Intake.totals(caller.totalOrders ?? 0, caller.callsLast30Days ?? 0, caller.callsLast365Days ?? 0)),
      h('div', { class: 'profile-stats' },
        h('div', null, h('span', { class: 'muted small' }, Intake.satisfaction), h('b', { class: 'num' }, Intake.percent(caller.satisfactionRate)),
          h('span', { class: 'muted small' }, `满意 ${caller.satisfied ?? 0} · 基本 ${caller.basicallySatisfied ?? 0} · 不满意 ${caller.dissatisfied ?? 0}`)),
        h('div', null, h('span', { class: 'muted small' }, Intake.firstContact), h('b', { class: 'num' }, Intake.percent(caller.firstContactResolutionRate)))),
      (caller.topTopics ?? []).length ? h('div', { class: 'small' }, h('span', { class: 'muted' }, Intake.topTopics + '：'),
        caller.topTopics.map((t) => h('span', { class: 'tag' }, `${t.topic} ${t.count}`))) : null,
      h('div', { class: 'small muted', style: { marginTop: '6px' } }, Intake.openOrders),
      (caller.openOrders ?? []).length ? caller.openOrders.map((o) => h('div', { class: 'history-item open', dataset: { testid: 'profile-open-order', orderId: o.orderId } },
        h('span', null, o.title), h('span', { class: 'tag', dataset: { status: o.status } }, o.statusText ?? o.status),
        h('span', { class: 'mono' }, o.orderId), h('span', { class: 'muted small' }, formatInstant(o.receivedAt))))
        : h('div', { class: 'muted small' }, Intake.noOpenOrders));
  }

  /** What the create sends: the shown departments in order and the source of the picked one. */
  suggestion() {
    if (!this.departments.length) return {};
    const picked = this.departments.find((d) => d.code === this.picked) ?? this.departments[0];
    return { suggestedDepartments: this.departments.map((d) => d.code), suggestionSource: picked.source };
  }

  topDepartment() { return this.picked ?? this.departments[0]?.code ?? null; }

  reset() {
    clearTimeout(this.timer);
    this.sequence++;
    this.last = '';
    this.departments = [];
    this.duplicates = [];
    this.picked = null;
    this.mergeInto = null;
    fill(this.boxes.categories, h('span', { class: 'muted small' }, '—'));
    fill(this.boxes.departments, h('span', { class: 'muted small' }, Intake.noDepartments));
    fill(this.boxes.duplicates, h('span', { class: 'muted small' }, Intake.noDuplicates));
    fill(this.boxes.lock);
    this.boxes.lock.hidden = true;
    this.boxes.status.textContent = Intake.adviceHint;
    fill(this.boxes.profile, h('div', { class: 'muted' }, Intake.profileHint));
    this.callbacks.onLock(false);
  }
}
