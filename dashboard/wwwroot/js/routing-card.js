// The routing model card: version, when and on how many orders it was trained, top-1 / top-3 of the
// responsibility list alone against list + model, category accuracy, real-use figures; retraining for admins.
import { get, post } from './api.js';
import { h, fill } from './dom.js';
import { formatInstant } from './clock.js';
import { KnowledgePage as T } from './intake-texts.js';

const pct = (x) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);

function accuracyRow(label, figures, withTop3 = true) {
  return h('tr', null, h('td', null, label),
    h('td', { class: 'num' }, figures ? pct(figures.top1) : '—'),
    h('td', { class: 'num' }, figures && withTop3 ? pct(figures.top3) : '—'),
    h('td', { class: 'num muted' }, figures ? T.samples(figures.count) : '—'));
}

export async function showRoutingModel(box, versionNode, retrain, isAdmin) {
  retrain.hidden = !isAdmin;
  const load = async () => {
    try {
      const [model, usage] = await Promise.all([get('/api/routing/model'), get('/api/routing/usage').catch(() => null)]);
      versionNode.textContent = model.version ? `v${model.version}` : '';
      retrain.disabled = !!model.training;
      retrain.textContent = model.training ? T.training : T.retrain;
      fill(box,
        model.version ? h('div', { class: 'muted small' },
          `训练于 ${formatInstant(model.trainedAt, { withYear: true })} · 样本 ${model.trainedOn ?? 0} 件 · 用时 ${(model.trainSeconds ?? 0).toFixed(1)} 秒`,
          model.nextTrainingAt ? ` · 下次训练 ${formatInstant(model.nextTrainingAt)}` : '')
          : h('div', { class: 'muted' }, T.modelNone),
        model.lastError ? h('div', { class: 'problem' }, model.lastError) : null,
        h('table', { class: 'grid compact model-table' },
          h('thead', null, h('tr', null, h('th', null, '承办单位推荐'), h('th', null, '首选命中'), h('th', null, '前三命中'), h('th', null, '评估样本'))),
          h('tbody', null,
            accuracyRow(T.rulesOnly, model.rulesOnly),
            accuracyRow(T.modelOnly, model.modelOnly),
            accuracyRow(T.combined, model.combined),
            accuracyRow(T.categoryAccuracy, model.category))),
        usage ? h('div', { class: 'muted small', style: { marginTop: '8px' } }, T.usage(usage.dispatched ?? 0, usage.top1 ?? 0, usage.top3 ?? 0)) : null);
      if (model.training) setTimeout(load, 3000);
    } catch (error) {
      fill(box, h('div', { class: 'muted' }, error.message));
    }
  };
  retrain.addEventListener('click', async () => {
    retrain.disabled = true;
    try { await post('/api/routing/train', {}); } catch (error) { fill(box, h('div', { class: 'problem' }, error.message)); }
    setTimeout(load, 1000);
  });
  await load();
}
