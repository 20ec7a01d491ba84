// 审核回访台: the reviewer's console. Three tabs: replies awaiting review with the rules' verdicts, orders awaiting a
// callback, and the review rules themselves.
import { currentUser, logout, roleText } from './api.js';
import { $, $$ } from './dom.js';
import { ReviewQueue } from './review-queue.js';
import { CallbackQueue } from './review-callbacks.js';
import { RuleBook } from './review-rules.js';

// Data loads after the page has loaded (a module's top-level await would hold the load event back).
async function main() {
  const me = await currentUser();
  $('#user-name').textContent = `${me.displayName ?? me.userName}（${roleText(me.role)}）`;
  $('#logout').addEventListener('click', logout);

  const panels = {
    reviews: new ReviewQueue(),
    callbacks: new CallbackQueue(),
    rules: new RuleBook(),
  };
  const loaded = new Set();

  function show(tab) {
    for (const button of $$('#tabs .rv-tab')) button.setAttribute('aria-selected', String(button.dataset.tab === tab));
    for (const panel of $$('.rv-panel')) panel.hidden = panel.dataset.panel !== tab;
    if (!loaded.has(tab)) { loaded.add(tab); panels[tab].load(); }
    history.replaceState(null, '', `#${tab}`);
  }
  for (const button of $$('#tabs .rv-tab')) button.addEventListener('click', () => show(button.dataset.tab));

  const first = location.hash.slice(1);
  show(first in panels ? first : 'reviews');
  // The counts on the tabs are worth having before a tab is opened.
  if (!loaded.has('callbacks')) panels.callbacks.count();
}

main();
