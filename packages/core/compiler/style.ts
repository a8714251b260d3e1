/**
 * The style rules over reader-facing text ({@link Prose}): `no-meta-reference`, `preferred-term`,
 * `zh-punctuation`, `cjk-latin-spacing` and `en-spelling`. Each finds matches in a text; {@link checkStyle}
 * reports them at their place in the file. content/README.md documents what each rule accepts.
 *
 * @module
 */
import type { MessageSink } from './message.js';
import { didYouMean } from './message.js';
import type { RuleId } from './messages.js';
import type { Prose } from './prose.js';
import { codeMark, proseOffset } from './prose.js';
import type { SourceFile } from './source-file.js';
import type { Terminology } from './terminology.js';

/** One match of a style rule in a text. */
export interface StyleFinding {
  /** The rule. */
  readonly ruleId: RuleId;
  /** Index of the match in the text. */
  readonly index: number;
  /** Length of the match. */
  readonly length: number;
  /** "Unexpected X, expected Y". */
  readonly reason: string;
  /** What was found. */
  readonly actual: string;
  /** The replacement(s). */
  readonly expected: readonly string[];
  /** The hint. */
  readonly note: string;
}

/** A Han character (Chinese). */
const han = /\p{Script=Han}/u;
/** Han, CJK and full-width punctuation, and the curly quotes Chinese text uses. */
const cjkContext = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u201C\u201D\u2018\u2019]/u;

/** A Chinese text with URLs masked (their `:`, `?`, `(` are not punctuation of the sentence). */
function maskUrls(text: string): string {
  return text.replace(/\b(?:https?|ftp|concept):[^\s\u3000-\u303F\uFF00-\uFFEF]+/gu, (url) => codeMark.repeat(url.length));
}

// ---------------------------------------------------------------------------------------------------------
// no-meta-reference

/** A pattern that speaks of the text's own source, and what to say instead. */
interface MetaPattern {
  readonly pattern: RegExp;
  readonly locale: 'en' | 'zh';
}

const metaPatterns: readonly MetaPattern[] = [
  { locale: 'en', pattern: /\b(?:the|this|our)\s+seed(?:'s|’s)?\b/giu },
  { locale: 'en', pattern: /\bseed\s+(?:article|text|page|source)s?\b/giu },
  { locale: 'en', pattern: /\b(?:this|the)\s+(?:(?:source|original)\s+)?(?:article|blog\s+post)\b/giu },
  { locale: 'en', pattern: /\bthe\s+(?:source|original)\s+text\b/giu },
  // 原文 but not 原文件/原文档/中原文化; 本文 but not 文本文件, 版本文档, 脚本, 基本, 样本…; 该文 but not 该文件/该文献.
  { locale: 'zh', pattern: /原文(?![件档化])/gu },
  { locale: 'zh', pattern: /(?<![文版脚基样副剧日成资根课账书原范标蓝读抄一这那])本文(?![件档本字])/gu },
  { locale: 'zh', pattern: /该文(?![件档本字化献])/gu },
  { locale: 'zh', pattern: /(?:这篇|本篇|该篇|此篇|那篇)(?:文章|文字|博客|博文)?|此文(?![件档本字化献])/gu },
  { locale: 'zh', pattern: /(?<![中英日德法韩汉语原本全该此上下正行])文中(?![文])/gu },
];

/** `no-meta-reference`: the text speaks of its own source (the seed, the article, 原文, 本文…). */
export function findMetaReferences(prose: Prose): StyleFinding[] {
  const findings: StyleFinding[] = [];
  for (const { pattern, locale } of metaPatterns) {
    // Note: a Chinese text may quote English and vice versa, so English patterns run on both languages.
    if (locale === 'zh' && prose.locale !== 'zh') continue;
    for (const match of prose.text.matchAll(pattern)) {
      const index = match.index;
      if (findings.some((finding) => index < finding.index + finding.length && finding.index < index + match[0].length)) continue;
      findings.push({
        ruleId: 'no-meta-reference',
        index,
        length: match[0].length,
        reason: `Unexpected reference to the text's own source \`${match[0]}\` in \`${prose.field}\`, expected the claim itself or the name of who makes it`,
        actual: match[0],
        expected: [],
        note:
          prose.locale === 'zh'
            ? 'Readers have never seen the source article: state the claim, or attribute it by name (按照红帽的说法……); the `sources` entry with `seed: true` already records provenance.'
            : 'Readers have never seen the source article: state the claim, or attribute it by name ("Red Hat describes…"); the `sources` entry with `seed: true` already records provenance.',
      });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------------------------------------
// zh-punctuation

const fullWidth: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。' };

/**
 * `zh-punctuation`: ASCII punctuation in Chinese text. An ASCII `,` `:` `;` `?` `!` is reported when the
 * character right before or right after it is Chinese (a Han character, CJK or full-width punctuation, or a
 * curly quote); `.` only right after a Han character and not before a Latin letter or digit (so `1.5`,
 * `Node.js`, `VT-x.` and `为.NET` stay); a `(`…`)` pair when the `(` directly follows a Han character, the
 * `)` is directly followed by one, or the parentheses hold one (so `VT-x (Intel)。` stays). Latin-only runs (`VT-x (Intel)`, `Xen, KVM`), inline code and URLs are not Chinese text.
 */
export function findZhPunctuation(prose: Prose): StyleFinding[] {
  if (prose.locale !== 'zh') return [];
  const text = maskUrls(prose.text);
  const isCjk = (index: number): boolean => cjkContext.test(text[index] ?? '');
  const isHan = (index: number): boolean => han.test(text[index] ?? '');
  const reported = new Set<number>();
  const opens: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '(') opens.push(index);
    else if (char === ')') {
      const open = opens.pop();
      if (open === undefined) {
        if (isHan(index - 1) || isHan(index + 1)) reported.add(index);
        continue;
      }
      if (isHan(open - 1) || isHan(index + 1) || han.test(text.slice(open + 1, index))) {
        reported.add(open);
        reported.add(index);
      }
    } else if (char === ',' || char === ':' || char === ';' || char === '?' || char === '!') {
      if (isCjk(index - 1) || isCjk(index + 1)) reported.add(index);
    } else if (char === '.' && han.test(text[index - 1] ?? '') && !/[A-Za-z0-9]/u.test(text[index + 1] ?? '')) {
      reported.add(index);
    }
  }
  for (const open of opens) if (isHan(open - 1) || isHan(open + 1)) reported.add(open);
  return [...reported]
    .sort((a, b) => a - b)
    .map((index) => {
      const actual = text[index] ?? '';
      const expected = fullWidth[actual] ?? actual;
      return {
        ruleId: 'zh-punctuation',
        index,
        length: 1,
        reason: `Unexpected ASCII \`${actual}\` in Chinese text (\`${prose.field}\`), expected the full-width \`${expected}\``,
        actual,
        expected: [expected],
        note: didYouMean([expected], 'Chinese text uses full-width punctuation (，。：；（）！？ and “”); ASCII stays only inside Latin-only runs, code and URLs.'),
      };
    });
}

// ---------------------------------------------------------------------------------------------------------
// cjk-latin-spacing

const spacing = /(?<=\p{Script=Han})[ \t\u00A0]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \t\u00A0]+(?=\p{Script=Han})/gu;

/** `cjk-latin-spacing`: a space between a Han character and a Latin letter or digit, in Chinese text. */
export function findCjkLatinSpacing(prose: Prose): StyleFinding[] {
  if (prose.locale !== 'zh') return [];
  const text = maskUrls(prose.text);
  return [...text.matchAll(spacing)].map((match) => {
    const before = text.slice(Math.max(0, match.index - 4), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 4);
    const fixed = `${before}${after}`.replaceAll(codeMark, '');
    return {
      ruleId: 'cjk-latin-spacing',
      index: match.index,
      length: match[0].length,
      reason: `Unexpected space in \`${`${before}${match[0]}${after}`.replaceAll(codeMark, '…')}\` (\`${prose.field}\`), expected no space between Chinese and Latin (\`${fixed}\`)`,
      actual: match[0],
      expected: [fixed],
      note: 'In Chinese text write Chinese and Latin words or digits without a space between them (`IT环境`, `VMM实现结构`), as content/README.md says.',
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// en-spelling

/** British spelling → American, as [pattern, replacement] over whole words (matched case-insensitively). */
const britishForms: readonly (readonly [RegExp, (word: string) => string])[] = [
  // -our → -or
  [
    /\b(?:behavi|fav|col|lab|hon|neighb|flav|harb|rum|endeav|vap|hum|arm|sav|od)our(?:s|al|ally|ed|ing|ite|ites|able|ful|less|er|ers|hood)?\b/giu,
    (word) => word.replace(/our/iu, (our) => (our === 'OUR' ? 'OR' : 'or')),
  ],
  // -ise/-isation → -ize/-ization (a closed list of stems: "otherwise", "enterprise", "supervise" stay)
  [
    /\b(?:de|re|un)?(?:virtual|optim|organ|recogn|util|minim|maxim|custom|standard|real|priorit|author|categor|summar|special|central|synchron|initial|serial|normal|visual|container|modern|emphas|apolog|critic|memor|local|global|capital|character|symbol|harmon|stabil|final|formal|general|commercial|privat|personal|industrial|operational|monet|digit|sanit|neutral|popular)is(?:e|es|ed|ing|ation|ations|er|ers|able)\b/giu,
    (word) => word.replace(/is(e|es|ed|ing|ation|ations|er|ers|able)$/iu, (suffix) => suffix.replace(/s/u, 'z').replace(/S/u, 'Z')),
  ],
  // analyse, paralyse, catalyse (not "analyses", the plural of analysis)
  [/\b(?:anal|paral|catal)ys(?:e|ed|ing)\b/giu, (word) => word.replace(/ys/iu, (ys) => (ys === 'YS' ? 'YZ' : 'yz'))],
  // -re → -er
  [
    /\b(?:cent|fib|met|lit|theat|calib|sab|meag|spect|lust)re(?:s|d)?\b/giu,
    (word) => word.replace(/re(s|d)?$/iu, (end) => (end === 'res' ? 'ers' : end === 'red' ? 'ered' : 'er')),
  ],
  [/\b(?:catal|anal)ogues?\b/giu, (word) => word.replace(/ogue/iu, 'og')],
  [/\b(?:licence|defence|offence|pretence)s?\b/giu, (word) => word.replace(/ce(s?)$/iu, 'se$1')],
  [
    /\b(?:model|label|travel|cancel|signal|fuel|tunnel|channel|level|marshal|total)l(?:ed|ing|er|ers)\b/giu,
    (word) => word.replace(/ll/iu, 'l'),
  ],
  [/\b(?:enrol|fulfil)(?:s|ment|ments)?\b/giu, (word) => word.replace(/l(s|ment|ments)?$/iu, 'll$1')],
  [/\bprogrammes?\b/giu, (word) => word.replace(/mme/iu, 'm')],
  [/\bgreys?\b/giu, (word) => word.replace(/ey/iu, 'ay')],
  [/\bwhilst\b/giu, (word) => word.replace(/whilst/iu, 'while')],
  [/\bartefacts?\b/giu, (word) => word.replace(/artefact/iu, 'artifact')],
  [/\bjudgements?\b/giu, (word) => word.replace(/judgement/iu, 'judgment')],
  [/\bageing\b/giu, (word) => word.replace(/ageing/iu, 'aging')],
];

/** Give `fixed` the case of `word` (capitalized or upper-case). */
function matchCase(word: string, fixed: string): string {
  if (word === word.toUpperCase()) return fixed.toUpperCase();
  if (word[0] !== undefined && word[0] === word[0].toUpperCase()) return `${fixed[0]?.toUpperCase() ?? ''}${fixed.slice(1)}`;
  return fixed;
}

/** `en-spelling`: a common British spelling in English text; the American form is the fix. */
export function findBritishSpelling(prose: Prose): StyleFinding[] {
  if (prose.locale !== 'en') return [];
  const findings: StyleFinding[] = [];
  for (const [pattern, americanize] of britishForms) {
    for (const match of prose.text.matchAll(pattern)) {
      const word = match[0];
      const american = matchCase(word, americanize(word.toLowerCase()));
      findings.push({
        ruleId: 'en-spelling',
        index: match.index,
        length: word.length,
        reason: `Unexpected British spelling \`${word}\` in \`${prose.field}\`, expected the American \`${american}\``,
        actual: word,
        expected: [american],
        note: didYouMean([american], 'English text uses American spelling.'),
      });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------------------------------------

/** `preferred-term`: a variant listed in the terminology table, with the preferred form as the fix. */
export function findVariants(prose: Prose, terminology: Terminology): StyleFinding[] {
  const findings: StyleFinding[] = [];
  for (const variant of terminology.variants) {
    if (variant.locale !== prose.locale) continue;
    for (const match of prose.text.matchAll(variant.pattern)) {
      const index = match.index;
      const inPreferred = [...prose.text.matchAll(variant.preferredPattern)].some(
        (preferred) => preferred.index <= index && index + match[0].length <= preferred.index + preferred[0].length,
      );
      if (inPreferred) continue;
      findings.push({
        ruleId: 'preferred-term',
        index,
        length: match[0].length,
        reason: `Unexpected variant \`${match[0]}\` in \`${prose.field}\`, expected the preferred term \`${variant.preferred}\``,
        actual: match[0],
        expected: [variant.preferred],
        note: didYouMean([variant.preferred], `content/terminology.md lists \`${variant.value}\` as a variant of \`${variant.preferred}\` (line ${variant.line}); variants stay legal as aliases.`),
      });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}

/**
 * Run every style rule over the prose of the files and report what they find.
 *
 * @param files
 *   The parsed content files (their {@link SourceFile.prose}).
 * @param terminology
 *   The terminology table (`preferred-term` is skipped when the content has none).
 * @param sink
 *   Where problems go.
 */
export function checkStyle(files: readonly SourceFile[], terminology: Terminology | undefined, sink: MessageSink): void {
  for (const file of files) {
    for (const prose of file.prose) {
      const findings = [
        ...findMetaReferences(prose),
        ...(terminology === undefined ? [] : findVariants(prose, terminology)),
        ...findZhPunctuation(prose),
        ...findCjkLatinSpacing(prose),
        ...findBritishSpelling(prose),
      ];
      for (const finding of findings) {
        const start = proseOffset(prose, finding.index);
        // Note: the end is one past the last character (which may be the last of its segment).
        const end = proseOffset(prose, finding.index + finding.length - 1) + 1;
        sink.report(finding.ruleId, file.path, file.position(start, end), finding.reason, {
          actual: finding.actual,
          expected: finding.expected,
          note: finding.note,
        });
      }
    }
  }
}
