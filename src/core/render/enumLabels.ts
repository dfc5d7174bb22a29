import type {
  AnswerStatus,
  BudgetCategory,
  Cadence,
  ComponentKind,
  FeasibilityDimension,
  FeasibilityVerdict,
  Language,
  Organisation,
  Priority,
  ProposalStatus,
  QuestionStatus,
  Recurrence,
  RequirementType,
  ResourceKind,
  ResourceProvider,
  RiskCategory,
  RiskStatus,
  SupportChannelKind,
  TrainingFormat,
  EnvironmentKind,
  NodeKind,
} from '../model';
import type { Localized } from '../messages/localize';

/**
 * Every enum value a document shows as a word. The types come from the enum arrays of model.ts, so a
 * new value there fails to compile until it has its words here. Not shown as words: the language,
 * a connection's direction (drawn as an arrow) and weekdays.
 */
export type LabelledEnumValue =
  | ProposalStatus
  | RequirementType
  | Priority
  | ComponentKind
  | Organisation
  | ResourceKind
  | ResourceProvider
  | BudgetCategory
  | Recurrence
  | RiskCategory
  | RiskStatus
  | Cadence
  | QuestionStatus
  | TrainingFormat
  | SupportChannelKind
  | FeasibilityDimension
  | FeasibilityVerdict
  | AnswerStatus
  | EnvironmentKind
  | NodeKind;

/**
 * Display words for the format's enum values (requirement types, component kinds, budget and risk
 * categories, statuses...). The file keeps the English key; a Chinese proposal shows Chinese words.
 * An unknown value is shown as written. The one table for the preview and every export format, so a
 * value reads the same on screen and on paper. Keyed by the value alone: a value two enums share
 * (`technical`, `open`, `onsite`...) reads the same in both.
 */
const ENUM_WORDS: Record<LabelledEnumValue, Localized> = {
  // MoSCoW priorities
  must: { en: 'Must', 'zh-CN': '必须' },
  should: { en: 'Should', 'zh-CN': '应该' },
  could: { en: 'Could', 'zh-CN': '可以' },
  wont: { en: "Won't", 'zh-CN': '暂不' },
  // proposal statuses
  draft: { en: 'Draft', 'zh-CN': '草稿' },
  review: { en: 'In review', 'zh-CN': '评审中' },
  submitted: { en: 'Submitted', 'zh-CN': '已提交' },
  won: { en: 'Won', 'zh-CN': '已中标' },
  lost: { en: 'Lost', 'zh-CN': '未中标' },
  // requirement types
  functional: { en: 'Functional', 'zh-CN': '功能' },
  performance: { en: 'Performance', 'zh-CN': '性能' },
  technical: { en: 'Technical', 'zh-CN': '技术' },
  security: { en: 'Security', 'zh-CN': '安全' },
  compliance: { en: 'Compliance', 'zh-CN': '合规' },
  integration: { en: 'Integration', 'zh-CN': '集成' },
  operational: { en: 'Operational', 'zh-CN': '运维' },
  usability: { en: 'Usability', 'zh-CN': '易用性' },
  data: { en: 'Data', 'zh-CN': '数据' },
  // component kinds
  actor: { en: 'Actor', 'zh-CN': '参与者' },
  client: { en: 'Client', 'zh-CN': '客户端' },
  gateway: { en: 'Gateway', 'zh-CN': '网关' },
  service: { en: 'Service', 'zh-CN': '服务' },
  database: { en: 'Database', 'zh-CN': '数据库' },
  queue: { en: 'Queue', 'zh-CN': '消息队列' },
  cache: { en: 'Cache', 'zh-CN': '缓存' },
  storage: { en: 'Storage', 'zh-CN': '存储' },
  external: { en: 'External', 'zh-CN': '外部' },
  network: { en: 'Network', 'zh-CN': '网络' },
  monitoring: { en: 'Monitoring', 'zh-CN': '监控' },
  ai: { en: 'AI', 'zh-CN': '人工智能' },
  batch: { en: 'Batch', 'zh-CN': '批处理' },
  device: { en: 'Device', 'zh-CN': '设备' },
  // budget categories and recurrence
  labour: { en: 'Labour', 'zh-CN': '人工' },
  hardware: { en: 'Hardware', 'zh-CN': '硬件' },
  software: { en: 'Software', 'zh-CN': '软件' },
  licence: { en: 'Licence', 'zh-CN': '许可' },
  cloud: { en: 'Cloud', 'zh-CN': '云服务' },
  services: { en: 'Services', 'zh-CN': '服务费' },
  travel: { en: 'Travel', 'zh-CN': '差旅' },
  training: { en: 'Training', 'zh-CN': '培训' },
  other: { en: 'Other', 'zh-CN': '其他' },
  once: { en: 'Once', 'zh-CN': '一次性' },
  yearly: { en: 'Yearly', 'zh-CN': '每年' },
  // risk categories and statuses
  implementation: { en: 'Implementation', 'zh-CN': '实施' },
  resource: { en: 'Resource', 'zh-CN': '资源' },
  schedule: { en: 'Schedule', 'zh-CN': '进度' },
  commercial: { en: 'Commercial', 'zh-CN': '商务' },
  open: { en: 'Open', 'zh-CN': '未关闭' },
  mitigating: { en: 'Mitigating', 'zh-CN': '缓解中' },
  closed: { en: 'Closed', 'zh-CN': '已关闭' },
  occurred: { en: 'Occurred', 'zh-CN': '已发生' },
  answered: { en: 'Answered', 'zh-CN': '已答复' },
  // feasibility dimensions and verdicts
  market: { en: 'Market', 'zh-CN': '市场' },
  economic: { en: 'Economic', 'zh-CN': '经济' },
  resources: { en: 'Resources', 'zh-CN': '资源' },
  legal: { en: 'Legal', 'zh-CN': '法律' },
  go: { en: 'Go', 'zh-CN': '可行' },
  conditional: { en: 'Go, with conditions', 'zh-CN': '有条件可行' },
  'no-go': { en: 'No-go', 'zh-CN': '不可行' },
  // organisations, cadence, formats, channels
  us: { en: 'Us', 'zh-CN': '我方' },
  customer: { en: 'Customer', 'zh-CN': '客户' },
  partner: { en: 'Partner', 'zh-CN': '合作伙伴' },
  vendor: { en: 'Vendor', 'zh-CN': '厂商' },
  daily: { en: 'Daily', 'zh-CN': '每日' },
  weekly: { en: 'Weekly', 'zh-CN': '每周' },
  biweekly: { en: 'Every two weeks', 'zh-CN': '每两周' },
  monthly: { en: 'Monthly', 'zh-CN': '每月' },
  'per-milestone': { en: 'Per milestone', 'zh-CN': '每个里程碑' },
  'ad-hoc': { en: 'As needed', 'zh-CN': '按需' },
  onsite: { en: 'On site', 'zh-CN': '现场' },
  online: { en: 'Online', 'zh-CN': '线上' },
  documents: { en: 'Documents', 'zh-CN': '文档' },
  video: { en: 'Video', 'zh-CN': '视频' },
  workshop: { en: 'Workshop', 'zh-CN': '工作坊' },
  phone: { en: 'Phone', 'zh-CN': '电话' },
  email: { en: 'Email', 'zh-CN': '邮件' },
  portal: { en: 'Portal', 'zh-CN': '门户' },
  chat: { en: 'Chat', 'zh-CN': '在线聊天' },
  remote: { en: 'Remote', 'zh-CN': '远程' },
  environment: { en: 'Environment', 'zh-CN': '环境' },
  tool: { en: 'Tool', 'zh-CN': '工具' },
  facility: { en: 'Facility', 'zh-CN': '场地' },
  // compliance answer statuses (a Chinese deviation table shows 偏离情况 instead: sections/compliance.ts)
  comply: { en: 'Fully compliant', 'zh-CN': '完全满足' },
  partial: { en: 'Partially compliant', 'zh-CN': '部分满足' },
  'non-comply': { en: 'Non-compliant', 'zh-CN': '不满足' },
  alternative: { en: 'Alternative offered', 'zh-CN': '替代方案' },
  roadmap: { en: 'On the roadmap', 'zh-CN': '规划中' },
  // deployment environments and nodes
  production: { en: 'Production', 'zh-CN': '生产' },
  dr: { en: 'Disaster recovery', 'zh-CN': '灾备' },
  staging: { en: 'Staging', 'zh-CN': '预发布' },
  test: { en: 'Test', 'zh-CN': '测试' },
  development: { en: 'Development', 'zh-CN': '开发' },
  region: { en: 'Region', 'zh-CN': '地域' },
  datacenter: { en: 'Data centre', 'zh-CN': '数据中心' },
  zone: { en: 'Availability zone', 'zh-CN': '可用区' },
  cluster: { en: 'Cluster', 'zh-CN': '集群' },
  server: { en: 'Server', 'zh-CN': '服务器' },
  vm: { en: 'Virtual machine', 'zh-CN': '虚拟机' },
  container: { en: 'Container', 'zh-CN': '容器' },
  appliance: { en: 'Appliance', 'zh-CN': '专用设备' },
};

const WORDS_BY_VALUE: ReadonlyMap<string, Localized> = new Map(Object.entries(ENUM_WORDS));

export function enumLabel(value: unknown, lang: Language): string {
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  const words = WORDS_BY_VALUE.get(value);
  return words ? words[lang === 'zh-CN' ? 'zh-CN' : 'en'] : value;
}

/** The words of one enum's values, for tables keyed by them (the feasibility verdict badges). */
export function enumWords<T extends LabelledEnumValue>(values: readonly T[]): Record<T, Localized> {
  return Object.fromEntries(values.map((v) => [v, ENUM_WORDS[v]])) as Record<T, Localized>;
}
