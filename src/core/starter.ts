import type { Language } from './model';

/**
 * The text of a new proposal (`presales init`, VS Code's "New Proposal"): every major section with
 * one or two entries that link to each other, and comments saying what to write. It validates clean,
 * so the first thing a user sees is no red squiggles, and each later diagnostic is about their edit.
 */
export function starterProposal(lang: Language, name: string): string {
  const fallback = lang === 'zh-CN' ? '新方案' : 'New proposal';
  const title = quoteScalar(name.trim() === '' ? fallback : name);
  return lang === 'zh-CN' ? chineseStarter(title) : englishStarter(title);
}

/**
 * The name as one double-quoted YAML scalar on one line, so the title reads back exactly. Every
 * escape JSON writes (\", \\, \n, \uXXXX...) means the same in YAML's double quotes; YAML also wants
 * the characters it does not print (DEL, C1 controls, line/paragraph separators, BOM) escaped.
 * Written by hand rather than with yaml's stringify: the New Proposal command runs on the extension
 * host, and this keeps the yaml library out of dist/extension.js.
 */
function quoteScalar(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function englishStarter(title: string): string {
  return `# A presales solution proposal. One file holds the whole job: requirements, solution,
# plan, team, budget, risks, demo and sales notes. Ids (R1, C-api, T1, pm...) link the sections;
# the editor checks every link as you type. Replace the example content with your own.
# Check it from a terminal with: presales validate <this file>
presales: "1.0"

proposal:
  title: ${title}
  version: "0.1"
  date: 2027-02-15
  language: en
  status: draft            # draft | review | submitted | won | lost
  authors: [Your Name]
  confidentiality: Confidential - prepared for Example Customer
  summary: |
    Two or three sentences for a busy executive: the problem, what we propose, and the outcome.

customer:
  name: Example Customer Ltd.
  industry: Retail
  size: 1,200 employees, 40 stores
  contacts:
    - { name: Alex Chen, role: IT Director, email: alex.chen@example.com }
  background: |
    What the customer does and why this project matters to them.
  drivers:
    - Why they are buying now (a deadline, a cost, a regulation)
  currentState: |
    How the work is done today and what hurts.

# Requirements: priority is MoSCoW (must | should | could | wont). Every "must" needs a component,
# a task or a demo scenario that covers it.
requirements:
  - id: R1
    title: Customers can track their orders online
    type: functional
    priority: must
    description: Order status is visible in the web portal within one minute of a change.
    solution: An order-status API behind the existing portal, fed by the order system.
    acceptance:
      - Status changes appear in the portal in under 60 seconds
    source: Kick-off workshop
  - id: R2
    title: Pages load quickly at peak
    type: performance
    priority: should
    description: 95% of portal pages load in under 2 seconds with 500 concurrent users.
    solution: Caching in the API layer; load test before go-live.
    acceptance:
      - Load test report shows p95 under 2 s at 500 users
    source: RFP section 4.2

# Goals follow SMART: a metric, a target and a deadline at least.
goals:
  - id: G1
    title: Fewer "where is my order" calls
    metric: Order-status calls per week to the service desk
    baseline: 1500
    target: 600
    deadline: 2027-09-30
    requirements: [R1]
    achievable: Most calls today ask only for a status the portal can show.

architecture:
  overview: |
    The portal calls a new order-status API, which reads from a status store fed by the order system.
  zones:
    - { id: z-public, name: Internet }
    - { id: z-core, name: Data centre }
  components:
    - id: C-portal
      name: Customer portal
      kind: client
      technology: Existing web portal
      zone: z-public
      satisfies: [R1]
    - id: C-api
      name: Order-status API
      kind: service
      technology: Node.js 20
      zone: z-core
      satisfies: [R1, R2]
    - id: C-store
      name: Status store
      kind: database
      technology: PostgreSQL 16
      zone: z-core
      satisfies: [R1]
  connections:
    - { from: C-portal, to: C-api, protocol: HTTPS, label: order status }
    - { from: C-api, to: C-store, protocol: SQL }

technology:
  - id: TC1
    area: Status store
    choice: PostgreSQL 16
    alternatives:
      - { name: MongoDB, reason: No in-house skills to run it }
    rationale: The customer already runs PostgreSQL and has a DBA for it.
    components: [C-store]
    licence: PostgreSQL License

# The plan: tasks take a duration (working days) or an effort (person-days), and depend on other
# tasks, optionally with a lag: { task: T3, lag: 2 }. Dates are computed from plan.start.
plan:
  start: 2027-03-01
  calendar:
    workingDays: [mon, tue, wed, thu, fri]
    holidays:
      - { date: 2027-04-05, name: Easter Monday }
  phases:
    - id: P1
      name: Kick-off and requirements
      tasks:
        - { id: T1, name: Kick-off workshop, duration: 2, owner: pm, deliverables: [Kick-off minutes] }
        - id: T2
          name: Confirm requirements
          duration: 5
          owner: arch
          dependsOn: [T1]
          requirements: [R1, R2]
          deliverables: [Signed requirements specification]
    - id: P2
      name: Design and build
      tasks:
        - { id: T3, name: Solution design, duration: 5, owner: arch, dependsOn: [T2] }
        - id: T4
          name: Build and integrate the API
          duration: 10
          effort: 10
          owner: arch
          assignees: [dev]
          dependsOn: [{ task: T3, lag: 1 }]
          requirements: [R1, R2]
    - id: P3
      name: Test and delivery
      tasks:
        - { id: T5, name: User acceptance test, duration: 5, owner: pm, dependsOn: [T4], requirements: [R1, R2] }
        - { id: M1, name: Go-live, duration: 0, milestone: true, owner: pm, dependsOn: [T5] }

# dayRate is per person-day in budget.currency; allocation is percent of a full-time person.
team:
  - { id: pm, name: Project Manager (to be named), role: Project manager, organisation: us, allocation: 100, dayRate: 900 }
  - { id: arch, name: Solution Architect (to be named), role: Solution architect, organisation: us, skills: [Node.js, PostgreSQL], allocation: 100, dayRate: 1000 }
  - { id: dev, name: Developer (to be named), role: Developer, organisation: us, skills: [Node.js], allocation: 100, dayRate: 700 }

resources:
  - { id: ENV1, name: Test environment, kind: environment, quantity: 1, provider: customer, neededBy: 2027-03-15 }

# Labour (effort x day rate) is added from the plan; lines add everything else.
budget:
  currency: USD
  contingency: 10          # percent of the subtotal
  cap: 60000               # the customer's stated limit (optional)
  includeLabour: true
  lines:
    - { id: B1, item: Database licence and support, category: licence, quantity: 1, unit: year, unitCost: 5000, recurring: yearly }
  internalNotes: INTERNAL - margin and discount notes; never exported to the customer.

# Risks: likelihood and impact 1-5. A high score needs an owner, prevention and contingency.
risks:
  - id: RK1
    title: Order system data is late or incomplete
    category: technical
    likelihood: 3
    impact: 4
    owner: arch
    prevention: Profile the order data during requirements (T2).
    contingency: Show the last known status with its timestamp.
    status: open
    related: [R1, T4]

communication:
  - { id: CM1, name: Weekly status meeting, purpose: "Progress, risks and decisions", cadence: weekly, channel: Video call, participants: [pm, Alex Chen], owner: pm }

# Questions for the customer. Set status to answered or closed once resolved.
questions:
  - id: Q1
    question: Can the order system push status changes, or must we poll it?
    askedTo: Alex Chen
    owner: arch
    status: answered
    answer: It can publish change events to a message queue.
    related: [R1]

training:
  - { id: TR1, topic: Running the order-status API, audience: Customer IT operations, format: workshop, duration: 4, sessions: 1 }

support:
  summary: Support by our service desk after go-live.
  channels:
    - { channel: email, hours: 9x5, contact: support@example.com }
  sla:
    - { severity: P1, description: Portal cannot show any status, response: 1h, resolution: 8h }
  warranty: { months: 3, scope: Defects in delivered software. }
  improvements:
    - { id: IMP1, title: Push notifications for status changes }

demo:
  date: 2027-02-22
  audience: Customer IT and customer service leads
  environment: Our demo environment with sample orders
  duration: 30
  agenda: [Context and goals, Live scenario, Questions]
  scenarios:
    - id: D1
      title: A customer tracks an order
      requirements: [R1]
      presenter: arch
      duration: 15
      steps: [Place an order, Change its status in the order system, Watch the portal update]
      highlight: Status appears within seconds, not hours

feasibility:
  verdict: go               # go | conditional | no-go
  summary: Standard technology, a small team, and a clear payback.
  dimensions:
    - { dimension: technical, rating: 4, rationale: Proven stack already run by the customer. }
    - { dimension: economic, rating: 4, rationale: Payback within a year from fewer calls. }
  benefits: { annualBenefit: 80000, paybackMonths: 6 }

# Sales: competitors and negotiation notes are INTERNAL and never exported to the customer.
sales:
  valuePropositions:
    - { id: V1, title: Fewer support calls from day one, requirements: [R1] }
  competitors:
    - { name: Competitor A, strengths: Lower day rates, weaknesses: No retail references, ourAdvantage: Two similar portals live }
  negotiationNotes: INTERNAL - room for a 5% discount if signed this quarter.
`;
}

function chineseStarter(title: string): string {
  return `# 售前解决方案。一个文件包含全部内容：需求、方案、计划、团队、预算、风险、演示和销售要点。
# 各部分通过编号（R1、C-api、T1、pm 等）相互关联，编辑器会在输入时检查每个引用。
# 请把示例内容替换为实际内容。命令行检查：presales validate <本文件>
presales: "1.0"

proposal:
  title: ${title}
  version: "0.1"
  date: 2027-02-15
  language: zh-CN
  status: draft            # draft 草稿 | review 评审 | submitted 已提交 | won 中标 | lost 未中标
  authors: [您的姓名]
  confidentiality: 商业机密，仅供示例客户内部使用
  summary: |
    用两三句话向决策者说明：要解决的问题、我们的方案和预期收益。

customer:
  name: 示例客户有限公司
  industry: 零售
  size: 员工 1200 人，门店 40 家
  contacts:
    - { name: 陈明, role: 信息部主任, email: chen.ming@example.com }
  background: |
    客户的主营业务，以及本项目对客户的意义。
  drivers:
    - 客户为什么现在采购（时间节点、成本压力、监管要求等）
  currentState: |
    目前的工作方式和主要痛点。

# 需求：priority 采用 MoSCoW（must 必须 | should 应该 | could 可以 | wont 暂不）。
# 每条 must 需求都需要有组件、任务或演示场景覆盖。
requirements:
  - id: R1
    title: 客户可在线查询订单状态
    type: functional
    priority: must
    description: 订单状态变化后一分钟内可在网站上查询到。
    solution: 在现有网站后增加订单状态接口，数据来自订单系统。
    acceptance:
      - 状态变化在 60 秒内显示在网站上
    source: 启动会调研
  - id: R2
    title: 高峰期页面响应快
    type: performance
    priority: should
    description: 500 个并发用户时，95% 的页面在 2 秒内打开。
    solution: 接口层增加缓存，上线前进行压力测试。
    acceptance:
      - 压测报告显示 500 并发下 P95 小于 2 秒
    source: 招标文件 4.2 节

# 目标遵循 SMART 原则：至少写明衡量指标、目标值和截止日期。
goals:
  - id: G1
    title: 减少“订单在哪里”类咨询电话
    metric: 客服中心每周订单状态咨询来电数
    baseline: 1500
    target: 600
    deadline: 2027-09-30
    requirements: [R1]
    achievable: 目前大部分来电只是询问网站本可展示的订单状态。

architecture:
  overview: |
    网站调用新建的订单状态接口，接口读取由订单系统同步的状态库。
  zones:
    - { id: z-public, name: 互联网区 }
    - { id: z-core, name: 数据中心 }
  components:
    - id: C-portal
      name: 客户网站
      kind: client
      technology: 现有门户网站
      zone: z-public
      satisfies: [R1]
    - id: C-api
      name: 订单状态接口
      kind: service
      technology: Node.js 20
      zone: z-core
      satisfies: [R1, R2]
    - id: C-store
      name: 状态库
      kind: database
      technology: PostgreSQL 16
      zone: z-core
      satisfies: [R1]
  connections:
    - { from: C-portal, to: C-api, protocol: HTTPS, label: 订单状态 }
    - { from: C-api, to: C-store, protocol: SQL }

technology:
  - id: TC1
    area: 状态库
    choice: PostgreSQL 16
    alternatives:
      - { name: MongoDB, reason: 客户缺少运维经验 }
    rationale: 客户已在使用 PostgreSQL，并有专职 DBA。
    components: [C-store]
    licence: PostgreSQL License

# 实施计划：任务可写工期 duration（工作日）或工作量 effort（人天），可依赖其他任务并设置滞后：
# { task: T3, lag: 2 }。日期由 plan.start 自动推算。
plan:
  start: 2027-03-01
  calendar:
    workingDays: [mon, tue, wed, thu, fri]
    holidays:
      - { date: 2027-04-05, name: 清明节 }
  phases:
    - id: P1
      name: 启动与需求确认
      tasks:
        - { id: T1, name: 项目启动会, duration: 2, owner: pm, deliverables: [启动会纪要] }
        - id: T2
          name: 需求确认
          duration: 5
          owner: arch
          dependsOn: [T1]
          requirements: [R1, R2]
          deliverables: [需求规格说明书（签字版）]
    - id: P2
      name: 设计与开发
      tasks:
        - { id: T3, name: 方案设计, duration: 5, owner: arch, dependsOn: [T2] }
        - id: T4
          name: 接口开发与集成
          duration: 10
          effort: 10
          owner: arch
          assignees: [dev]
          dependsOn: [{ task: T3, lag: 1 }]
          requirements: [R1, R2]
    - id: P3
      name: 测试与交付
      tasks:
        - { id: T5, name: 用户验收测试, duration: 5, owner: pm, dependsOn: [T4], requirements: [R1, R2] }
        - { id: M1, name: 正式上线, duration: 0, milestone: true, owner: pm, dependsOn: [T5] }

# dayRate 为人天单价（币种见 budget.currency）；allocation 为投入比例（百分比）。
team:
  - { id: pm, name: 项目经理（待定）, role: 项目经理, organisation: us, allocation: 100, dayRate: 3000 }
  - { id: arch, name: 解决方案架构师（待定）, role: 架构师, organisation: us, skills: [Node.js, PostgreSQL], allocation: 100, dayRate: 3500 }
  - { id: dev, name: 开发工程师（待定）, role: 开发工程师, organisation: us, skills: [Node.js], allocation: 100, dayRate: 2500 }

resources:
  - { id: ENV1, name: 测试环境, kind: environment, quantity: 1, provider: customer, neededBy: 2027-03-15 }

# 人工成本（工作量 × 人天单价）根据计划自动计算；其他费用写在 lines 中。
budget:
  currency: CNY
  contingency: 10          # 不可预见费，占小计的百分比
  cap: 200000              # 客户给出的预算上限（可选）
  includeLabour: true
  lines:
    - { id: B1, item: 数据库年度维保, category: licence, quantity: 1, unit: 年, unitCost: 20000, recurring: yearly }
  internalNotes: 内部信息：毛利和折扣说明，不会导出给客户。

# 风险：可能性 likelihood 和影响 impact 取 1-5。高分风险必须有负责人、预防措施和应急预案。
risks:
  - id: RK1
    title: 订单系统数据延迟或不完整
    category: technical
    likelihood: 3
    impact: 4
    owner: arch
    prevention: 需求阶段（T2）对订单数据进行质量分析。
    contingency: 显示最后一次已知状态及其时间。
    status: open
    related: [R1, T4]

communication:
  - { id: CM1, name: 项目周例会, purpose: 通报进度、风险和待决事项, cadence: weekly, channel: 视频会议, participants: [pm, 陈明], owner: pm }

# 待客户确认的问题。解决后把 status 改为 answered 或 closed。
questions:
  - id: Q1
    question: 订单系统能否主动推送状态变化，还是需要我们轮询？
    askedTo: 陈明
    owner: arch
    status: answered
    answer: 可以向消息队列发布状态变更事件。
    related: [R1]

training:
  - { id: TR1, topic: 订单状态接口运维, audience: 客户信息部运维人员, format: workshop, duration: 4, sessions: 1 }

support:
  summary: 上线后由我方服务台提供技术支持。
  channels:
    - { channel: email, hours: 5x8, contact: support@example.com }
  sla:
    - { severity: 一级, description: 网站无法显示任何订单状态, response: 1h, resolution: 8h }
  warranty: { months: 3, scope: 交付软件的缺陷修复。 }
  improvements:
    - { id: IMP1, title: 订单状态变化消息推送 }

demo:
  date: 2027-02-22
  audience: 客户信息部和客服中心负责人
  environment: 我方演示环境（含样例订单）
  duration: 30
  agenda: [背景与目标, 现场演示, 答疑]
  scenarios:
    - id: D1
      title: 客户查询订单状态
      requirements: [R1]
      presenter: arch
      duration: 15
      steps: [下单, 在订单系统中修改状态, 网站实时更新]
      highlight: 状态在数秒内更新，而不是数小时

feasibility:
  verdict: go               # go 可行 | conditional 有条件可行 | no-go 不可行
  summary: 技术成熟、团队精简、回报周期短。
  dimensions:
    - { dimension: technical, rating: 4, rationale: 客户已在使用的成熟技术栈。 }
    - { dimension: economic, rating: 4, rationale: 减少来电，一年内收回投资。 }
  benefits: { annualBenefit: 300000, paybackMonths: 6 }

# 销售：竞争对手和谈判要点属于内部信息，不会导出给客户。
sales:
  valuePropositions:
    - { id: V1, title: 上线即减少客服来电, requirements: [R1] }
  competitors:
    - { name: 竞争对手甲, strengths: 人天单价低, weaknesses: 缺少零售行业案例, ourAdvantage: 已有两个同类网站上线 }
  negotiationNotes: 内部信息：本季度签约可让利 5%。
`;
}
