/**
 * The test packs' extra concept: a fourth concept of the mini pack (`fixtures/mini-pack`) that nothing
 * links to, so tests can add, rename and delete it.
 *
 * @module
 */
import { fileURLToPath } from 'node:url';

/** The mini pack's content folder. */
export const miniPack = fileURLToPath(new URL('../fixtures/mini-pack/content/', import.meta.url));

/** `concepts/white-tea.md`: a fourth concept that nothing links to (so it can be deleted). */
export const whiteTea = `---
kind: product
topic: tea
level: intermediate
updated: 2026-12-01
label:
  en: White tea
  zh: 白茶
aliases:
  en: []
  zh: []
definition:
  en: A tea whose young leaves are withered and dried with as little processing as possible.
  zh: 嫩叶经萎凋和干燥、尽量少加工的茶。
prerequisites: [oxidation]
sources:
  - url: https://en.wikipedia.org/wiki/White_tea
    lang: en
    seed: false
    title:
      en: White tea (Wikipedia)
      zh: 白茶（维基百科，英文）
---

# en

White tea is barely processed, so only a little [oxidation](concept:oxidation) happens.

# zh

白茶几乎不经加工，只发生少量[氧化](concept:oxidation)。
`;
