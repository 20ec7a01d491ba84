// Words of the reviewer console (审核回访台).
export const Stage = { department: '部门审核', centre: '中心审核', 'self-check': '自检' };

export const StageOfStatus = { replied: 'department', 'under-review': 'centre' };

export const Satisfaction = [
  ['satisfied', '满意'],
  ['basically-satisfied', '基本满意'],
  ['dissatisfied', '不满意'],
  ['unreachable', '无法接通'],
];

export const Kinds = [
  ['mentions-any', '须提及（任一词语）'],
  ['cites-regulation', '引用政策法规'],
  ['includes-contact', '留有联系方式'],
  ['not-template', '非模板化答复'],
  ['evidence-attached', '附佐证材料（份数）'],
  ['min-length', '答复字数（最少）'],
  ['final-signed', '最终答复签发'],
];

export const T = {
  noReply: '该工单尚无答复',
  final: '最终答复',
  evidence: '佐证材料',
  noEvidence: '无佐证材料',
  rules: '规则检查',
  noRules: '本环节没有适用的审核规则',
  summary: (r) => `通过 ${r.passed} 项，未通过 ${r.failed} 项（其中必改 ${r.blockingFailed} 项）`,
  blocking: '必改',
  advisory: '建议',
  reasons: '退回理由（每行一条）',
  approve: '通过',
  blockedApprove: '有必改规则未通过，只能退回',
  reject: '退回',
  approved: '已通过',
  rejected: '已退回',
  reasonsRequired: '退回须填写理由',
  perfunctory: '敷衍答复：',
  resolved: '实际解决',
  note: '回访记录',
  attempts: (n) => `已回访 ${n} 次`,
  nextCall: '下次可回访：',
  callableNow: '可回访',
  notCallable: '非回访时段',
  recorded: '回访已记录',
  callbacksFallback: '回访队列暂不可用，显示待回访工单',
  page: (p, pages) => `第 ${p} / ${pages} 页`,
  total: (n) => `共 ${n} 条`,
  retire: '停用',
  retireConfirm: (name) => `确定停用规则“${name}”？停用后不再用于审核。`,
  all: '全部答复',
  match: { topics: '主题', categoryCodes: '分类', departments: '单位', keywords: '关键词' },
  saved: (id) => `规则 ${id} 已保存，下一次审核即生效`,
};
