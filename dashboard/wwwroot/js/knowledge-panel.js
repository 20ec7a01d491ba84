// The seat's knowledge panel: answers searched as the seat types (debounced), and the high-frequency list.
// questionHtml/answerHtml come from the server already escaped, matches in <em>: the only markup parsed here.
import { get } from './api.js';
import { h, fill } from './dom.js';
import { Intake } from './intake-texts.js';

const DebounceMs = 250;
const QueryMax = 200;

/** A hit as a list item; `onAdopt(hit)` when the seat takes its answer. */
export function knowledgeItem(hit, onAdopt, adoptedId) {
  const question = h('div', { class: 'kn-question' });
  question.innerHTML = hit.questionHtml ?? '';
  if (!hit.questionHtml) question.textContent = hit.question ?? '';
  const answer = h('div', { class: 'kn-answer' });
  answer.innerHTML = hit.answerHtml ?? '';
  if (!hit.answerHtml) answer.textContent = hit.answer ?? '';
  const adopted = adoptedId === hit.id;
  return h('li', { class: 'kn-item' + (adopted ? ' adopted' : ''), dataset: { testid: 'knowledge-hit', knowledgeId: hit.id } },
    question, answer,
    h('div', { class: 'kn-meta' },
      hit.categoryText ? h('span', { class: 'tag', title: hit.categoryText }, hit.categoryText.split(' / ').slice(-1)[0]) : null,
      h('span', { class: 'muted small' }, Intake.hits(hit.hits ?? 0)),
      hit.version ? h('span', { class: 'muted small' }, Intake.version(hit.version)) : null,
      h('span', { class: 'spacer' }),
      onAdopt ? h('button', {
        type: 'button', class: 'btn btn-sm' + (adopted ? '' : ' btn-primary'), dataset: { testid: 'adopt-answer' },
        onclick: () => onAdopt(hit),
      }, adopted ? Intake.adopted : Intake.adopt) : null));
}

export class KnowledgePanel {
  /** list: the <ul> of hits; status: a line for counts; onAdopt(hit). */
  constructor({ list, status, frequent, onAdopt }) {
    Object.assign(this, { list, status, frequentList: frequent, onAdopt });
    this.timer = 0;
    this.sequence = 0;
    this.query = '';
    this.hits = [];
    this.adoptedId = null;
    fill(list, h('li', { class: 'muted kn-empty' }, Intake.knowledgeHint));
  }

  /** Called on every keystroke; searches once the seat pauses. */
  typed(text) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search(text), DebounceMs);
  }

  async search(text) {
    const query = text.replace(/\s+/g, ' ').trim().slice(0, QueryMax);
    if (query === this.query) return;
    this.query = query;
    const sequence = ++this.sequence;
    if (!query) { this.hits = []; fill(this.list, h('li', { class: 'muted kn-empty' }, Intake.knowledgeHint)); this.status.textContent = ''; return; }
    this.status.textContent = Intake.knowledgeSearching;
    try {
      const result = await get(`/api/knowledge/search?top=5&q=${encodeURIComponent(query)}`);
      if (sequence !== this.sequence) return; // a later keystroke's answer wins
      this.hits = result.hits ?? [];
      this.status.textContent = result.ready === false ? Intake.knowledgeNotReady : Intake.knowledgeCount(this.hits.length, Math.round(result.tookMs ?? 0));
      this.render();
    } catch (error) {
      if (sequence !== this.sequence) return;
      this.status.textContent = error.message;
    }
  }

  render() {
    const adopt = (hit) => { this.adoptedId = hit.id; this.onAdopt(hit); this.render(); };
    fill(this.list, this.hits.length ? this.hits.map((hit) => knowledgeItem(hit, adopt, this.adoptedId))
      : h('li', { class: 'muted kn-empty' }, Intake.knowledgeNone));
  }

  /** Forgets the adopted entry (form cleared, or answer typed over). */
  reset() {
    this.adoptedId = null;
    this.query = '';
    this.hits = [];
    fill(this.list, h('li', { class: 'muted kn-empty' }, Intake.knowledgeHint));
    this.status.textContent = '';
  }

  async loadFrequent() {
    if (!this.frequentList) return;
    try {
      const result = await get('/api/knowledge/frequent?top=10');
      const hits = result.hits ?? [];
      fill(this.frequentList, hits.length
        ? hits.map((hit, i) => h('li', { dataset: { testid: 'frequent-item', knowledgeId: hit.id } },
          h('span', { class: 'rank num' }, String(i + 1)),
          h('a', { href: '#', onclick: (e) => { e.preventDefault(); this.hits = [hit]; this.query = ''; this.render(); } }, hit.question),
          h('span', { class: 'muted small num' }, String(hit.hits ?? 0))))
        : h('li', { class: 'muted' }, Intake.frequentNone));
    } catch (error) {
      fill(this.frequentList, h('li', { class: 'muted' }, error.message));
    }
  }
}
