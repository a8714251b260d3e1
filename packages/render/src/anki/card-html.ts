/**
 * The HTML Anki shows for each card of a note: its question and its answer, rendered from the note
 * type's templates with Anki's rules (`rslib/src/template.rs`, `rslib/src/cloze.rs`) for the parts the
 * CloudVirt note types use: `{{Field}}`, `{{#Field}}…{{/Field}}`, `{{^Field}}…{{/Field}}`,
 * `{{FrontSide}}`, `{{cloze:Field}}` and comments. Lets another front end (the site's practice page)
 * show the very cards of a deck, under the same GUIDs and card ordinals.
 *
 * @module
 */
import { invalidTypeError } from '@cloudvirt/core';
import type { AnkiNoteType } from './note-type.js';
import { isAnkiFieldEmpty } from './text.js';

/** One card of a note, as Anki shows it. */
export interface AnkiCardHtml {
  /** The card ordinal (`ord` in Anki's `cards` table): the template index, or the cloze number − 1. */
  readonly ord: number;
  /** The question side (HTML). */
  readonly question: string;
  /** The answer side (HTML), `{{FrontSide}}` and the `<hr id="answer">` rule included. */
  readonly answer: string;
}

type Piece =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'field'; readonly field: string; readonly filters: readonly string[] }
  | { readonly type: 'section'; readonly field: string; readonly negated: boolean; readonly children: readonly Piece[] };

/** Parse a template keeping its text (an unclosed section runs to the end, as Anki renders it). */
function parse(template: string): Piece[] {
  const root: Piece[] = [];
  const stack: { field: string; negated: boolean; children: Piece[] }[] = [];
  const current = (): Piece[] => stack.at(-1)?.children ?? root;
  let index = 0;
  let text = '';
  const flush = (): void => {
    if (text !== '') current().push({ type: 'text', text });
    text = '';
  };
  while (index < template.length) {
    if (template.startsWith('<!--', index)) {
      const end = template.indexOf('-->', index + 4);
      if (end !== -1) {
        index = end + 3;
        continue;
      }
    }
    if (template.startsWith('{{', index)) {
      const end = template.indexOf('}}', index + 2);
      if (end !== -1) {
        flush();
        const inner = template.slice(index + 2, end).trim();
        index = end + 2;
        const head = inner[0];
        if ((head === '#' || head === '^') && inner.length >= 2) {
          stack.push({ field: inner.slice(1).trim(), negated: head === '^', children: [] });
        } else if (head === '/' && inner.length >= 2) {
          const open = stack.pop();
          if (open !== undefined) current().push({ type: 'section', field: open.field, negated: open.negated, children: open.children });
        } else {
          const parts = inner.split(':');
          current().push({ type: 'field', field: parts.at(-1)!.trim(), filters: parts.slice(0, -1).map((part) => part.trim()) });
        }
        continue;
      }
    }
    text += template[index];
    index++;
  }
  flush();
  while (stack.length > 0) {
    const open = stack.pop()!;
    current().push({ type: 'section', field: open.field, negated: open.negated, children: open.children });
  }
  return root;
}

/**
 * Anki's cloze filter for card `ord` (cloze number `ord + 1`): on the question the active deletions
 * become `[...]` (or `[hint]`) and the others show their text; on the answer the active ones are
 * highlighted.
 */
function cloze(text: string, ord: number, side: 'question' | 'answer'): string {
  const number = ord + 1;
  let out = '';
  let index = 0;
  const open = /\{\{c([0-9,]+)::/y;
  while (index < text.length) {
    open.lastIndex = index;
    const match = text.startsWith('{{c', index) ? open.exec(text) : null;
    if (match === null) {
      out += text[index];
      index++;
      continue;
    }
    const start = open.lastIndex;
    // The deletion ends at the `}}` that balances it (deletions may nest).
    let depth = 1;
    let cursor = start;
    while (cursor < text.length && depth > 0) {
      if (text.startsWith('{{c', cursor) && /^\{\{c[0-9,]+::/u.test(text.slice(cursor, cursor + 12))) {
        depth++;
        cursor = text.indexOf('::', cursor) + 2;
      } else if (text.startsWith('}}', cursor)) {
        depth--;
        if (depth > 0) cursor += 2;
      } else cursor++;
    }
    const body = text.slice(start, cursor);
    index = cursor + 2;
    const hintAt = body.lastIndexOf('::');
    const content = cloze(hintAt === -1 ? body : body.slice(0, hintAt), ord, side);
    const hint = hintAt === -1 ? '' : body.slice(hintAt + 2);
    const active = match[1]!.split(',').map(Number).includes(number);
    if (!active) out += content;
    else if (side === 'question') out += `<span class="cloze" data-ordinal="${number}">[${hint === '' ? '...' : hint}]</span>`;
    else out += `<span class="cloze" data-ordinal="${number}">${content}</span>`;
  }
  return out;
}

function render(pieces: readonly Piece[], values: ReadonlyMap<string, string>, ord: number, side: 'question' | 'answer'): string {
  return pieces
    .map((piece) => {
      switch (piece.type) {
        case 'text':
          return piece.text;
        case 'field': {
          const value = values.get(piece.field) ?? '';
          return piece.filters.includes('cloze') ? cloze(value, ord, side) : value;
        }
        case 'section': {
          const present = !isAnkiFieldEmpty(values.get(piece.field) ?? '');
          return present !== piece.negated ? render(piece.children, values, ord, side) : '';
        }
      }
    })
    .join('');
}

/**
 * The question and answer of every card a note has (the ordinals of `noteType.cardOrdinals`, so the
 * cards of a `.apkg` written from the same note), rendered as Anki renders them. Field values are used
 * as they are (they are HTML); the note type's CSS is not included.
 *
 * @param note A note of a deck plan (`planAnkiDeck(…).notes[i]`), or any object with a note type and
 *   its field values.
 * @returns The cards, by ascending ordinal.
 * @throws {TypeError} When `note` has no `noteType` or no `fields` array.
 * @example
 * ```ts
 * const plan = planAnkiDeck(kb, { lang: 'en', concepts: ['kvm'] });
 * const [first] = renderAnkiCards(plan.notes[0]);
 * // first.ord === 0, first.question === '<div class="cv cv-front">…KVM…</div>'
 * ```
 */
export function renderAnkiCards(note: { readonly noteType: AnkiNoteType; readonly fields: readonly string[] }): AnkiCardHtml[] {
  const noteType: unknown = note !== null && typeof note === 'object' ? (note as { noteType?: unknown }).noteType : undefined;
  const fields: unknown = note !== null && typeof note === 'object' ? (note as { fields?: unknown }).fields : undefined;
  if (noteType === null || typeof noteType !== 'object' || !Array.isArray(fields)) {
    throw invalidTypeError('`note` argument of renderAnkiCards', note, 'a planned note (an object with `noteType` and `fields`, such as one of the notes of planAnkiDeck)');
  }
  const values = note.fields.map((field) => field.normalize('NFC'));
  const byName = new Map(note.noteType.fieldNames.map((name, index) => [name, values[index] ?? '']));
  return note.noteType.cardOrdinals(values).map((ord) => {
    const template = note.noteType.templates[note.noteType.kind === 'cloze' ? 0 : ord]!;
    const question = render(parse(template.front), byName, ord, 'question');
    const withFront = new Map(byName).set('FrontSide', question);
    return { ord, question, answer: render(parse(template.back), withFront, ord, 'answer') };
  });
}
