// The knowledge page: search, the lists by status, the high-frequency list, an entry's detail and workflow,
// and the routing model's figures.
import { currentUser, get, homeFor, logout, roleText, showProblem } from './api.js';
import { h, $, fill } from './dom.js';
import { formatInstant } from './clock.js';
import { KnowledgePanel, knowledgeItem } from './knowledge-panel.js';
import { KnowledgeDetail } from './knowledge-detail.js';
import { showRoutingModel } from './routing-card.js';
import { KnowledgePage as T } from './intake-texts.js';
import { loadCategories } from './category-picker.js';
import { InquiryReview } from './inquiry-review.js';

// Data loads after the page has loaded (a module's top-level await would hold the load event back).
async function main() {
  const me = await currentUser();
  $('#user-name').textContent = `${me.displayName ?? me.userName}（${roleText(me.role)}）`;
  $('#logout').addEventListener('click', logout);
  $('#home-link').href = homeFor(me.role);

  const writers = new Set(['seat', 'dispatcher', 'department', 'reviewer', 'admin']);
  const canWrite = writers.has(me.role);
  let status = 'published';

  let categories = new Map();
  try { categories = await loadCategories(); } catch { /* category codes stand in for paths */ }

  const detail = new KnowledgeDetail($('#detail'), { me, categories, onChanged: (entry) => { loadList(); if (entry) detail.show(entry.id); } });

  // ---- lists by status ----------------------------------------------------------------------------
  fill($('#tabs'), Object.entries(T.tabs).map(([code, text]) => h('button', {
    type: 'button', role: 'tab', class: 'tab', dataset: { testid: `tab-${code}`, status: code },
    onclick: () => { status = code; loadList(); },
  }, text)));

  async function loadList() {
    for (const tab of document.querySelectorAll('#tabs .tab')) tab.setAttribute('aria-selected', String(tab.dataset.status === status));
    const problem = $('#list-problem');
    if (!canWrite) { showProblem(problem, new Error('当前账号无权查看知识条目列表')); return; }
    try {
      const rows = await get(`/api/knowledge?status=${status}&take=100`);
      showProblem(problem, null);
      fill($('#entry-rows'), rows.map((r) => h('tr', {
        class: 'clickable', dataset: { testid: 'knowledge-row', knowledgeId: r.id, status: r.status }, onclick: () => detail.show(r.id),
      },
      h('td', { class: 'mono small' }, r.id),
      h('td', null, r.urgent ? h('span', { class: 'tag tag-urgent' }, T.urgent) : null, ' ', r.question),
      h('td', { class: 'num' }, `v${r.version}`),
      h('td', null, r.author ?? ''),
      h('td', { class: 'num small' }, formatInstant(r.updatedAt)),
      h('td', { class: 'num' }, String(r.hits ?? 0)))));
      $('#entries-empty').hidden = rows.length > 0;
    } catch (error) {
      showProblem(problem, error);
    }
  }

  // ---- search and the high-frequency list -----------------------------------------------------------
  const search = new KnowledgePanel({ list: $('#search-results'), status: $('#search-status'), frequent: $('#frequent'), onAdopt: () => {} });
  search.render = function render() {
    $('#search-body').hidden = false;
    fill(this.list, this.hits.length ? this.hits.map((hit) => {
      const item = knowledgeItem(hit, null, null);
      item.addEventListener('click', () => detail.show(hit.id));
      item.classList.add('clickable');
      return item;
    }) : h('li', { class: 'muted kn-empty' }, T.searchNone));
  };
  $('#search').addEventListener('input', (e) => {
    if (!e.target.value.trim()) $('#search-body').hidden = true;
    search.typed(e.target.value);
  });
  search.loadFrequent().then(() => {
    for (const a of document.querySelectorAll('#frequent a')) {
      a.addEventListener('click', () => detail.show(a.closest('li').dataset.knowledgeId));
    }
  });

  // ---- new entry, routing model ---------------------------------------------------------------------
  const newButton = $('#new-entry');
  newButton.hidden = !canWrite;
  newButton.addEventListener('click', () => detail.edit(null));

  showRoutingModel($('#model'), $('#model-version'), $('#retrain'), me.role === 'admin');

  // ---- 接诉即办 answers awaiting the centre's review (reviewer, admin) -----------------------------------
  if (me.role === 'reviewer' || me.role === 'admin') {
    $('#inquiry-card').hidden = false;
    const reference = await get('/api/reference');
    const names = new Map(reference.departments.map((d) => [d.code, d.name]));
    // Not awaited: the page is usable while the review list loads.
    new InquiryReview($('#inquiry-review'), names, (draft) => detail.edit(null, draft)).load();
  }

  await loadList();
  document.body.dataset.ready = 'true';
}

main();
