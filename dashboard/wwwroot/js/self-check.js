// 自检 in the department's reply form: the reply so far is checked against the review rules
// (POST /api/orders/{id}/review-check, stage "self-check") and each rule is listed as ✓ or ✗.
import { post, showProblem } from './api.js';
import { h, fill } from './dom.js';
import { SelfCheck } from './consultation-texts.js';

/** A 自检 button and its result list; read() gives { content, evidence } of the form as it stands. */
export function selfCheckControl(orderId, read) {
  const results = h('ul', { class: 'self-check-results', dataset: { testid: 'self-check-results' }, hidden: true });
  const problem = h('div', { class: 'problem', hidden: true });
  const button = h('button', { type: 'button', class: 'btn btn-sm', dataset: { testid: 'self-check' }, onclick: async () => {
    button.disabled = true;
    fill(button, SelfCheck.running);
    showProblem(problem, null);
    try {
      const { content, evidence } = read();
      const answer = await post(`/api/orders/${encodeURIComponent(orderId())}/review-check`, { stage: 'self-check', content, evidence });
      const rows = answer?.results ?? [];
      fill(results,
        h('li', { class: 'self-check-summary' }, rows.length ? SelfCheck.summary(answer.passed ?? 0, answer.failed ?? 0) : SelfCheck.none),
        rows.map((r) => h('li', { class: r.passed ? 'passed' : 'failed', dataset: { testid: 'self-check-rule', passed: String(!!r.passed) } },
          h('span', { class: 'mark' }, r.passed ? '✓' : '✗'), ' ', h('b', null, r.name ?? r.ruleId),
          r.message ? h('span', { class: 'muted small' }, ` ${r.message}`) : null,
          !r.passed && r.blocking ? h('span', { class: 'small danger-text' }, SelfCheck.blocking) : null)));
      results.hidden = false;
    } catch (error) {
      showProblem(problem, error);
    } finally {
      button.disabled = false;
      fill(button, SelfCheck.button);
    }
  } }, SelfCheck.button);
  return h('div', { class: 'self-check' }, button, results, problem);
}
