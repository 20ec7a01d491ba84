// The Chinese text of 会商 (consultation), 催办 (urging), 督办 (supervision) and 自检 (self-check) on the consoles.

export const Consultation = {
  open: '会商',
  openTitle: '发起会商',
  topic: '会商议题',
  topicPlaceholder: '如：楼道灯维修涉及物业与住建部门，责任如何划分',
  lead: '牵头单位',
  coHandlers: '会商协办单位',
  hours: '意见时限（小时）',
  hoursHint: '留空按默认时限（1个工作日）',
  pickCo: '请至少选择一个会商协办单位',
  pickLead: '请选择牵头单位',
  submitOpen: '发起会商',
  cancel: '取消',
  opened: '会商已发起，等待各单位意见',
  boardTitle: '会商中工单',
  boardHint: '各参与单位的意见与时限；意见齐备后形成结论',
  empty: '暂无进行中的会商',
  role: { lead: '牵头', co: '协办' },
  replied: '已提交意见',
  repliedLate: '超时提交',
  waiting: '待提交意见',
  noDeadline: '无时限',
  outcome: '会商结论',
  outcomePlaceholder: '如：由离石区集中供热公司牵头办理，市住建局、城管局协办',
  dispatchAfter: '结论后派单（牵头单位主办，其余协办）',
  dispatchNotAllowed: '工单已在办理中，结论仅作记录',
  conclude: '形成结论',
  concluded: '会商已形成结论',
  missing: (names) => `未提交意见：${names}`,
  openedBy: (at) => `发起于 ${at}`,
  // Department console
  cardTitle: (topic) => `会商：${topic}`,
  yourDeadline: '本单位意见时限',
  yourOpinion: '本单位会商意见',
  opinionPlaceholder: '请写明本单位职责范围内的意见和可承担的工作',
  submitOpinion: '提交会商意见',
  opinionSent: '会商意见已提交',
  leadIs: (name) => `牵头单位：${name}`,
};

export const Urge = {
  button: '催办',
  prompt: '催办内容',
  defaultMessage: '请尽快签收并办理，按时答复。',
  sent: '已催办',
  notice: '催办通知',
  ack: '已阅',
  acked: '已阅知',
  by: (who, at) => `${who} · ${at}`,
};

export const Supervision = {
  notice: '督办通知',
  body: (clock) => `本工单“${clock}”时限已超期，已提级至单位负责人督办，请立即处理。`,
  ack: '已阅',
};

export const Notices = {
  title: '待办提醒',
  hint: '会商意见、催办与督办，已阅或提交后自动消失',
  empty: '暂无待办提醒',
  order: (id, title) => `${id} · ${title ?? ''}`,
  failed: '读取工单失败',
};

export const SelfCheck = {
  button: '自检',
  running: '自检中…',
  summary: (passed, failed) => `自检完成：通过 ${passed} 项，未通过 ${failed} 项`,
  blocking: '（必须整改）',
  none: '没有适用的自检规则',
};
