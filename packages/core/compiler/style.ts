/**
 * The style rules over reader-facing text ({@link Prose}): `no-meta-reference`, `preferred-term`,
 * `zh-punctuation`, `cjk-latin-spacing` and `en-spelling`. Each finds matches in a text; {@link checkStyle}
 * reports them at their place in the file. FORMAT.md ("Style rules") documents what each rule accepts.
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

/** A pattern that speaks of the text's own source, and the lower-case substrings without which it cannot match. */
interface MetaPattern {
  readonly pattern: RegExp;
  readonly locale: 'en' | 'zh';
  /** At least one of these must occur in the lower-cased text (a cheap test before the regular expression). */
  readonly keys: readonly string[];
}

const metaPatterns: readonly MetaPattern[] = [
  { locale: 'en', keys: ['seed'], pattern: /\b(?:the|this|our)\s+seed(?:'s|’s)?\b/giu },
  { locale: 'en', keys: ['seed'], pattern: /\bseed\s+(?:article|text|page|source)s?\b/giu },
  { locale: 'en', keys: ['article', 'blog'], pattern: /\b(?:this|the)\s+(?:(?:source|original)\s+)?(?:article|blog\s+post)\b/giu },
  { locale: 'en', keys: ['text'], pattern: /\bthe\s+(?:source|original)\s+text\b/giu },
  // 原文 but not 原文件/原文档/中原文化; 本文 but not 文本文件, 版本文档, 脚本, 基本, 样本…; 该文 but not 该文件/该文献.
  { locale: 'zh', keys: ['原文'], pattern: /原文(?![件档化])/gu },
  { locale: 'zh', keys: ['本文'], pattern: /(?<![文版脚基样副剧日成资根课账书原范标蓝读抄一这那])本文(?![件档本字])/gu },
  { locale: 'zh', keys: ['该文'], pattern: /该文(?![件档本字化献])/gu },
  { locale: 'zh', keys: ['篇', '此文'], pattern: /(?:这篇|本篇|该篇|此篇|那篇)(?:文章|文字|博客|博文)?|此文(?![件档本字化献])/gu },
  { locale: 'zh', keys: ['文中'], pattern: /(?<![中英日德法韩汉语原本全该此上下正行])文中(?![文])/gu },
];

/** `no-meta-reference`: the text speaks of its own source (the seed, the article, 原文, 本文…). */
export function findMetaReferences(prose: Prose): StyleFinding[] {
  const findings: StyleFinding[] = [];
  const lower = prose.text.toLowerCase();
  for (const { pattern, locale, keys } of metaPatterns) {
    // Note: a Chinese text may quote English and vice versa, so English patterns run on both languages.
    if (locale === 'zh' && prose.locale !== 'zh') continue;
    if (!keys.some((key) => lower.includes(key))) continue;
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
      note: 'In Chinese text write Chinese and Latin words or digits without a space between them (`IT环境`, `VMM实现结构`), as FORMAT.md (in @cloudvirt/core), "Style rules", says.',
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// en-spelling

/** Add `stem + suffix` for every stem and suffix, mapped to the American form `americanize` gives. */
function expand(
  table: Map<string, string>,
  stems: readonly string[],
  suffixes: readonly string[],
  americanize: (stem: string, suffix: string) => string,
): void {
  for (const stem of stems) for (const suffix of suffixes) table.set(`${stem}${suffix}`, americanize(stem, suffix));
}

/**
 * Common British forms (lower case) → American. Closed lists of stems, so that "otherwise", "enterprise",
 * "supervise", "hour" and "analyses" (the plural of analysis) are never reported.
 */
const americanOf: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  const ourStems = ['behavi', 'fav', 'col', 'lab', 'hon', 'neighb', 'flav', 'harb', 'rum', 'endeav', 'vap', 'hum', 'arm', 'sav', 'od'];
  const ourSuffixes = ['our', 'ours', 'oural', 'ourally', 'oured', 'ouring', 'ourite', 'ourites', 'ourable', 'ourful', 'ourless', 'ourer', 'ourers', 'ourhood'];
  expand(table, ourStems, ourSuffixes, (stem, suffix) => `${stem}o${suffix.slice(2)}`);
  const iseStems = [
    'virtual', 'optim', 'organ', 'recogn', 'util', 'minim', 'maxim', 'custom', 'standard', 'real', 'priorit', 'author', 'categor',
    'summar', 'special', 'central', 'synchron', 'initial', 'serial', 'normal', 'visual', 'container', 'modern', 'emphas', 'apolog',
    'critic', 'memor', 'local', 'global', 'capital', 'character', 'symbol', 'harmon', 'stabil', 'final', 'formal', 'general',
    'commercial', 'privat', 'personal', 'industrial', 'operational', 'monet', 'digit', 'sanit', 'neutral', 'popular',
  ];
  const prefixed = iseStems.flatMap((stem) => [stem, `de${stem}`, `re${stem}`, `un${stem}`]);
  const iseSuffixes = ['ise', 'ises', 'ised', 'ising', 'isation', 'isations', 'iser', 'isers', 'isable'];
  expand(table, prefixed, iseSuffixes, (stem, suffix) => `${stem}iz${suffix.slice(2)}`);
  expand(table, ['anal', 'paral', 'catal'], ['yse', 'ysed', 'ysing'], (stem, suffix) => `${stem}yz${suffix.slice(2)}`);
  const reEndings: Readonly<Record<string, string>> = { re: 'er', res: 'ers', red: 'ered' };
  expand(table, ['cent', 'fib', 'met', 'lit', 'theat', 'calib', 'sab', 'meag', 'spect', 'lust'], ['re', 'res', 'red'], (stem, suffix) => `${stem}${reEndings[suffix] ?? suffix}`);
  expand(table, ['catal', 'anal'], ['ogue', 'ogues'], (stem, suffix) => `${stem}og${suffix.slice(4)}`);
  expand(table, ['licen', 'defen', 'offen', 'preten'], ['ce', 'ces'], (stem, suffix) => `${stem}se${suffix.slice(2)}`);
  const doubled = ['model', 'label', 'travel', 'cancel', 'signal', 'fuel', 'tunnel', 'channel', 'level', 'marshal', 'total'];
  expand(table, doubled, ['led', 'ling', 'ler', 'lers'], (stem, suffix) => `${stem}${suffix.slice(1)}`);
  expand(table, ['enrol', 'fulfil'], ['', 's', 'ment', 'ments'], (stem, suffix) => `${stem}l${suffix}`);
  for (const [british, american] of [
    ['programme', 'program'], ['programmes', 'programs'], ['grey', 'gray'], ['greys', 'grays'], ['whilst', 'while'],
    ['artefact', 'artifact'], ['artefacts', 'artifacts'], ['judgement', 'judgment'], ['judgements', 'judgments'], ['ageing', 'aging'],
  ] as const) {
    table.set(british, american);
  }
  return table;
})();

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
  // Note: one pass over the words and a table lookup each (a regular expression per form was a third of the style checks' time).
  for (const match of prose.text.matchAll(/[A-Za-z]+/gu)) {
    const word = match[0];
    const lowerAmerican = americanOf.get(word.toLowerCase());
    if (lowerAmerican === undefined) continue;
    const american = matchCase(word, lowerAmerican);
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
  return findings;
}

// ---------------------------------------------------------------------------------------------------------

/** `preferred-term`: a variant listed in the terminology table, with the preferred form as the fix. */
export function findVariants(prose: Prose, terminology: Terminology): StyleFinding[] {
  const findings: StyleFinding[] = [];
  const lower = prose.text.toLowerCase();
  for (const variant of terminology.variants) {
    if (variant.locale !== prose.locale || !lower.includes(variant.value.toLowerCase())) continue;
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
