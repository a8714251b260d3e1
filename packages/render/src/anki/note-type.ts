/**
 * Note types (Anki "models"): frozen field and template lists with stable ids.
 *
 * @module
 */
import { checkOptionKeys, expectOneOf, expectString, invalidTypeError } from '@cloudvirt/core';
import { isAnkiFieldEmpty } from './text.js';
import type { TemplateNode } from './template.js';
import { clozeNumbersIn, parseAnkiTemplate, specialTemplateFields, templateFieldReferences, templateRendersWith } from './template.js';

/** One field of a note type. */
export interface AnkiFieldSpec {
  /** Field name; no `: { } "`, not starting with `# / ^` or a space, unique (case-insensitively). */
  readonly name: string;
  /** Stable integer id (Anki ≥ 2.1.67 matches fields by id, so a renamed field keeps working). */
  readonly id: number;
  /** Shown in Anki's editor under the field name. */
  readonly description?: string;
  /** Right-to-left text. Default false. */
  readonly rtl?: boolean;
}

/** One card template of a note type. */
export interface AnkiTemplateSpec {
  /** Template name, unique (case-insensitively). */
  readonly name: string;
  /** Stable integer id. */
  readonly id: number;
  /** Front (question) template. */
  readonly front: string;
  /** Back (answer) template. */
  readonly back: string;
}

/** Everything that defines a note type. */
export interface AnkiNoteTypeSpec {
  /** Hard-coded id. Never change it: Anki would add a second note type and stop updating notes. */
  readonly id: number;
  /** Display name. */
  readonly name: string;
  /** `standard` (one card per template with a non-empty front) or `cloze` (one card per `{{cN::…}}`). */
  readonly kind: 'standard' | 'cloze';
  /** Fields, in order. Treat the list as frozen once published. */
  readonly fields: readonly AnkiFieldSpec[];
  /** Templates, in order. A cloze note type has exactly one. */
  readonly templates: readonly AnkiTemplateSpec[];
  /** Styling shared by all cards of the note type. */
  readonly css: string;
  /** Last change of the templates or CSS, in **seconds** since the epoch; bump it on every change. */
  readonly mod: number;
  /** Index of the field Anki's browser sorts by. Default 0. */
  readonly sortField?: number;
}

const forbiddenFieldCharacters = /[:{}"]/;

function fail(message: string, hint: string): never {
  throw new TypeError(`${message}\n${hint}`);
}

function checkId(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value <= 0) fail(`Invalid ${what} id \`${value}\`, expected a positive safe integer.`, 'Pick one random integer once and hard-code it.');
}

function checkUnique(names: readonly string[], what: string, owner: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) fail(`Duplicate ${what} \`${name}\` in note type \`${owner}\`.`, `Anki compares ${what}s case-insensitively and renames duplicates, which breaks templates.`);
    seen.add(key);
  }
}

/**
 * Check the shape of a note type spec (its values are checked against Anki's rules by the constructor).
 *
 * @param spec The value received.
 * @throws {TypeError} When it is not an object, has an unknown key or a value of the wrong type.
 * @throws {RangeError} When `kind` is not `standard` or `cloze`.
 */
function checkNoteTypeSpec(spec: unknown): void {
  const what = (key: string): string => `\`${key}\` of the spec of AnkiNoteType`;
  checkOptionKeys('`spec` argument of AnkiNoteType', spec, ['id', 'name', 'kind', 'fields', 'templates', 'css', 'mod', 'sortField'], true);
  const given = spec as Record<string, unknown>;
  if (typeof given.id !== 'number') throw invalidTypeError(what('id'), given.id, 'a hard-coded note type id (a number)');
  expectString(what('name'), given.name, 'a unique note type name (a string)');
  expectOneOf(what('kind'), given.kind, ['standard', 'cloze']);
  for (const key of ['fields', 'templates'] as const) {
    const list = given[key];
    if (!Array.isArray(list)) throw invalidTypeError(what(key), list, `an array of ${key === 'fields' ? 'fields ({ name, id })' : 'templates ({ name, id, front, back })'}`);
    list.forEach((item: unknown, index) => {
      const entry = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : undefined;
      if (entry === undefined || typeof entry.name !== 'string') throw invalidTypeError(`item ${index} of ${what(key)}`, item, 'an object with a `name` string and an `id`');
      if (key === 'templates') {
        expectString(`\`front\` of template ${index} of AnkiNoteType`, entry.front, 'a front template (a string)');
        expectString(`\`back\` of template ${index} of AnkiNoteType`, entry.back, 'a back template (a string)');
      }
    });
  }
  expectString(what('css'), given.css, 'the CSS of the cards (a string)');
  if (typeof given.mod !== 'number') throw invalidTypeError(what('mod'), given.mod, 'the last change in seconds since the epoch (a number)');
}

/**
 * A note type with validated, frozen fields and templates. It knows which cards a note of this type
 * has, using Anki's own rule, so packages contain exactly the cards Anki would generate.
 *
 * @example
 * ```ts
 * const basic = new AnkiNoteType({
 *   id: 1607392319, name: 'My basic', kind: 'standard', css: '.card {}', mod: 1764115200,
 *   fields: [{ name: 'Front', id: 1 }, { name: 'Back', id: 2 }],
 *   templates: [{ name: 'Card 1', id: 3, front: '{{Front}}', back: '{{FrontSide}}<hr id="answer">{{Back}}' }],
 * });
 * ```
 */
export class AnkiNoteType {
  /** Hard-coded id. */
  readonly id: number;
  /** Display name. */
  readonly name: string;
  /** `standard` or `cloze`. */
  readonly kind: 'standard' | 'cloze';
  /** Fields, in order. */
  readonly fields: readonly AnkiFieldSpec[];
  /** Templates, in order. */
  readonly templates: readonly AnkiTemplateSpec[];
  /** CSS. */
  readonly css: string;
  /** Last change, seconds. */
  readonly mod: number;
  /** Sort field index. */
  readonly sortField: number;
  readonly #fronts: readonly TemplateNode[][];

  /**
   * @param spec The note type definition.
   * @throws {TypeError} When `spec` has an unknown key or a value of the wrong type, or ids, names,
   *   templates or field references are invalid.
   * @throws {RangeError} When `kind` is not `standard` or `cloze`.
   */
  constructor(spec: AnkiNoteTypeSpec) {
    checkNoteTypeSpec(spec);
    checkId(spec.id, 'note type');
    if (spec.name.replaceAll('"', '').trim() === '') fail('Empty note type name.', 'Give the note type a unique, project-specific name.');
    if (!Number.isSafeInteger(spec.mod) || spec.mod <= 0 || spec.mod > 1e11) {
      fail(`Invalid note type \`mod\` ${spec.mod} for \`${spec.name}\`, expected seconds since the epoch.`, 'Milliseconds make Anki compare updates wrongly.');
    }
    if (spec.fields.length === 0) fail(`Note type \`${spec.name}\` has no fields.`, 'Anki rejects note types without fields.');
    if (spec.templates.length === 0) fail(`Note type \`${spec.name}\` has no templates.`, 'Anki rejects note types without templates.');
    if (spec.kind === 'cloze' && spec.templates.length !== 1) fail(`Cloze note type \`${spec.name}\` has ${spec.templates.length} templates, expected 1.`, 'A cloze note type makes one card per {{cN::…}} from a single template.');
    for (const field of spec.fields) {
      checkId(field.id, `field \`${field.name}\``);
      if (field.name.trim() === '' || forbiddenFieldCharacters.test(field.name) || /^[#/^\s]/.test(field.name) || /\s$/.test(field.name)) {
        fail(`Invalid field name \`${field.name}\` in note type \`${spec.name}\`.`, 'Field names must be non-empty, contain no `: { } "` and not start with `# / ^` or whitespace; Anki would rename them.');
      }
    }
    for (const template of spec.templates) checkId(template.id, `template \`${template.name}\``);
    checkUnique(spec.fields.map((field) => field.name), 'field', spec.name);
    checkUnique(spec.templates.map((template) => template.name), 'template', spec.name);
    const ids = [...spec.fields.map((field) => field.id), ...spec.templates.map((template) => template.id)];
    if (new Set(ids).size !== ids.length) fail(`Duplicate field/template ids in note type \`${spec.name}\`.`, 'Give every field and template its own id.');
    const sortField = spec.sortField ?? 0;
    if (!Number.isInteger(sortField) || sortField < 0 || sortField >= spec.fields.length) fail(`Sort field ${sortField} is outside the fields of \`${spec.name}\`.`, `Use 0…${spec.fields.length - 1}.`);

    const known = new Set([...spec.fields.map((field) => field.name), ...specialTemplateFields]);
    const fronts = spec.templates.map((template) => {
      const front = parseAnkiTemplate(template.front);
      const back = parseAnkiTemplate(template.back);
      for (const name of [...templateFieldReferences(front), ...templateFieldReferences(back)]) {
        if (!known.has(name)) fail(`Template \`${template.name}\` of \`${spec.name}\` refers to unknown field \`{{${name}}}\`.`, `Known fields: ${[...known].join(', ')}.`);
      }
      if (spec.kind === 'cloze') {
        const hasCloze = (nodes: readonly TemplateNode[]): boolean =>
          nodes.some((node) => (node.type === 'replacement' ? node.filters.includes('cloze') : hasCloze(node.children)));
        if (!hasCloze(front)) fail(`Cloze note type \`${spec.name}\` has no \`{{cloze:Field}}\` on the front.`, 'Anki would show empty cards.');
      }
      return front;
    });

    this.id = spec.id;
    this.name = spec.name;
    this.kind = spec.kind;
    this.fields = spec.fields;
    this.templates = spec.templates;
    this.css = spec.css;
    this.mod = spec.mod;
    this.sortField = sortField;
    this.#fronts = fronts;
  }

  /** Field names, in order. */
  get fieldNames(): string[] {
    return this.fields.map((field) => field.name);
  }

  /**
   * The card ordinals Anki generates for a note with these field values: the templates whose front
   * renders non-empty, or `N-1` for each cloze number `cN`.
   *
   * @param values Field values (HTML), one per field.
   * @returns Ordinals in ascending order; empty when the note would have no card.
   */
  cardOrdinals(values: readonly string[]): number[] {
    if (this.kind === 'cloze') {
      const numbers = new Set<number>();
      for (const value of values) for (const n of clozeNumbersIn(value)) numbers.add(Math.min(n - 1, 499));
      return [...numbers].sort((a, b) => a - b);
    }
    const nonEmpty = new Set(specialTemplateFields.filter((name) => name !== 'FrontSide' && name !== 'Tags'));
    this.fields.forEach((field, index) => {
      if (!isAnkiFieldEmpty(values[index] ?? '')) nonEmpty.add(field.name);
    });
    return this.#fronts.flatMap((front, ord) => (templateRendersWith(front, nonEmpty) ? [ord] : []));
  }

  /**
   * Anki's legacy `req` list (`[[ord, 'any'|'all'|'none', [field ords]], …]`): which fields a template
   * needs. Current Anki recomputes it; older clients read it.
   */
  get requirements(): [number, 'any' | 'all' | 'none', number[]][] {
    if (this.kind === 'cloze') {
      const clozeFields = this.fields.flatMap((field, index) => (this.templates[0]!.front.includes(`cloze:${field.name}}}`) ? [index] : []));
      return [[0, 'any', clozeFields]];
    }
    const names = this.fieldNames;
    return this.#fronts.map((front, ord): [number, 'any' | 'all' | 'none', number[]] => {
      const all = names.flatMap((_name, index) => (templateRendersWith(front, new Set(names.filter((_, other) => other !== index))) ? [] : [index]));
      if (all.length > 0) return [ord, 'all', all];
      const any = names.flatMap((name, index) => (templateRendersWith(front, new Set([name])) ? [index] : []));
      return any.length > 0 ? [ord, 'any', any] : [ord, 'none', []];
    });
  }

  /**
   * The note type as stored in `col.models` (schema 11), with every key the importer requires.
   *
   * @returns A JSON-serializable object.
   */
  toSchema11(): Record<string, unknown> {
    return {
      id: this.id,
      name: this.name,
      type: this.kind === 'cloze' ? 1 : 0,
      mod: this.mod,
      usn: -1,
      sortf: this.sortField,
      did: null,
      css: this.css,
      latexPre:
        '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
      latexPost: '\\end{document}',
      latexsvg: false,
      tags: [],
      vers: [],
      req: this.requirements,
      flds: this.fields.map((field, ord) => ({
        name: field.name,
        ord,
        sticky: false,
        rtl: field.rtl ?? false,
        font: 'Arial',
        size: 20,
        description: field.description ?? '',
        plainText: false,
        collapsed: false,
        excludeFromSearch: false,
        id: field.id,
        tag: null,
        preventDeletion: false,
      })),
      tmpls: this.templates.map((template, ord) => ({
        name: template.name,
        ord,
        qfmt: template.front,
        afmt: template.back,
        bqfmt: '',
        bafmt: '',
        did: null,
        bfont: '',
        bsize: 0,
        id: template.id,
      })),
    };
  }
}
