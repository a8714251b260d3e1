/**
 * The practice page's interface text in both languages (kept beside the page, not in `i18n.ts`): the
 * page's own words and the words its script shows (handed to it in the page's data).
 *
 * @module
 */
import type { Locale } from '@cloudvirt/core';
import type { AnkiCardKind, AnkiLanguage } from '@cloudvirt/render/anki';

/** What the script shows: ratings, counts, messages. Placeholders: `{n}`, `{topic}`, `{reason}`. */
export interface PracticeScriptStrings {
  readonly question: string;
  readonly answer: string;
  readonly showAnswer: string;
  readonly ratings: readonly [string, string, string, string];
  readonly loading: string;
  readonly loadFailed: string;
  readonly nothingSelected: string;
  readonly done: string;
  readonly counts: string;
  readonly dueIn: string;
  readonly dueNone: string;
  readonly exported: string;
  readonly imported: string;
  readonly importFailed: string;
  readonly cardOf: string;
  readonly deckBuilding: string;
  readonly deckReady: string;
  readonly deckEmpty: string;
  readonly deckFailed: string;
}

/** Every text of the practice page in one language. */
export interface PracticeStrings {
  readonly title: string;
  readonly intro: string;
  readonly needsScript: string;
  readonly setup: string;
  readonly topic: string;
  readonly allOf: (label: string) => string;
  readonly deckLanguage: string;
  readonly deckLanguages: Readonly<Record<AnkiLanguage, string>>;
  readonly levels: string;
  readonly noLevel: string;
  readonly cardKinds: string;
  readonly kinds: Readonly<Record<AnkiCardKind, string>>;
  readonly newPerDay: string;
  readonly start: string;
  readonly dueHeading: string;
  readonly dueIntro: string;
  readonly sessionHeading: string;
  readonly keysHint: string;
  readonly progressHeading: string;
  readonly progressIntro: string;
  readonly exportProgress: string;
  readonly importProgress: string;
  readonly deckIntro: string;
  readonly downloadDeck: string;
  readonly practiseTopic: string;
  readonly practiseAll: string;
  readonly script: PracticeScriptStrings;
}

/** The practice page's text, by page language. */
export const practiceStrings: Readonly<Record<Locale, PracticeStrings>> = {
  en: {
    title: 'Practice',
    intro: 'Test yourself on the cards of the Anki decks, scheduled by spaced repetition (FSRS). Your progress stays in this browser.',
    needsScript: 'Practice needs JavaScript. The same cards are in the Anki decks on the downloads page.',
    setup: 'What to practise',
    topic: 'Topic',
    allOf: (label) => `${label} (all)`,
    deckLanguage: 'Card language',
    deckLanguages: { en: 'English', zh: 'Chinese (中文)', bilingual: 'Bilingual (中英)' },
    levels: 'Levels',
    noLevel: 'Responsibility matrix cells have no level and are always included.',
    cardKinds: 'Card kinds',
    kinds: {
      definition: 'Term ↔ definition',
      bilingual: 'Chinese ↔ English',
      cloze: 'Fill in the blank',
      comparison: 'Comparisons',
      responsibility: 'Who manages what',
      relation: 'Relations',
    },
    newPerDay: 'New cards a day',
    start: 'Start',
    dueHeading: 'Due today',
    dueIntro: 'Cards you have studied that are due by the end of the day, per topic.',
    sessionHeading: 'Review',
    keysHint: 'Keys: Space or Enter shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy.',
    progressHeading: 'Your progress',
    progressIntro: 'Progress is saved in this browser only and never leaves the device. Export it to keep a copy or to move it to another browser.',
    exportProgress: 'Export progress',
    importProgress: 'Import progress (JSON file)',
    deckIntro: 'Continue in Anki: the deck of the notes you have practised, with their scheduling and review history. Importing it into a collection that already has these notes changes nothing there.',
    downloadDeck: 'Download my deck (.apkg)',
    practiseTopic: 'Practise this topic',
    practiseAll: 'Practise with flashcards',
    script: {
      question: 'Question',
      answer: 'Answer',
      showAnswer: 'Show answer',
      ratings: ['Again', 'Hard', 'Good', 'Easy'],
      loading: 'Loading cards…',
      loadFailed: 'The cards could not be loaded. Check the connection and press Start again.',
      nothingSelected: 'No cards match: choose at least one level and one card kind.',
      done: 'Nothing more to review now. New cards today: {n} left.',
      counts: 'New {new} · Learning {learning} · Review {review}',
      dueIn: '{n} due',
      dueNone: 'none due',
      exported: 'Progress of {n} cards exported.',
      imported: 'Progress of {n} cards imported.',
      importFailed: 'That file cannot be imported: {reason}',
      cardOf: 'Card kind: {kind}',
      deckBuilding: 'Building your deck…',
      deckReady: 'Your deck is ready: {notes} notes, {cards} cards with their scheduling, {reviews} reviews.',
      deckEmpty: 'Practise some cards first: the deck holds the notes you have practised.',
      deckFailed: 'The deck could not be built: {reason}',
    },
  },
  zh: {
    title: '练习',
    intro: '用 Anki 卡组中的卡片自测，按间隔重复（FSRS）安排复习。学习进度只保存在本浏览器中。',
    needsScript: '练习功能需要 JavaScript。同样的卡片见下载页面的 Anki 卡组。',
    setup: '练习内容',
    topic: '主题',
    allOf: (label) => `${label}（全部）`,
    deckLanguage: '卡片语言',
    deckLanguages: { en: '英文（English）', zh: '中文', bilingual: '中英双语' },
    levels: '难度',
    noLevel: '责任矩阵的单元格没有难度，始终包括在内。',
    cardKinds: '卡片类型',
    kinds: {
      definition: '术语 ↔ 释义',
      bilingual: '中文 ↔ 英文',
      cloze: '填空',
      comparison: '对比',
      responsibility: '由谁管理',
      relation: '概念关系',
    },
    newPerDay: '每天新卡片数',
    start: '开始',
    dueHeading: '今天到期',
    dueIntro: '各主题中已学过、今天之内到期的卡片数。',
    sessionHeading: '复习',
    keysHint: '按键：空格或回车显示答案；1 重来，2 困难，3 良好，4 简单。',
    progressHeading: '学习进度',
    progressIntro: '进度只保存在本浏览器中，不会离开本设备。可导出备份，或导入到其他浏览器。',
    exportProgress: '导出进度',
    importProgress: '导入进度（JSON 文件）',
    deckIntro: '在 Anki 中继续：下载已练习过的笔记组成的卡组，附带复习安排和复习记录。若导入的集合中已有这些笔记，其中的内容和进度不会改变。',
    downloadDeck: '下载我的卡组（.apkg）',
    practiseTopic: '练习本主题',
    practiseAll: '用卡片练习',
    script: {
      question: '问题',
      answer: '答案',
      showAnswer: '显示答案',
      ratings: ['重来', '困难', '良好', '简单'],
      loading: '正在加载卡片…',
      loadFailed: '卡片加载失败。请检查网络后再次点击“开始”。',
      nothingSelected: '没有符合条件的卡片：请至少选择一个难度和一种卡片类型。',
      done: '现在没有要复习的卡片了。今天还可学新卡片 {n} 张。',
      counts: '新卡片 {new} · 学习中 {learning} · 复习 {review}',
      dueIn: '{n} 张到期',
      dueNone: '无到期',
      exported: '已导出 {n} 张卡片的进度。',
      imported: '已导入 {n} 张卡片的进度。',
      importFailed: '无法导入该文件：{reason}',
      cardOf: '卡片类型：{kind}',
      deckBuilding: '正在生成卡组…',
      deckReady: '卡组已生成：{notes} 条笔记，{cards} 张带复习安排的卡片，{reviews} 条复习记录。',
      deckEmpty: '请先练习一些卡片：卡组只包含已练习过的笔记。',
      deckFailed: '无法生成卡组：{reason}',
    },
  },
};
