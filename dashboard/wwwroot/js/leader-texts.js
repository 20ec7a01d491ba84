// The Chinese words of the leader's page and the printable monthly report.

export const Rates = [
  { key: 'responseRate', name: '响应率', hint: '签收 / 派单', three: true },
  { key: 'resolutionRate', name: '解决率', hint: '实际解决 / 回访接通', three: true },
  { key: 'satisfactionRate', name: '满意率', hint: '（满意 + 基本满意）/ 回访接通', three: true },
  { key: 'onTimeAcceptance', name: '按时签收率', hint: '按时签收 / 签收' },
  { key: 'onTimeCompletion', name: '按时办结率', hint: '按时答复 / 答复' },
  { key: 'returnRate', name: '退单率', hint: '退单 / 派单', lowerIsBetter: true },
  { key: 'redoRate', name: '重办率', hint: '重办 / 回访接通', lowerIsBetter: true },
];

export const Counts = [
  { key: 'received', name: '受理' },
  { key: 'directlyAnswered', name: '直接答复' },
  { key: 'dispatched', name: '派单' },
  { key: 'accepted', name: '签收' },
  { key: 'replied', name: '答复' },
  { key: 'callbacksReached', name: '回访接通' },
  { key: 'unreachable', name: '未接通' },
  { key: 'closed', name: '办结' },
  { key: 'breaches', name: '超期' },
];

export const Levels = { 'department-head': '单位负责人', centre: '热线中心', leadership: '市领导', unknown: '其他' };

export const Card = { red: '红牌', yellow: '黄牌' };

/** 典型问题 codes (TypicalCaseCodes.cs). */
export const TypicalCase = { 'push-back': '推诿', 'slow-response': '慢作为', overdue: '超期', perfunctory: '敷衍' };

/** The escalation ladder (提级督办) as the leader page and the dispatcher console draw it. */
export const Ladder = {
  all: '全部层级',
  filter: '督办层级',
  ack: '已阅',
  acking: '提交中…',
  waiting: '待阅',
  notReached: '未提级',
  read: (who, at) => `已阅 ${who} ${at}`,
  notified: (at) => `${at} 提级`,
  overdue: (clocks) => `${clocks} 超期`,
  lead: (name) => `主办 ${name}`,
  received: (at) => `受理 ${at}`,
  more: (shown, total) => `显示 ${shown} / ${total} 件`,
  failed: '督办列表读取失败',
  urge: '催办',
  urgeSend: '发送催办',
  urgeCancel: '取消',
  urgePlaceholder: '催办内容',
  urgeDefault: '请尽快签收并办理，按时答复。',
  urged: '已催办',
  urgeCount: (n) => `已催办 ${n} 次`,
};

export const Leader = {
  none: '暂无',
  loading: '加载中…',
  noCards: '本月暂无红黄牌',
  minimum: (n) => `派单满 ${n} 件的单位参与评牌`,
  noEscalations: '暂无',
  noHotSpots: '本月暂无诉求',
  noTypical: '暂无典型案例',
  breaches: (n) => `超期 ${n}`,
  escalationCount: (n) => `共 ${n} 件`,
};

export const Report = {
  title: '12345热线 月度考核报告',
  month: (m) => `考核月份：${m.replace('-', ' 年 ')} 月`,
  department: (name) => `考核单位：${name}`,
  generatedAt: (t) => `生成时间：${t}`,
  cityTotal: '全市合计',
};

/** A rate as a percentage with one decimal, or "—" when there is nothing to divide by. */
export const percent = (rate) => (rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`);

/** This month in Asia/Shanghai, "YYYY-MM". */
export function thisMonth(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).formatToParts(now);
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}-${get('month')}`;
}

/** The month in the page's query, when it is "YYYY-MM". */
export function monthFromQuery() {
  const month = new URLSearchParams(location.search).get('month');
  return month && /^\d{4}-\d{2}$/.test(month) ? month : null;
}
