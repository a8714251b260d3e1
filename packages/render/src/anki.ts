/**
 * `@cloudvirt/render/anki`.
 *
 * @packageDocumentation
 */
import { locales } from '@cloudvirt/core';

/** The locales this adapter renders. */
export const ankiLocales = locales;
