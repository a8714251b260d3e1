import { describe, expect, it } from 'vitest';
import { githubSlug, HeadingSlugger } from './slug.js';

// Cases from github-slugger's own fixtures (Flet/github-slugger test/fixtures.json), which record
// the anchors GitHub generates; they run through one slugger in order, as in that file.
const fixtures: [input: string, expected: string][] = [
  ['alpha', 'alpha'],
  ['alpha', 'alpha-1'],
  ['bravoCharlieDelta', 'bravocharliedelta'],
  ['__proto__', '__proto__'],
  ['__proto__', '__proto__-1'],
  ['hasOwnProperty', 'hasownproperty'],
  ['echo', 'echo'],
  ['echo', 'echo-1'],
  ['echo 1', 'echo-1-1'],
  ['echo-1', 'echo-1-2'],
  ['echo', 'echo-2'],
  ['foxtrot-1', 'foxtrot-1'],
  ['foxtrot', 'foxtrot'],
  ['foxtrot', 'foxtrot-2'],
  ['heading with a - dash', 'heading-with-a---dash'],
  ['heading with an _ underscore', 'heading-with-an-_-underscore'],
  ['heading with a period.txt', 'heading-with-a-periodtxt'],
  ['exchange.bind_headers(exchange, routing [, bindCallback])', 'exchangebind_headersexchange-routing--bindcallback'],
  [' ', '-'],
  [' a', '-a'],
  ['a ', 'a-'],
  [' a ', '-a-'],
  ['-a-', '-a--1'],
  ['apostrophe’s should be trimmed', 'apostrophes-should-be-trimmed'],
  ['I ♥ unicode', 'i--unicode'],
  ['dash-dash', 'dash-dash'],
  ['en–dash', 'endash'],
  ['😄 unicode emoji', '-unicode-emoji'],
  ['😄-😄 unicode emoji', '--unicode-emoji'],
  ['😄_😄 unicode emoji', '_-unicode-emoji'],
  [':smile: - a gemoji', 'smile---a-gemoji'],
  ['Привет non-latin 你好', 'привет-non-latin-你好'],
  [':ok_hand::hatched_chick: Two in a row with no spaces', 'ok_handhatched_chick-two-in-a-row-with-no-spaces'],
  ['a) ] } 〉 》 」 』 】 ） ］ ｝b', 'a----------b'],
  ['a« ‘ ‛ “ ‟ ‹b', 'a-----b'],
  ['a\u2028b', 'ab'],
];

describe('HeadingSlugger', () => {
  it('should reproduce the anchors GitHub generates (github-slugger fixtures)', () => {
    const slugger = new HeadingSlugger();
    expect(fixtures.map(([input]) => slugger.slug(input))).toEqual(fixtures.map(([, expected]) => expected));
  });
});

describe('githubSlug', () => {
  it('should keep Chinese text and drop the bilingual separator', () => {
    expect(githubSlug('Hypervisor · 虚拟机监控程序')).toBe('hypervisor--虚拟机监控程序');
    expect(githubSlug('IT 环境的层次（九层）')).toBe('it-环境的层次九层');
  });
});
