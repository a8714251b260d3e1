/**
 * The site's interface strings in both languages. Knowledge (labels, definitions…) comes from the
 * knowledge base and the vocabulary's labels (kinds, levels, managers) from `@cloudvirt/core`; only the
 * words of the site itself live here.
 *
 * @module
 */
import { conceptKindLabels, conceptKindPluralLabels, levelLabels, managerLabels } from '@cloudvirt/core';
import type { ConceptKind, Level, Locale, LocalizedText, Manager } from '@cloudvirt/core';

/** Every interface string the pages use, per locale. */
export interface UiStrings {
  readonly countInParentheses: (count: number) => string;
  readonly sentenceEnd: string;
  readonly colon: string;
  readonly listSeparator: string;
  readonly languageName: string;
  readonly otherLanguageLabel: string;
  readonly skipToContent: string;
  readonly mainNavigation: string;
  readonly breadcrumb: string;
  readonly home: string;
  readonly glossary: string;
  readonly matrix: string;
  readonly graph: string;
  readonly downloads: string;
  readonly search: string;
  readonly searchLabel: string;
  readonly searchSubmit: string;
  readonly searchIntro: string;
  readonly searchNeedsScript: string;
  readonly searchNoResults: string;
  readonly searchResultsFor: string;
  readonly searchLoading: string;
  readonly definition: string;
  readonly explanation: string;
  readonly examples: string;
  readonly relations: string;
  readonly relationsIntro: string;
  readonly comparisons: string;
  readonly prerequisites: string;
  readonly noPrerequisites: string;
  readonly sources: string;
  readonly aliases: string;
  readonly wikipedia: string;
  readonly wikipediaIn: Readonly<Record<Locale, string>>;
  readonly termIn: Readonly<Record<Locale, string>>;
  readonly kind: string;
  readonly level: string;
  readonly topic: string;
  readonly updated: string;
  readonly definitionOf: (label: string) => string;
  readonly readMore: (label: string) => string;
  readonly close: string;
  readonly startHere: string;
  readonly startHereIntro: string;
  readonly browseTopics: string;
  readonly browseKinds: string;
  readonly allComparisons: string;
  readonly subtopics: string;
  readonly parentTopic: string;
  readonly conceptsInTopic: string;
  readonly conceptsOfKind: string;
  readonly noConcepts: string;
  readonly conceptCount: (count: number) => string;
  readonly kindDescription: (kind: string, count: number) => string;
  readonly graphRelationCount: (concepts: number, relations: number) => string;
  readonly glossaryIntro: string;
  readonly glossaryLetters: string;
  readonly see: string;
  readonly matrixIntroShort: string;
  readonly matrixLayer: string;
  readonly matrixNotes: string;
  readonly matrixLegend: string;
  readonly backToTable: string;
  readonly homeOutputs: string;
  readonly learningLevel: (level: string, count: number) => string;
  readonly graphIntro: string;
  readonly graphFigure: string;
  readonly graphListHeading: string;
  readonly graphLegend: string;
  readonly graphNeedsScript: string;
  readonly downloadsIntro: string;
  readonly downloadsFile: string;
  readonly downloadsFormat: string;
  readonly downloadsSize: string;
  readonly downloadsDescription: string;
  readonly notFoundTitle: string;
  readonly notFoundText: string;
  readonly movedTitle: string;
  readonly movedText: string;
  readonly removedTitle: string;
  readonly removedText: string;
  readonly readFullEntry: string;
  readonly conceptIrisTitle: string;
  readonly conceptIrisIntro: (base: string) => string;
  readonly conceptIrisLink: string;
  /** Linked-data pages (resource IRIs, the vocabularies). */
  readonly machineReadable: string;
  readonly resourceType: string;
  readonly resourceData: string;
  readonly resourceProperty: string;
  readonly resourceValue: string;
  readonly partOf: string;
  readonly readPage: string;
  readonly rowTitle: (position: number, name: string) => string;
  readonly columnTitle: (position: number, name: string) => string;
  readonly vocabularyTitle: string;
  readonly vocabularyTerms: string;
  readonly vocabularyVersion: string;
  readonly vocabularyNamespace: string;
  readonly vocabularyOther: string;
  readonly termLabel: string;
  readonly termComment: string;
  readonly termDomain: string;
  readonly termRange: string;
  readonly termSuper: string;
  readonly termSymmetric: string;
  readonly termUses: (count: number) => string;
  readonly skosMapping: string;
  readonly skosMappingIntro: string;
  readonly relationTypeColumn: string;
  readonly propertyColumn: string;
  readonly whyColumn: string;
  readonly termClasses: string;
  readonly termProperties: string;
  readonly termIndividuals: string;
  readonly downloadsIris: string;
  readonly footerData: string;
  /** Footer: what the text licence covers (followed by the licence link). */
  readonly footerTextLicense: string;
  /** Footer: the code licence (the repository's LICENSE). */
  readonly footerCodeLicense: string;
  /** Footer and home: the works the text is based on (followed by their titles). */
  readonly footerBasedOn: string;
  /** Home: the link to the DCAT / VoID description. */
  readonly datasetDescription: string;
  readonly comparisonSubject: string;
  readonly kinds: Readonly<Record<ConceptKind, string>>;
  readonly kindsPlural: Readonly<Record<ConceptKind, string>>;
  readonly levels: Readonly<Record<Level, string>>;
  readonly managers: Readonly<Record<Manager, string>>;
  readonly managerDescriptions: Readonly<Record<Manager, string>>;
  readonly bytes: (size: number) => string;
  readonly deckCounts: (notes: number, cards: number) => string;
}

/** One language of a vocabulary's labels (core's, the one place the kinds, levels and managers are named). */
function labelsIn<Key extends string>(labels: Readonly<Record<Key, LocalizedText>>, locale: Locale): Readonly<Record<Key, string>> {
  return Object.fromEntries(Object.entries<LocalizedText>(labels).map(([key, text]) => [key, text[locale]])) as Record<Key, string>;
}

const formatSize = (size: number, unitKb: string, unitB: string): string =>
  size >= 1024 ? `${(size / 1024).toFixed(1)} ${unitKb}` : `${size} ${unitB}`;

/** Interface strings per locale. */
export const ui: Readonly<Record<Locale, UiStrings>> = {
  en: {
    countInParentheses: (count) => `(${count === 1 ? '1 concept' : `${count} concepts`})`,
    sentenceEnd: '.',
    colon: ': ',
    listSeparator: ', ',
    languageName: 'English',
    otherLanguageLabel: 'Language',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main',
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    glossary: 'Glossary A–Z',
    matrix: 'Who manages what',
    graph: 'Concept graph',
    downloads: 'Downloads',
    search: 'Search',
    searchLabel: 'Search the knowledge base',
    searchSubmit: 'Search',
    searchIntro: 'Search every concept, comparison and the responsibility matrix, in English.',
    searchNeedsScript: 'Search runs in your browser and needs JavaScript. Without it, use the A–Z glossary:',
    searchNoResults: 'No results.',
    searchResultsFor: 'Results for',
    searchLoading: 'Searching…',
    definition: 'Definition',
    explanation: 'Explanation',
    examples: 'Examples',
    relations: 'Related concepts',
    relationsIntro: 'Typed relations, in both directions.',
    comparisons: 'Compared in',
    prerequisites: 'Learn first',
    noPrerequisites: 'Nothing: a good place to start.',
    sources: 'Sources',
    aliases: 'Also known as',
    wikipedia: 'Wikipedia',
    wikipediaIn: { en: 'English Wikipedia', zh: 'Chinese Wikipedia' },
    termIn: { en: 'English term', zh: 'Chinese term' },
    kind: 'Kind',
    level: 'Level',
    topic: 'Topic',
    updated: 'Updated',
    definitionOf: (label) => `Definition of ${label}`,
    readMore: (label) => `Open “${label}”`,
    close: 'Close',
    startHere: 'Start here',
    startHereIntro: 'A learning path: the fundamentals first, each concept after the ones it builds on.',
    browseTopics: 'Topics',
    browseKinds: 'Kinds of concepts',
    allComparisons: 'Comparisons',
    subtopics: 'Subtopics',
    parentTopic: 'Part of',
    conceptsInTopic: 'Concepts',
    conceptsOfKind: 'Concepts of this kind',
    noConcepts: 'No concepts here yet.',
    conceptCount: (count) => (count === 1 ? '1 concept' : `${count} concepts`),
    kindDescription: (kind, count) => `Every concept of the kind “${kind}” (${count === 1 ? '1 concept' : `${count} concepts`}), with its definition.`,
    graphRelationCount: (concepts, relations) => `${concepts} concepts, ${relations} relations.`,
    glossaryIntro: 'Every term and alias, A to Z, with its definition.',
    glossaryLetters: 'Letters',
    see: 'see ',
    matrixIntroShort: 'Who manages each layer of the IT stack, on premises and under each cloud service model.',
    matrixLayer: 'Layer',
    matrixNotes: 'Notes',
    matrixLegend: 'Legend',
    backToTable: 'Back to the table',
    homeOutputs: 'The same knowledge is an npm library, Anki decks, JSON-LD and Markdown handbooks: ',
    learningLevel: (level, count) => `${level} (${count})`,
    graphIntro: 'Every concept and every typed relation. Select a concept to open it; every relation is also listed below as links.',
    graphFigure: 'Graph of the concepts (circles, coloured by topic) and their relations (lines).',
    graphListHeading: 'All relations',
    graphLegend: 'Topics',
    graphNeedsScript: 'The drawing needs JavaScript; the same relations are listed below.',
    downloadsIntro: 'The whole knowledge base, to take with you: datasets for linked data, handbooks in Markdown and flashcard decks.',
    downloadsFile: 'File',
    downloadsFormat: 'Format',
    downloadsSize: 'Size',
    downloadsDescription: 'What it is',
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at this address. Try the home page, the glossary or the search.',
    movedTitle: 'Page moved',
    movedText: 'This page has moved to a new address',
    removedTitle: 'Page removed',
    removedText: 'This entry is no longer part of the knowledge base. Continue on the home page',
    readFullEntry: 'Read the full entry',
    conceptIrisTitle: 'Concept identifiers',
    conceptIrisIntro: (base) =>
      `Every concept of the dataset (kb.jsonld, kb.ttl) is identified by an IRI under ${base}; each IRI leads to a short page in both languages.`,
    conceptIrisLink: 'All concept identifiers',
    machineReadable: 'Machine-readable',
    resourceType: 'Type',
    resourceData: 'Data',
    resourceProperty: 'Property',
    resourceValue: 'Value',
    partOf: 'Part of',
    readPage: 'Read the page',
    rowTitle: (position, name) => `Row ${position}: ${name}`,
    columnTitle: (position, name) => `Column ${position}: ${name}`,
    vocabularyTitle: 'Vocabulary',
    vocabularyTerms: 'Terms',
    vocabularyVersion: 'Version',
    vocabularyNamespace: 'Namespace',
    vocabularyOther: 'The other vocabulary',
    termLabel: 'Label',
    termComment: 'Meaning',
    termDomain: 'Domain',
    termRange: 'Range',
    termSuper: 'Broader',
    termSymmetric: 'Symmetric: written in both directions',
    termUses: (count) => `Used in ${count} ${count === 1 ? 'triple' : 'triples'} of the dataset`,
    skosMapping: 'How the relation types map to SKOS',
    skosMappingIntro: 'Every typed relation is written twice: as its kb: property and as the plain SKOS property it maps to, because SKOS tools such as Skosmos or SkoHub do no inference.',
    relationTypeColumn: 'Relation type',
    propertyColumn: 'Property',
    whyColumn: 'SKOS mapping and why',
    termClasses: 'Classes',
    termProperties: 'Properties',
    termIndividuals: 'Individuals',
    downloadsIris: 'Each concept of the dataset is identified by an IRI that leads to a short page in both languages',
    footerData: 'Data',
    footerTextLicense: 'Text: ',
    footerCodeLicense: 'Code: MIT License.',
    footerBasedOn: 'Based on ',
    datasetDescription: 'dataset description (DCAT, VoID)',
    comparisonSubject: 'Concept',
    kinds: labelsIn(conceptKindLabels, 'en'),
    kindsPlural: labelsIn(conceptKindPluralLabels, 'en'),
    levels: labelsIn(levelLabels, 'en'),
    managers: labelsIn(managerLabels, 'en'),
    managerDescriptions: {
      provider: 'the cloud provider manages this layer',
      customer: 'the customer manages this layer',
      shared: 'provider and customer share this layer',
    },
    bytes: (size) => formatSize(size, 'KB', 'bytes'),
    deckCounts: (notes, cards) => `${notes} notes, ${cards} cards`,
  },
  zh: {
    countInParentheses: (count) => `（${count} 个概念）`,
    sentenceEnd: '\u3002',
    colon: '\uff1a',
    listSeparator: '\u3001',
    languageName: '中文',
    otherLanguageLabel: '语言',
    skipToContent: '跳到正文',
    mainNavigation: '主导航',
    breadcrumb: '导航路径',
    home: '首页',
    glossary: '术语表',
    matrix: '谁管理什么',
    graph: '概念图',
    downloads: '下载',
    search: '搜索',
    searchLabel: '搜索知识库',
    searchSubmit: '搜索',
    searchIntro: '搜索所有概念、对比和责任矩阵（中文）。',
    searchNeedsScript: '搜索在浏览器中运行，需要 JavaScript。没有 JavaScript 时请使用术语表：',
    searchNoResults: '没有结果。',
    searchResultsFor: '搜索结果：',
    searchLoading: '正在搜索…',
    definition: '定义',
    explanation: '解释',
    examples: '示例',
    relations: '相关概念',
    relationsIntro: '带类型的关系，双向列出。',
    comparisons: '出现在以下对比中',
    prerequisites: '先学习',
    noPrerequisites: '无：适合从这里开始。',
    sources: '来源',
    aliases: '又称',
    wikipedia: '维基百科',
    wikipediaIn: { en: '英文维基百科', zh: '中文维基百科' },
    termIn: { en: '英文术语', zh: '中文术语' },
    kind: '类别',
    level: '难度',
    topic: '主题',
    updated: '更新于',
    definitionOf: (label) => `${label}的定义`,
    readMore: (label) => `打开“${label}”`,
    close: '关闭',
    startHere: '从这里开始',
    startHereIntro: '学习路径：先学基础概念，每个概念都排在它所依赖的概念之后。',
    browseTopics: '主题',
    browseKinds: '概念类别',
    allComparisons: '对比',
    subtopics: '子主题',
    parentTopic: '所属主题',
    conceptsInTopic: '概念',
    conceptsOfKind: '此类别的概念',
    noConcepts: '这里还没有概念。',
    conceptCount: (count) => `${count} 个概念`,
    kindDescription: (kind, count) => `类别为“${kind}”的所有概念（${count} 个），附定义。`,
    graphRelationCount: (concepts, relations) => `${concepts} 个概念，${relations} 条关系。`,
    glossaryIntro: '所有术语和别名，按拼音排序，附定义。',
    glossaryLetters: '字母',
    see: '见',
    matrixIntroShort: '在本地部署和各种云计算服务类型下，IT 环境的每一层由谁管理。',
    matrixLayer: '层次',
    matrixNotes: '注释',
    matrixLegend: '图例',
    backToTable: '返回表格',
    homeOutputs: '同样的知识也以 npm 库、Anki 牌组、JSON-LD 和 Markdown 手册的形式提供：',
    learningLevel: (level, count) => `${level}（${count}）`,
    graphIntro: '所有概念及其带类型的关系。选择一个概念即可打开；所有关系也以链接形式列在下方。',
    graphFigure: '概念（圆点，按主题着色）及其关系（连线）的关系图。',
    graphListHeading: '所有关系',
    graphLegend: '主题',
    graphNeedsScript: '关系图需要 JavaScript；相同的关系列在下方。',
    downloadsIntro: '整个知识库都可以下载：用于关联数据的数据集、Markdown 手册以及抽认卡牌组。',
    downloadsFile: '文件',
    downloadsFormat: '格式',
    downloadsSize: '大小',
    downloadsDescription: '说明',
    notFoundTitle: '页面不存在',
    notFoundText: '此地址没有页面。请访问首页、术语表或使用搜索。',
    movedTitle: '页面已移动',
    movedText: '此页面已移到新地址',
    removedTitle: '页面已删除',
    removedText: '此条目已不在知识库中。请前往首页',
    readFullEntry: '阅读完整条目',
    conceptIrisTitle: '概念标识符',
    conceptIrisIntro: (base) => `数据集（kb.jsonld、kb.ttl）中的每个概念都由 ${base} 下的一个 IRI 标识，每个 IRI 都对应一个中英双语的简短页面。`,
    conceptIrisLink: '全部概念标识符',
    machineReadable: '机器可读格式',
    resourceType: '类型',
    resourceData: '数据',
    resourceProperty: '属性',
    resourceValue: '值',
    partOf: '所属',
    readPage: '阅读页面',
    rowTitle: (position, name) => `第 ${position} 行：${name}`,
    columnTitle: (position, name) => `第 ${position} 列：${name}`,
    vocabularyTitle: '词表',
    vocabularyTerms: '术语',
    vocabularyVersion: '版本',
    vocabularyNamespace: '命名空间',
    vocabularyOther: '另一个词表',
    termLabel: '名称',
    termComment: '含义',
    termDomain: '定义域',
    termRange: '值域',
    termSuper: '上位',
    termSymmetric: '对称：双向写出',
    termUses: (count) => `数据集中有 ${count} 个三元组使用`,
    skosMapping: '关系类型如何映射到 SKOS',
    skosMappingIntro: '每条类型化关系都写两次：一次用其 kb: 属性，一次用它所映射的 SKOS 属性，因为 Skosmos、SkoHub 等 SKOS 工具不做推理。',
    relationTypeColumn: '关系类型',
    propertyColumn: '属性',
    whyColumn: 'SKOS 映射及原因',
    termClasses: '类',
    termProperties: '属性',
    termIndividuals: '个体',
    downloadsIris: '数据集中的每个概念都由一个 IRI 标识，每个 IRI 都对应一个中英双语的简短页面',
    footerData: '数据',
    footerTextLicense: '文本：',
    footerCodeLicense: '代码：MIT 许可证。',
    footerBasedOn: '基于',
    datasetDescription: '数据集描述（DCAT、VoID）',
    comparisonSubject: '概念',
    kinds: labelsIn(conceptKindLabels, 'zh'),
    kindsPlural: labelsIn(conceptKindPluralLabels, 'zh'),
    levels: labelsIn(levelLabels, 'zh'),
    managers: labelsIn(managerLabels, 'zh'),
    managerDescriptions: {
      provider: '由云提供商管理这一层',
      customer: '由用户管理这一层',
      shared: '由提供商和用户共同管理这一层',
    },
    bytes: (size) => formatSize(size, 'KB', '字节'),
    deckCounts: (notes, cards) => `${notes} 条笔记，${cards} 张卡片`,
  },
};

/** The other locale (for the language switch). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}
