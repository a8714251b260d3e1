import { describe, expect, it } from 'vitest';
import type { Locale } from '../src/model.js';
import type { Prose } from './prose.js';
import { findBritishSpelling, findCjkLatinSpacing, findMetaReferences, findZhPunctuation } from './style.js';

/** A one-segment prose text. */
function prose(locale: Locale, text: string): Prose {
  return { locale, field: `definition.${locale}`, text, segments: [{ index: 0, offset: 0 }] };
}

/** What a finder reports, as `actual@index`. */
function found(findings: readonly { actual: string; index: number }[]): string[] {
  return findings.map((finding) => `${finding.actual}@${finding.index}`);
}

describe('no-meta-reference', () => {
  it('should report the seed, this article, 原文, 本文, 该文 and 这篇文章', () => {
    expect(found(findMetaReferences(prose('en', 'The seed lists it; the seed’s author and this article agree.')))).toEqual(['The seed@0', 'the seed’s@19', 'this article@41']);
    expect(found(findMetaReferences(prose('zh', '原文把它列为例子，本文沿用，该文也提到，这篇文章同样如此。')))).toEqual(['原文@0', '本文@9', '该文@14', '这篇文章@20']);
  });

  it('should not report words that only contain the characters', () => {
    expect(findMetaReferences(prose('zh', '它读取文本文件、版本文档、原文件和该文件，切换上下文，在中文中写作，基本文法不变。'))).toEqual([]);
    expect(findMetaReferences(prose('en', 'A seed value seeds the generator; the Wikipedia article on Xen and the text of the license.'))).toEqual([]);
  });
});

describe('zh-punctuation', () => {
  it('should report ASCII punctuation next to Chinese, with the full-width form as the fix', () => {
    const findings = findZhPunctuation(prose('zh', '虚拟机(VM)是一种环境,例如:Xen!对吗?是的.'));
    expect(found(findings)).toEqual(['(@3', ')@6', ',@12', ':@15', '!@19', '?@22', '.@25']);
    expect(findings.map((finding) => finding.expected[0])).toEqual(['（', '）', '，', '：', '！', '？', '。']);
  });

  it('should leave Latin-only runs, decimals, file names and URLs alone', () => {
    const text = '英特尔的VT-x (Intel)。支持Xen, KVM和1.5版，为.NET编译，见https://example.com/a?b=1:2和v2.0。';
    expect(findZhPunctuation(prose('zh', text))).toEqual([]);
  });

  it('should report a pair of parentheses that holds Chinese even between Latin words', () => {
    expect(found(findZhPunctuation(prose('zh', 'Xen (开源) Hypervisor')))).toEqual(['(@4', ')@7']);
  });

  it('should not look at English text', () => {
    expect(findZhPunctuation(prose('en', 'Xen (see 虚拟化), for example.'))).toEqual([]);
  });
});

describe('cjk-latin-spacing', () => {
  it('should report spaces between Han and Latin letters or digits, in both orders', () => {
    const findings = findCjkLatinSpacing(prose('zh', '管理 IT 环境的 9 个层次'));
    expect(found(findings)).toEqual([' @2', ' @5', ' @9', ' @11']);
    expect(findings[1]?.expected).toEqual(['理 IT环境的 ']);
  });

  it('should leave spaces between Latin words and next to punctuation alone', () => {
    expect(findCjkLatinSpacing(prose('zh', 'Type 1 Hypervisor，即 “裸机型”。'))).toEqual([]);
  });
});

describe('en-spelling', () => {
  it('should give the American form, in the case of the word', () => {
    const findings = findBritishSpelling(prose('en', 'Behaviour, virtualisation, CENTRE, catalogues, modelling and a licence.'));
    expect(findings.map((finding) => `${finding.actual}→${finding.expected[0] ?? ''}`)).toEqual([
      'Behaviour→Behavior',
      'virtualisation→virtualization',
      'CENTRE→CENTER',
      'catalogues→catalogs',
      'modelling→modeling',
      'licence→license',
    ]);
  });

  it('should not report words that only look British', () => {
    expect(findBritishSpelling(prose('en', 'Otherwise the enterprise analyses, supervises and advertises each hour; the premise is precise.'))).toEqual([]);
  });
});
