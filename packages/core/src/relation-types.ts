import type { RelationType, RelationTypeInfo } from './model.js';

/**
 * The closed relation vocabulary with inverses, labels and SKOS mappings.
 *
 * `broader` types (`is-a`, `example-of`, `part-of`, `subset-of`, `implements`) say the target is more
 * general; the dataset writes them as `skos:broader` (and the inverse `skos:narrower`), so a thesaurus
 * browser shows a technique under what it realizes (paravirtualization under system-level
 * virtualization). All others map to `skos:related`. Symmetric types read the same both ways.
 */
export const relationTypes: Readonly<Record<RelationType, RelationTypeInfo>> = {
  'is-a': {
    type: 'is-a',
    inverse: 'has-subtype',
    symmetric: false,
    skos: 'broader',
    label: { en: 'is a', zh: '是一种' },
    inverseLabel: { en: 'has subtype', zh: '的子类有' },
    description: {
      en: 'The source is a kind of the target (generic specialization).',
      zh: '源概念是目标概念的一种（属种关系）。',
    },
  },
  'example-of': {
    type: 'example-of',
    inverse: 'has-example',
    symmetric: false,
    skos: 'broader',
    label: { en: 'is an example of', zh: '是…的实例' },
    inverseLabel: { en: 'has example', zh: '的实例有' },
    description: {
      en: 'The source (usually a product or provider) is a concrete instance of the target.',
      zh: '源概念（通常是产品或厂商）是目标概念的一个具体实例。',
    },
  },
  'part-of': {
    type: 'part-of',
    inverse: 'has-part',
    symmetric: false,
    skos: 'broader',
    label: { en: 'is part of', zh: '是…的组成部分' },
    inverseLabel: { en: 'has part', zh: '的组成部分有' },
    description: {
      en: 'The source is a component or constituent of the target.',
      zh: '源概念是目标概念的组成部分。',
    },
  },
  'subset-of': {
    type: 'subset-of',
    inverse: 'has-subset',
    symmetric: false,
    skos: 'broader',
    label: { en: 'is a subset of', zh: '是…的子集' },
    inverseLabel: { en: 'has subset', zh: '的子集有' },
    description: {
      en: 'Everything the source covers is also covered by the target (e.g. CaaS within IaaS).',
      zh: '源概念所涵盖的内容都包含在目标概念之中（例如CaaS属于IaaS）。',
    },
  },
  uses: {
    type: 'uses',
    inverse: 'used-by',
    symmetric: false,
    skos: 'related',
    label: { en: 'uses', zh: '使用' },
    inverseLabel: { en: 'is used by', zh: '被…使用' },
    description: {
      en: 'The source relies on the target to work.',
      zh: '源概念依赖目标概念来工作。',
    },
  },
  implements: {
    type: 'implements',
    inverse: 'implemented-by',
    symmetric: false,
    skos: 'broader',
    label: { en: 'implements', zh: '实现' },
    inverseLabel: { en: 'is implemented by', zh: '由…实现' },
    description: {
      en: 'The source is a way of realizing the target (FaaS implements serverless computing).',
      zh: '源概念是实现目标概念的一种方式（例如FaaS是实现无服务器计算的方法）。',
    },
  },
  enables: {
    type: 'enables',
    inverse: 'enabled-by',
    symmetric: false,
    skos: 'related',
    label: { en: 'enables', zh: '支撑' },
    inverseLabel: { en: 'is enabled by', zh: '由…支撑' },
    description: {
      en: 'The source makes the target possible or easier, without being all of it.',
      zh: '源概念使目标概念成为可能或更容易实现，但并不等同于目标概念。',
    },
  },
  manages: {
    type: 'manages',
    inverse: 'managed-by',
    symmetric: false,
    skos: 'related',
    label: { en: 'manages', zh: '管理' },
    inverseLabel: { en: 'is managed by', zh: '由…管理' },
    description: {
      en: 'The source controls or allocates the target.',
      zh: '源概念控制或分配目标概念。',
    },
  },
  'runs-on': {
    type: 'runs-on',
    inverse: 'hosts',
    symmetric: false,
    skos: 'related',
    label: { en: 'runs on', zh: '运行于' },
    inverseLabel: { en: 'hosts', zh: '承载' },
    description: {
      en: 'The source executes on top of the target.',
      zh: '源概念运行在目标概念之上。',
    },
  },
  provides: {
    type: 'provides',
    inverse: 'provided-by',
    symmetric: false,
    skos: 'related',
    label: { en: 'provides', zh: '提供' },
    inverseLabel: { en: 'is provided by', zh: '由…提供' },
    description: {
      en: 'The source (usually a provider) offers the target to its customers as a service (AWS provides a public cloud).',
      zh: '源概念（通常是提供商）把目标概念作为服务提供给客户（例如AWS提供公共云）。',
    },
  },
  'contrasts-with': {
    type: 'contrasts-with',
    inverse: 'contrasts-with',
    symmetric: true,
    skos: 'related',
    label: { en: 'contrasts with', zh: '对比' },
    inverseLabel: { en: 'contrasts with', zh: '对比' },
    description: {
      en: 'The two are often compared or confused; the knowledge base explains the difference.',
      zh: '两者经常被比较或混淆；知识库说明了它们的区别。',
    },
  },
  related: {
    type: 'related',
    inverse: 'related',
    symmetric: true,
    skos: 'related',
    label: { en: 'is related to', zh: '相关' },
    inverseLabel: { en: 'is related to', zh: '相关' },
    description: {
      en: 'A meaningful association that no more specific type describes.',
      zh: '没有更具体类型可以描述的有意义关联。',
    },
  },
};

/** Every relation type, in documentation order. */
export const relationTypeList: readonly RelationType[] = Object.keys(relationTypes) as RelationType[];
