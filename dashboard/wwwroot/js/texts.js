// Every Chinese text the pages show that does not come from the server, in one place.

export const AppName = '吕梁市12345政务服务便民热线';

export const BoardTitle = {
  default: '吕梁市12345政务服务便民热线 · 实时调度大屏',
  HEATING: '吕梁市12345热线 · 冬季供热专班 实时调度大屏',
};
export const taskForceTitle = (name) => `吕梁市12345热线 · ${name} 实时调度大屏`;
export const boardTitle = (taskForce) =>
  (taskForce && BoardTitle[taskForce]) || (taskForce ? taskForceTitle(`${taskForce}专班`) : BoardTitle.default);

export const Board = {
  sameDayDetail: (met, late) => `按时 ${met} · 超时 ${late}`,
  urgencyMark: { urgent: '急', 'life-safety': '危' },
  notDispatched: '待派单',
  running: (n) => `计时中 ${n} 件`,
  seatMeta: (calls, orders) => `接听 ${calls} · 建单 ${orders}`,
  open: '在办',
  overdue: '超期',
  withOverdue: '有超期',
};

export const Department = {
  actions: { accept: '签收', reply: '答复', return: '退单', extension: '申请延期' },
  detail: '详情',
  none: '未指定单位',
  pageTitle: (name) => `${name} · 承办单位工作台`,
  toastHint: '点击查看',
  newOrder: '新工单派达',
  newOrderBody: (id, title, district) => `${id} ${title}（${district ?? ''}）`,
  noDepartment: '当前账号未关联承办单位，请在地址中指定 ?code=单位编码',
};

export const Dispatch = {
  title: (screen, taskForceName) => (screen === 'board' ? '全市派单调度台'
    : screen === 'taskforce:HEATING' ? '供热专班调度台' : `${taskForceName ?? '专班'}调度台`),
  subtitle: (screen, taskForceName) => (screen === 'board' ? AppName : taskForceName ?? ''),
  pageTitle: (title) => `${title} · ${AppName}`,
  boardLink: '实时大屏',
  consoleLink: '调度台',
  leadPlaceholder: '请选择主办单位',
  coNone: '协办：无',
  coSome: (n) => `协办：${n} 家`,
  coHint: '可多选，主办单位除外',
  kinds: { heating: '供热单位', utility: '公用事业单位', city: '市直部门', other: '其他单位' },
  dispatch: '派单',
  redispatch: '改派',
  sending: '提交中…',
  pickLead: '请先选择主办单位',
  returnedBy: (department, at) => `${department} 于 ${at} 退单`,
  returnedMark: '（退单单位）',
  grounds: '退单理由',
  groundsLoading: '正在读取退单理由…',
  groundsFailed: '未能读取退单理由',
  waited: (span) => `已等待 ${span}`,
  coHandler: '协办',
  readOnly: '当前账号仅可查看，派单需专班调度或管理员账号',
  noReference: '未能读取单位目录，暂不能派单',
  onlyImportant: '只看退单与超期',
};

export const Role = {
  seat: '坐席',
  dispatcher: '专班调度',
  department: '承办单位',
  reviewer: '审核员',
  leader: '领导',
  admin: '管理员',
};

export const OrderStatus = {
  received: '受理',
  'directly-answered': '直接答复',
  'pending-dispatch': '待派单',
  dispatched: '已派单',
  accepted: '已签收',
  replied: '已答复',
  'under-review': '审核中',
  'pending-callback': '待回访',
  closed: '办结',
  returned: '退单',
  merged: '并单',
  transferred: '转办',
  reopened: '重办',
};

export const ClockName = {
  accept: '签收',
  'return-window': '退单期',
  'emergency-answer': '应急答复',
  completion: '办结',
  'same-day': '当日办结',
  callback: '回访',
  consultation: '会商意见',
};

export const ClockState = {
  running: '计时中',
  warning: '预警',
  overdue: '已超期',
  met: '按时完成',
  late: '超期完成',
  cancelled: '已取消',
};

export const Urgency = { normal: '一般', urgent: '紧急', 'life-safety': '危及生命财产' };
export const CallerType = { citizen: '市民', enterprise: '企业' };

export const SeatStatus = {
  available: '空闲',
  'on-call': '通话中',
  'wrap-up': '话后处理',
  offline: '离线',
};

export const AlertKind = {
  dispatch: '派单',
  return: '退单',
  warning: '预警',
  breach: '超期',
  escalation: '督办',
  accept: '签收',
  reply: '答复',
  received: '受理',
};

export const AuditAction = {
  received: '受理',
  queued: '待派单',
  answered: '直接答复',
  dispatched: '派单',
  accepted: '签收',
  returned: '退单',
  'extension-requested': '申请延期',
  'extension-approved': '同意延期',
  'extension-denied': '不同意延期',
  replied: '答复',
  'review-passed': '审核通过',
  'review-failed': '审核未通过',
  callback: '回访',
  reopened: '重办',
  closed: '办结',
  merged: '并单',
  transferred: '转办',
  'clock-warning': '时限预警',
  'clock-breach': '时限超期',
  'clock-escalation': '提级督办',
  'consultation-opened': '发起会商',
  'consultation-replied': '会商意见',
  'consultation-concluded': '会商结论',
};

export const Connection = {
  connected: '已连接',
  reconnecting: '重连中…',
  connecting: '连接中…',
  disconnected: '已断开，稍后重连',
};

export const Errors = {
  network: '无法连接服务器，请检查网络后重试',
  server: (status) => `服务器出错（${status}），请稍后重试`,
  notFound: '请求的内容不存在',
  forbidden: '没有权限执行此操作',
  conflict: '工单状态已变化，请刷新后重试',
  invalid: '输入有误，请检查标注的字段',
  generic: (status) => `操作失败（${status}）`,
  watch: '无法订阅实时数据',
  upload: (name) => `文件“${name}”上传失败`,
};

export const Overdue = '已超期';
export const days = (n) => `${n}天`;
export const headerDate = (p) => `${p.year}年${p.month}月${p.day}日 ${p.weekday}`;
export const Dash = '—';
