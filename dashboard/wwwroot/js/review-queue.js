// 待审核: replied orders (部门审核) and orders under review (中心审核), each with its reply, evidence and the review
// rules' verdicts for that stage; 通过 / 退回 with reasons pre-filled from the failed rules.
import { get, post, showProblem } from './api.js';
import { h, $, fill } from './dom.js';
import { Stage, StageOfStatus, T } from './review-texts.js';

/** The reasons a reviewer starts from: one line per failed rule; a boilerplate answer is named perfunctory (敷衍). */
export function reasonsFrom(results) {
  return results.filter((r) => !r.passed).map((r) => (r.kind === 'not-template' ? `${T.perfunctory}${r.message}` : `${r.name}：${r.message}`));
}

export class ReviewQueue {
  constructor() {
    this.rows = $('#review-rows');
    this.detail = $('#review-detail');
    $('#reload-reviews').addEventListener('click', () => this.load());
  }

  async load() {
    const problem = $('#reviews-problem');
    try {
      const pages = await Promise.all(Object.keys(StageOfStatus).map((status) => get(`/api/orders?status=${status}&pageSize=200`)));
      const items = pages.flatMap((p) => p.items ?? []).sort((a, b) => String(a.receivedAt).localeCompare(String(b.receivedAt)));
      showProblem(problem, null);
      $('#count-reviews').textContent = items.length ? String(items.length) : '';
      $('#reviews-empty').hidden = items.length > 0;
      fill(this.rows, items.map((o) => h('tr', {
        class: 'clickable', dataset: { testid: 'review-row', orderId: o.id, status: o.status }, onclick: () => this.open(o.id),
      },
      h('td', { class: 'mono small' }, o.id),
      h('td', null, o.title),
      h('td', null, o.lead ?? ''),
      h('td', null, h('span', { class: 'tag', dataset: { status: o.status } }, Stage[StageOfStatus[o.status]])))));
    } catch (error) {
      showProblem(problem, error);
    }
  }

  async open(id) {
    for (const row of this.rows.querySelectorAll('tr')) row.classList.toggle('selected', row.dataset.orderId === id);
    const problem = h('div', { class: 'problem', hidden: true });
    fill(this.detail, h('div', { class: 'muted' }, '…'));
    try {
      const order = await get(`/api/orders/${encodeURIComponent(id)}`);
      const stage = StageOfStatus[order.status];
      $('#review-title').textContent = order.title;
      fill($('#review-stage'), stage ? h('span', { class: 'tag', dataset: { status: order.status } }, Stage[stage]) : null);
      const reply = (order.replies ?? []).filter((r) => r.department === order.lead).at(-1);
      const report = stage && reply ? await post(`/api/orders/${encodeURIComponent(id)}/review-check`, { stage }) : null;
      fill(this.detail, this.orderView(order, reply), report ? this.rulesView(report) : null,
        stage && reply ? this.decision(order, stage, report, problem) : null, problem);
    } catch (error) {
      fill(this.detail, problem);
      showProblem(problem, error);
    }
  }

  orderView(order, reply) {
    return h('div', { class: 'rv-order' },
      h('div', { class: 'muted small' }, `${order.id} · ${order.category} · ${order.districtName ?? order.districtCode ?? ''} · ${order.address ?? ''}`),
      h('p', { class: 'rv-content' }, order.content),
      h('h3', null, '答复', reply?.final ? h('span', { class: 'tag tag-urgent' }, T.final) : null),
      reply ? h('p', { class: 'rv-reply', dataset: { testid: 'review-reply' } }, reply.content) : h('p', { class: 'muted' }, T.noReply),
      h('div', { class: 'rv-evidence', dataset: { testid: 'review-evidence' } },
        h('span', { class: 'muted small' }, `${T.evidence}：`),
        reply?.evidence?.length
          ? reply.evidence.map((url) => h('a', { href: url, target: '_blank', rel: 'noopener' }, decodeURIComponent(url.split('/').pop())))
          : h('span', { class: 'muted small' }, T.noEvidence)));
  }

  rulesView(report) {
    return h('div', { class: 'rv-rules' },
      h('h3', null, T.rules, h('span', { class: 'muted small' }, T.summary(report))),
      report.results.length === 0 ? h('p', { class: 'muted' }, T.noRules) : h('ul', { class: 'rv-results', dataset: { testid: 'rule-results' } },
        report.results.map((r) => h('li', {
          class: `rv-result ${r.passed ? 'pass' : r.blocking ? 'fail blocking' : 'fail'}`,
          dataset: { testid: 'rule-result', ruleId: r.ruleId, passed: String(r.passed), blocking: String(r.blocking) },
        },
        h('span', { class: 'rv-mark' }, r.passed ? '✓' : '✗'),
        h('span', { class: 'rv-name' }, r.name),
        r.passed ? null : h('span', { class: 'tag' }, r.blocking ? T.blocking : T.advisory),
        r.passed ? null : h('div', { class: 'rv-message' }, r.message)))));
  }

  decision(order, stage, report, problem) {
    const reasons = h('textarea', { rows: 4, dataset: { testid: 'review-reasons' } });
    reasons.value = reasonsFrom(report?.results ?? []).join('\n');
    const send = async (approved) => {
      const list = reasons.value.split('\n').map((s) => s.trim()).filter(Boolean);
      if (!approved && list.length === 0) { showProblem(problem, new Error(T.reasonsRequired)); return; }
      try {
        await post(`/api/orders/${encodeURIComponent(order.id)}/review`, { level: stage, approved, reasons: approved ? [] : list });
        showProblem(problem, null);
        fill(this.detail, h('div', { class: 'rv-done', dataset: { testid: 'review-done' } }, `${order.id} ${approved ? T.approved : T.rejected}`));
        this.load();
      } catch (error) {
        showProblem(problem, error);
      }
    };
    return h('div', { class: 'rv-decision' },
      h('div', { class: 'field' }, h('label', null, T.reasons), reasons),
      h('div', { class: 'btn-group' },
        // A reply failing a blocking rule (必改) cannot pass: the server refuses it too (409).
        h('button', {
          type: 'button', class: 'btn btn-primary', dataset: { testid: 'review-approve' }, onclick: () => send(true),
          disabled: (report?.blockingFailed ?? 0) > 0, title: (report?.blockingFailed ?? 0) > 0 ? T.blockedApprove : '',
        }, T.approve),
        h('button', { type: 'button', class: 'btn btn-danger', dataset: { testid: 'review-reject' }, onclick: () => send(false) }, T.reject)));
  }
}
