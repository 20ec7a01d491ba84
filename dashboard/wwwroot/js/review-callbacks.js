// 待回访: the callback queue (GET /api/callbacks), one card per order with the four outcomes, 实际解决 and a note.
// While the queue endpoint is not there, the orders in 待回访 stand in for it.
import { ApiError, get, post, showProblem } from './api.js';
import { h, $, fill } from './dom.js';
import { formatInstant } from './clock.js';
import { Satisfaction, T } from './review-texts.js';

async function queue(dueOnly) {
  try {
    return { items: (await get(`/api/callbacks?due=${dueOnly}`)).items ?? [], fallback: false };
  } catch (error) {
    if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 405)) throw error;
    const page = await get('/api/orders?status=pending-callback&pageSize=200');
    return { items: (page.items ?? []).map((o) => ({ ...o, callableNow: true })), fallback: true };
  }
}

export class CallbackQueue {
  constructor() {
    this.list = $('#callback-list');
    $('#reload-callbacks').addEventListener('click', () => this.load());
    $('#due-only').addEventListener('change', () => this.load());
  }

  async count() {
    try {
      const { items } = await queue(true);
      $('#count-callbacks').textContent = items.length ? String(items.length) : '';
    } catch { /* the tab shows the problem when opened */ }
  }

  async load() {
    const problem = $('#callbacks-problem');
    try {
      const { items, fallback } = await queue($('#due-only').checked);
      showProblem(problem, fallback ? new Error(T.callbacksFallback) : null);
      $('#count-callbacks').textContent = items.length ? String(items.length) : '';
      $('#callbacks-empty').hidden = items.length > 0;
      fill(this.list, items.map((item) => this.card(item)));
    } catch (error) {
      showProblem(problem, error);
    }
  }

  card(item) {
    const resolved = h('input', { type: 'checkbox', dataset: { testid: 'callback-resolved' } });
    const note = h('input', { type: 'text', maxlength: 500, placeholder: T.note, dataset: { testid: 'callback-note' } });
    const problem = h('div', { class: 'problem', hidden: true });
    const card = h('li', { class: 'rv-callback', dataset: { testid: 'callback-item', orderId: item.id, callable: String(!!item.callableNow) } });
    const record = async (satisfaction) => {
      try {
        await post(`/api/orders/${encodeURIComponent(item.id)}/callback`, { satisfaction, resolved: resolved.checked, note: note.value.trim() || null });
        fill(card, h('div', { class: 'rv-done' }, `${item.id} ${T.recorded}`));
        this.count();
      } catch (error) {
        showProblem(problem, error);
      }
    };
    return fill(card,
      h('div', { class: 'rv-callback-head' },
        h('span', { class: 'mono small' }, item.id),
        h('strong', null, item.title),
        h('span', { class: 'muted small' }, [item.category, item.lead].filter(Boolean).join(' · ')),
        h('span', { class: `tag ${item.callableNow ? 'rv-callable' : ''}` }, item.callableNow ? T.callableNow : T.notCallable),
        item.attempts ? h('span', { class: 'muted small' }, T.attempts(item.attempts)) : null,
        item.nextCallbackAt ? h('span', { class: 'muted small' }, T.nextCall + formatInstant(item.nextCallbackAt)) : null),
      h('div', { class: 'rv-callback-actions' },
        h('div', { class: 'btn-group' }, Satisfaction.map(([code, text]) => h('button', {
          type: 'button', class: code === 'dissatisfied' ? 'btn btn-sm btn-danger' : 'btn btn-sm', dataset: { testid: `callback-${code}` },
          onclick: () => record(code),
        }, text))),
        h('label', { class: 'small' }, resolved, ` ${T.resolved}`),
        note),
      problem);
  }
}
