/**
 * `@cloudvirt/render/jsonld`.
 *
 * @packageDocumentation
 */
import { locales } from '@cloudvirt/core';

/** The locales this adapter renders. */
export const jsonldLocales = locales;
