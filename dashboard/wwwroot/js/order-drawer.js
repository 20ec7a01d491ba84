// The side panel of the department console: the full order (GET /api/orders/{id}) and the forms
// for accept, reply (with evidence uploads), return and extension.
import { get, post, upload, showProblem, showFieldErrors } from './api.js';
import { h, $, fill } from './dom.js';
import { clockLevel, countdownText, formatInstant, isRunning, isoToLocalInput, localInputToIso, ms } from './clock.js';
import { AuditAction, CallerType, ClockName, ClockState, Department, OrderStatus, Urgency, Dash } from './texts.js';
import { Allowed } from './department-view.js';
import { selfCheckControl } from './self-check.js';

const ImagePattern = /\.(png|jpe?g|gif|webp|bmp)$/i;

export class OrderDrawer {
  /** options: department (code), departmentName(code) → name, taskForceName(code) → name, onChanged(order) */
  constructor(host, options) {
    this.host = host;
    this.options = options;
    this.order = null;
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && this.id) this.close(); });
  }

  get isOpen() { return !!this.id; }

  async open(id, mode = null) {
    this.id = id;
    this.mode = mode;
    this.evidence = [];
    // One host for the open form, kept across re-renders so a push never wipes what the user typed.
    this.forms = h('div', { id: 'action-forms' });
    this.resultBox = h('div', { id: 'action-result' });
    this.host.replaceChildren(
      h('div', { class: 'drawer-mask', onclick: () => this.close() }),
      h('aside', { class: 'drawer', dataset: { testid: 'order-detail', orderId: id } },
        h('div', { class: 'drawer-head' },
          h('h2', null, '工单详情 ', h('span', { class: 'mono' }, id)),
          h('span', { id: 'drawer-status' }),
          h('span', { class: 'spacer' }),
          h('button', { type: 'button', class: 'btn btn-sm', dataset: { testid: 'drawer-close' }, onclick: () => this.close() }, '关闭')),
        h('div', { class: 'drawer-body', id: 'drawer-body' }, h('div', { class: 'empty-state' }, '正在加载…'))));
    await this.load();
  }

  close() {
    this.id = null;
    this.host.replaceChildren();
  }

  async load() {
    const id = this.id;
    try {
      const order = await get(`/api/orders/${encodeURIComponent(id)}`);
      if (this.id !== id) return;
      this.order = order;
      this.render();
    } catch (error) {
      if (this.id !== id) return;
      const box = h('div', { class: 'problem' });
      showProblem(box, error);
      $('#drawer-body', this.host).replaceChildren(box);
    }
  }

  /** The order changed elsewhere (a push): re-read it; an open form stays as typed. */
  refreshIfIdle(id) {
    if (this.id === id) this.load();
  }

  deptName(code) { return code ? (this.options.departmentName(code) ?? code) : Dash; }

  render() {
    const o = this.order;
    fill($('#drawer-status', this.host), h('span', { class: 'tag', dataset: { status: o.status } }, o.statusText ?? OrderStatus[o.status] ?? o.status));
    const caller = o.caller ?? {};
    const fact = (label, value, wide) => [h('dt', null, label), h('dd', { class: wide ? 'wide' : null }, value ?? Dash)];
    const body = $('#drawer-body', this.host);
    fill(body,
      this.actionBar(),
      this.forms,
      h('div', { class: 'section-title' }, '基本信息'),
      h('dl', { class: 'facts' },
        fact('受理渠道', o.channel), fact('受理时间', formatInstant(o.receivedAt, { withYear: true })),
        fact('来电人', `${caller.name || '未留姓名'}（${CallerType[caller.type] ?? caller.type ?? '市民'}）`), fact('来电号码', caller.phone),
        fact('所属区县', o.districtName ?? o.districtCode), fact('诉求分类', o.category),
        fact('地址', o.address, true),
        fact('紧急程度', Urgency[o.urgency] ?? o.urgency), fact('所属专班', o.taskForce ? (this.options.taskForceName?.(o.taskForce) ?? o.taskForce) : Dash),
        fact('主办单位', this.deptName(o.lead)), fact('协办单位', (o.coHandlers ?? []).map((c) => this.deptName(c)).join('、') || Dash)),
      h('div', { class: 'section-title' }, '诉求内容'),
      h('div', { class: 'content-box' }, h('b', null, o.title), '\n', o.content),
      o.pendingExtension ? h('div', { class: 'success' },
        `延期申请待审批：延至 ${formatInstant(o.pendingExtension.until, { withYear: true })}，理由：${o.pendingExtension.reason}`) : null,
      h('div', { class: 'section-title' }, '办理时限'),
      this.clockTable(o.clocks ?? []),
      h('div', { class: 'section-title' }, `答复记录（${(o.replies ?? []).length}）`),
      (o.replies ?? []).length ? (o.replies ?? []).map((r) => h('div', { class: 'reply-item' },
        h('div', { class: 'muted' }, `${this.deptName(r.department)} · ${formatInstant(r.at, { withYear: true })}${r.final ? ' · 最终答复' : ''}`),
        h('div', null, r.content),
        evidenceList((r.evidence ?? []).map((url) => ({ url, fileName: url.split('/').pop() })))))
        : h('div', { class: 'muted' }, '暂无答复'),
      h('div', { class: 'section-title' }, '流转记录'),
      h('ol', { class: 'timeline' }, [...(o.events ?? [])].reverse().map((e) => h('li', null,
        h('div', { class: 't-head' },
          h('span', { class: 't-time' }, formatInstant(e.at, { withSeconds: true })),
          h('b', null, AuditAction[e.action] ?? e.action),
          h('span', { class: 'muted' }, [e.department ? this.deptName(e.department) : null, e.actor].filter(Boolean).join(' · ')),
          e.from || e.to ? h('span', { class: 'muted' }, `${OrderStatus[e.from] ?? e.from ?? ''} → ${OrderStatus[e.to] ?? e.to ?? ''}`) : null),
        e.reason ? h('div', { class: 't-reason' }, e.reason) : null))));
    const formStale = this.mode && (!this.forms.querySelector('form') || !Allowed[this.mode](o.status));
    if (formStale) this.showForm(this.mode);
  }

  clockTable(clocks) {
    if (!clocks.length) return h('div', { class: 'muted' }, '暂无时限');
    const now = Date.now();
    return h('table', { class: 'grid compact' },
      h('thead', null, h('tr', null, ['时限', '承办单位', '开始', '到期', '状态'].map((t) => h('th', null, t)))),
      h('tbody', null, clocks.map((c) => h('tr', null,
        h('td', null, c.nameText ?? ClockName[c.name] ?? c.name),
        h('td', null, c.departmentName ?? this.deptName(c.department)),
        h('td', { class: 'num' }, formatInstant(c.startedAt)),
        h('td', { class: 'num' }, formatInstant(c.dueAt)),
        h('td', null, isRunning(c)
          ? h('span', { class: 'chip', dataset: { clockState: clockLevel(c, now) } }, countdownText(c.dueAt, now))
          : (ClockState[c.state] ?? c.state))))));
  }

  actionBar() {
    const status = this.order.status;
    const button = (action, text, cls) => h('button', {
      type: 'button', class: `btn btn-sm ${cls ?? ''}`, dataset: { testid: `detail-${action}` },
      disabled: !Allowed[action](status),
      onclick: () => (action === 'accept' ? this.accept() : this.showForm(action)),
    }, text);
    return h('div', { class: 'action-bar' },
      h('div', { class: 'btn-group' },
        button('accept', Department.actions.accept, 'btn-primary'), button('reply', Department.actions.reply),
        button('return', Department.actions.return, 'btn-danger'), button('extension', Department.actions.extension)),
      this.resultBox);
  }

  result(error, success) {
    const box = this.resultBox;
    box.replaceChildren();
    if (error) {
      const p = h('div', { class: 'problem', dataset: { testid: 'action-error' } });
      showProblem(p, error);
      box.append(p);
    } else if (success) {
      box.append(h('div', { class: 'success', dataset: { testid: 'action-success' } }, success));
    }
  }

  async accept() {
    try {
      const order = await post(`/api/orders/${encodeURIComponent(this.id)}/accept`, { department: this.options.department });
      this.done(order, '已签收，请尽快办理');
    } catch (error) {
      this.result(error);
    }
  }

  done(order, message) {
    this.mode = null;
    this.forms.replaceChildren();
    this.order = order ?? this.order;
    this.options.onChanged?.(this.order);
    this.render();
    this.result(null, message);
  }

  showForm(action) {
    this.mode = action;
    this.resultBox.replaceChildren();
    const host = this.forms;
    if (!Allowed[action](this.order.status)) {
      host.replaceChildren(h('div', { class: 'problem' }, `工单当前为“${this.order.statusText ?? OrderStatus[this.order.status]}”，不能${Department.actions[action]}`));
      return;
    }
    const form = { reply: () => this.replyForm(), return: () => this.returnForm(), extension: () => this.extensionForm() }[action]();
    host.replaceChildren(form);
    form.querySelector('textarea, input')?.focus();
  }

  formShell(testid, title, fields, submitText, send) {
    const problem = h('div', { class: 'problem', hidden: true });
    const submit = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: `${testid}-submit` } }, submitText);
    const form = h('form', { class: 'action-form', dataset: { testid: `${testid}-form` }, novalidate: true },
      h('h3', null, title), fields,
      problem,
      h('div', { class: 'form-actions' }, submit,
        h('button', { type: 'button', class: 'btn', onclick: () => { this.mode = null; this.forms.replaceChildren(); } }, '取消')));
    form.addEventListener('input', (e) => {
      const error = e.target.closest('.field')?.querySelector('.field-error');
      if (error) { error.textContent = ''; e.target.closest('.field').classList.remove('invalid'); }
    });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      submit.disabled = true;
      try {
        await send(form);
      } catch (error) {
        showProblem(problem, error, showFieldErrors(form, error));
      } finally {
        submit.disabled = false;
      }
    });
    return form;
  }

  replyForm() {
    const list = h('div', { class: 'evidence-list', id: 'evidence-list' });
    const uploadProblem = h('div', { class: 'problem', hidden: true });
    const input = h('input', { type: 'file', name: 'file', multiple: true, class: 'visually-hidden', accept: 'image/*,.pdf,.doc,.docx,.xls,.xlsx', dataset: { testid: 'evidence-file' } });
    const pick = h('button', { type: 'button', class: 'btn btn-sm', dataset: { testid: 'evidence-pick' }, onclick: () => input.click() }, '选择文件…');
    const renderEvidence = () => fill(list, this.evidence.map((item, i) => evidenceItem(item, () => {
      this.evidence.splice(i, 1);
      renderEvidence();
    })));
    input.addEventListener('change', async () => {
      const files = [...input.files];
      input.value = '';
      showProblem(uploadProblem, null);
      for (const file of files) { // one by one, as the server expects
        const pending = { fileName: file.name, uploading: true, preview: ImagePattern.test(file.name) ? URL.createObjectURL(file) : null };
        this.evidence.push(pending);
        renderEvidence();
        try {
          Object.assign(pending, await upload('/api/evidence', file), { uploading: false });
        } catch (error) {
          this.evidence.splice(this.evidence.indexOf(pending), 1);
          error.message = `文件“${file.name}”上传失败：${error.message}`;
          showProblem(uploadProblem, error);
        }
        renderEvidence();
      }
    });
    renderEvidence();
    return this.formShell('reply', '答复办理结果', [
      field('办理结果', h('textarea', { name: 'content', rows: 5, placeholder: '请写明办理过程和结果，如：已派维修人员上门排气，室温恢复至18℃以上' }), 'content', true),
      field('佐证材料', h('div', null, input, h('div', { class: 'upload-row' }, pick, h('span', { class: 'muted small' }, '可上传现场照片或文件（可多选，逐个上传）')), list, uploadProblem), 'evidence'),
      // 自检: the review rules run over the reply as written so far, before it is sent.
      selfCheckControl(() => this.id, () => ({
        content: this.forms.querySelector('textarea[name="content"]')?.value.trim() ?? '',
        evidence: this.evidence.map((x) => x.url).filter(Boolean),
      })),
    ], '提交答复', async (form) => {
      if (this.evidence.some((x) => x.uploading)) throw new Error('佐证材料仍在上传，请稍候');
      const order = await post(`/api/orders/${encodeURIComponent(this.id)}/reply`, {
        department: this.options.department, content: form.content.value.trim(),
        evidence: this.evidence.map((x) => x.url).filter(Boolean), final: false,
      });
      this.done(order, '答复已提交，等待审核');
    });
  }

  returnForm() {
    return this.formShell('return', '退单（须在派单后1个工作日内）', [
      field('退单理由', h('textarea', { name: 'grounds', rows: 4, placeholder: '请说明不属于本单位职责的依据' }), 'grounds', true),
    ], '确认退单', async (form) => {
      const order = await post(`/api/orders/${encodeURIComponent(this.id)}/return`, {
        department: this.options.department, grounds: form.grounds.value.trim(),
      });
      this.done(order, '已退单，等待热线中心改派或裁定');
    });
  }

  extensionForm() {
    const mine = (this.order.clocks ?? []).filter((c) => isRunning(c) && (!c.department || c.department === this.options.department));
    const due = Math.min(...mine.map((c) => ms(c.dueAt) ?? Infinity));
    const suggested = Number.isFinite(due) ? due + 24 * 3600e3 : Date.now() + 24 * 3600e3;
    return this.formShell('extension', '申请延期', [
      field('延期至', h('input', { type: 'datetime-local', name: 'until', value: isoToLocalInput(suggested) }), 'until', true),
      field('延期理由', h('textarea', { name: 'reason', rows: 3, placeholder: '如：需更换主管道，施工需两天' }), 'reason', true),
    ], '提交延期申请', async (form) => {
      const until = localInputToIso(form.until.value);
      const order = await post(`/api/orders/${encodeURIComponent(this.id)}/extension`, {
        department: this.options.department, until, reason: form.reason.value.trim(),
      });
      this.done(order, '延期申请已提交，等待中心审批');
    });
  }
}

function field(label, control, errorKey, required) {
  return h('div', { class: 'field' },
    h('label', null, label, required ? h('span', { class: 'req' }, '*') : null),
    control,
    h('div', { class: 'field-error', dataset: { errorFor: errorKey, testid: `error-${errorKey}` } }));
}

function evidenceItem(item, onRemove) {
  const src = item.preview ?? (ImagePattern.test(item.fileName ?? item.url ?? '') ? item.url : null);
  const picture = src ? h('img', { src, alt: item.fileName }) : h('div', { class: 'file-icon' }, '文件');
  return h('div', { class: 'evidence', dataset: { testid: 'evidence-item' } },
    item.url ? h('a', { href: item.url, target: '_blank', rel: 'noopener' }, picture) : picture,
    h('div', null, item.uploading ? `${item.fileName}（上传中）` : item.fileName),
    onRemove && !item.uploading ? h('button', { type: 'button', class: 'btn btn-sm btn-link', onclick: onRemove }, '移除') : null);
}

function evidenceList(items) {
  return items.length ? h('div', { class: 'evidence-list' }, items.map((x) => evidenceItem(x, null))) : null;
}
