/**
 * Bilingual word lists for synthetic content: cloud and virtualization vocabulary with the Chinese
 * an engineer would write. Labels are built from a modifier, a qualifier and a head noun, so a pack of
 * 10,000 concepts still reads like a glossary.
 *
 * @module
 */

/** An English word or phrase with its Chinese counterpart. */
export interface Word {
  /** English. */
  readonly en: string;
  /** Simplified Chinese. */
  readonly zh: string;
}

const words = (pairs: readonly (readonly [string, string])[]): readonly Word[] => pairs.map(([en, zh]) => ({ en, zh }));

/** Modifiers (first word of a label). */
export const modifiers = words([
  ['elastic', '弹性'], ['distributed', '分布式'], ['managed', '托管'], ['isolated', '隔离'], ['hybrid', '混合'],
  ['serverless', '无服务器'], ['virtual', '虚拟'], ['dedicated', '专用'], ['shared', '共享'], ['encrypted', '加密'],
  ['regional', '区域'], ['global', '全局'], ['ephemeral', '临时'], ['persistent', '持久'], ['nested', '嵌套'],
  ['paravirtual', '半虚拟化'], ['lightweight', '轻量级'], ['multi-tenant', '多租户'], ['federated', '联邦'], ['autoscaling', '自动伸缩'],
  ['immutable', '不可变'], ['stateful', '有状态'], ['stateless', '无状态'], ['software-defined', '软件定义'], ['bare-metal', '裸金属'],
  ['hosted', '宿主'], ['native', '原生'], ['trusted', '可信'], ['tiered', '分层'], ['replicated', '多副本'],
  ['sandboxed', '沙箱化'], ['scheduled', '定时'], ['event-driven', '事件驱动'], ['metered', '计量'], ['private', '私有'],
  ['public', '公共'], ['edge', '边缘'], ['live', '实时'], ['cold', '冷'], ['hot', '热'],
]);

/** Qualifiers (middle word of a label). */
export const qualifiers = words([
  ['compute', '计算'], ['storage', '存储'], ['network', '网络'], ['memory', '内存'], ['kernel', '内核'],
  ['container', '容器'], ['instance', '实例'], ['disk', '磁盘'], ['image', '镜像'], ['identity', '身份'],
  ['billing', '计费'], ['backup', '备份'], ['migration', '迁移'], ['routing', '路由'], ['firewall', '防火墙'],
  ['cache', '缓存'], ['queue', '队列'], ['object', '对象'], ['block', '块'], ['file', '文件'],
  ['device', '设备'], ['interrupt', '中断'], ['processor', '处理器'], ['guest', '客户机'], ['host', '主机'],
  ['cluster', '集群'], ['tenant', '租户'], ['resource', '资源'], ['function', '函数'], ['service', '服务'],
  ['runtime', '运行时'], ['snapshot', '快照'], ['volume', '卷'], ['address', '地址'], ['policy', '策略'],
]);

/** Head nouns (last word of a label). */
export const heads = words([
  ['hypervisor', '虚拟机监控程序'], ['scheduler', '调度器'], ['gateway', '网关'], ['controller', '控制器'], ['driver', '驱动程序'],
  ['pool', '池'], ['layer', '层'], ['model', '模型'], ['platform', '平台'], ['engine', '引擎'],
  ['agent', '代理'], ['monitor', '监控器'], ['orchestrator', '编排器'], ['balancer', '均衡器'], ['registry', '注册中心'],
  ['fabric', '交换结构'], ['plane', '平面'], ['zone', '可用区'], ['partition', '分区'], ['template', '模板'],
  ['interface', '接口'], ['adapter', '适配器'], ['emulator', '模拟器'], ['bridge', '网桥'], ['proxy', '代理服务器'],
  ['manager', '管理器'], ['store', '存储库'], ['mesh', '网格'], ['catalog', '目录'], ['broker', '代理中心'],
  ['framework', '框架'], ['protocol', '协议'], ['boundary', '边界'], ['lifecycle', '生命周期'], ['topology', '拓扑'],
]);

/** What a concept does (verb phrases for definitions and explanations). */
export const actions = words([
  ['allocates CPU time among virtual machines', '在虚拟机之间分配CPU时间'],
  ['separates the operating system from the underlying hardware', '将操作系统与底层硬件分离'],
  ['moves running workloads between physical hosts', '在物理主机之间迁移正在运行的工作负载'],
  ['exposes pooled resources to customers on demand', '按需向用户提供池化的资源'],
  ['traps and emulates privileged instructions', '捕获并模拟特权指令'],
  ['keeps tenants from reading each other’s data', '防止租户读取彼此的数据'],
  ['packages an application with its libraries', '将应用程序与其依赖库打包在一起'],
  ['replicates data across availability zones', '在多个可用区之间复制数据'],
  ['meters usage so that customers pay only for what they use', '对使用量进行计量，使用户只为实际使用的资源付费'],
  ['starts instances within seconds', '在几秒钟内启动实例'],
  ['translates guest physical addresses to host addresses', '将客户机物理地址转换为主机地址'],
  ['routes requests to healthy back ends', '将请求路由到健康的后端'],
  ['provisions storage volumes automatically', '自动配置存储卷'],
  ['enforces quotas on each tenant', '对每个租户实施配额'],
  ['presents virtual devices to the guest operating system', '向客户机操作系统提供虚拟设备'],
  ['scales capacity up and down with demand', '根据需求扩展或收缩容量'],
  ['records every change to the configuration', '记录配置的每一次变更'],
  ['shares one kernel among many isolated user spaces', '让多个相互隔离的用户空间共享同一个内核'],
]);

/** Why it matters (benefit clauses). */
export const benefits = words([
  ['hardware is used more efficiently', '硬件得到更高效的利用'],
  ['failures stay inside one virtual machine', '故障被限制在单台虚拟机之内'],
  ['operators no longer manage the servers themselves', '运维人员不再需要自行管理服务器'],
  ['workloads can move to the public cloud', '工作负载可以迁移到公共云'],
  ['costs follow actual usage', '成本与实际使用量相匹配'],
  ['applications start faster', '应用程序启动得更快'],
  ['security boundaries are easier to audit', '安全边界更容易审计'],
  ['capacity can be added without downtime', '可以在不停机的情况下增加容量'],
  ['developers focus on their code', '开发人员可以专注于代码本身'],
  ['several operating systems run on one machine', '一台机器上可以运行多个操作系统'],
  ['data survives the loss of a data center', '即使失去一个数据中心，数据也不会丢失'],
  ['the provider can serve many customers at once', '提供商可以同时服务众多客户'],
]);

/** Contexts in which a concept shows up (for explanation sentences). */
export const contexts = words([
  ['in a private cloud', '在私有云中'], ['in a public cloud', '在公共云中'], ['on a developer laptop', '在开发人员的笔记本电脑上'],
  ['in a hybrid cloud', '在混合云中'], ['at the edge of the network', '在网络边缘'], ['inside a data center', '在数据中心内部'],
  ['under an IaaS offering', '在IaaS服务中'], ['under a PaaS offering', '在PaaS服务中'], ['in a Kubernetes cluster', '在Kubernetes集群中'],
  ['on x86 servers with Intel VT-x or AMD-V', '在支持Intel VT-x或AMD-V的x86服务器上'],
]);

/** Comparison dimensions. */
export const dimensions = words([
  ['Isolation', '隔离性'], ['Startup time', '启动时间'], ['Overhead', '开销'], ['Who manages it', '由谁管理'], ['Billing', '计费方式'],
  ['Portability', '可移植性'], ['Scaling', '扩展方式'], ['Security boundary', '安全边界'], ['Typical use', '典型用途'], ['Maturity', '成熟度'],
]);

/** Short values for comparison cells. */
export const cellValues = words([
  ['Strong, enforced by hardware', '强，由硬件保证'], ['Seconds', '数秒'], ['Milliseconds', '数毫秒'], ['Minutes', '数分钟'],
  ['Low', '低'], ['Moderate', '中等'], ['High', '高'], ['The provider', '提供商'], ['The customer', '用户'],
  ['Per second of use', '按秒计费'], ['Per instance-hour', '按实例小时计费'], ['Flat monthly fee', '按月固定收费'],
  ['Runs anywhere the runtime exists', '可在任何具备运行时的环境中运行'], ['Tied to one vendor', '依赖单一厂商'],
  ['Horizontal, automatic', '水平、自动扩展'], ['Vertical, manual', '垂直、手动扩展'], ['The kernel', '内核'], ['The hypervisor', '虚拟机监控程序'],
  ['Batch jobs and web services', '批处理作业和Web服务'], ['Legacy enterprise applications', '传统企业应用'], ['Widely deployed', '已广泛部署'], ['Emerging', '正在兴起'],
]);

/** Example texts that are not concepts of their own. */
export const exampleTexts = words([
  ['Running a test environment next to production on one server', '在一台服务器上同时运行测试环境和生产环境'],
  ['Moving a database server to a new rack without downtime', '在不停机的情况下将数据库服务器迁移到新机架'],
  ['Resizing a web tier before a sales event', '在促销活动之前调整Web层的规模'],
  ['Giving each customer its own encrypted volume', '为每个客户分配独立的加密卷'],
  ['Replacing a failed host while guests keep running', '在客户机继续运行的情况下更换故障主机'],
  ['Billing a team for the CPU seconds it used', '按团队实际使用的CPU秒数计费'],
]);
