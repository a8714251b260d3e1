/**
 * The few words cards need around knowledge-base text, in both languages. Templates carry none of
 * these (they stay language-neutral); the builders put them into fields.
 *
 * @module
 */
import type { Locale, Manager } from '@cloudvirt/core';

/** Labels and sentence frames, per locale. */
export interface Phrases {
  /** Label before the aliases. */
  readonly aliases: string;
  /** Label before the examples. */
  readonly examples: string;
  /** Label before the source titles. */
  readonly source: string;
  /** Label before answers that are also correct but not asked. */
  readonly otherAnswers: string;
  /** Separator between list items. */
  readonly listSeparator: string;
  /** The blank shown in place of a term. */
  readonly blank: string;
  /** Joins choices: `A, B or C`. */
  readonly choices: (items: readonly string[]) => string;
  /** "Which one has this value?" */
  readonly whichSubject: (choices: string) => string;
  /** "In IaaS, who manages the layer “Servers”?" */
  readonly whoManages: (model: string, layer: string) => string;
  /** Answer labels of the responsibility matrix. */
  readonly managers: Readonly<Record<Manager, string>>;
  /** Column header of the matrix table. */
  readonly layerHeader: string;
  /** Column header of the matrix table. */
  readonly managerHeader: string;
  /** Colon used after labels. */
  readonly colon: string;
  /** Question mark. */
  readonly questionMark: string;
}

/** English and Chinese phrases. */
export const phrases: Readonly<Record<Locale, Phrases>> = {
  en: {
    aliases: 'Also called',
    examples: 'Examples',
    source: 'Source',
    otherAnswers: 'Also true, not asked here',
    listSeparator: ', ',
    blank: '[…]',
    choices: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`),
    whichSubject: (choices) => `Which one: ${choices}?`,
    whoManages: (model, layer) => `In ${model}, who manages the layer “${layer}”?`,
    managers: {
      provider: 'The provider',
      customer: 'The customer',
      shared: 'Shared by provider and customer',
    },
    layerHeader: 'Layer',
    managerHeader: 'Managed by',
    colon: ': ',
    questionMark: '?',
  },
  zh: {
    aliases: '别名',
    examples: '示例',
    source: '来源',
    otherAnswers: '同样成立（本题不问）',
    listSeparator: '、',
    blank: '［…］',
    choices: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}还是${items.at(-1)!}`),
    whichSubject: (choices) => `是哪一个：${choices}？`,
    whoManages: (model, layer) => (/^[\p{Script=Latin}\p{N}]|[\p{Script=Latin}\p{N}]$/u.test(model) ? `在 ${model} 模式下，谁负责管理“${layer}”这一层？` : `在${model}模式下，谁负责管理“${layer}”这一层？`),
    managers: {
      provider: '云服务提供商',
      customer: '用户（客户）',
      shared: '提供商与用户共同负责',
    },
    layerHeader: '层',
    managerHeader: '管理方',
    colon: '：',
    questionMark: '？',
  },
};
