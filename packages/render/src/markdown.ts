/**
 * `@cloudvirt/render/markdown`.
 *
 * @packageDocumentation
 */
import { locales } from '@cloudvirt/core';

/** The locales this adapter renders. */
export const markdownLocales = locales;
