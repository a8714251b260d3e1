/**
 * The part of Anki's template language (`rslib/src/template.rs`) needed to know which cards a note
 * has: `{{Field}}`, `{{filter:Field}}`, `{{#Field}}…{{/Field}}`, `{{^Field}}…{{/Field}}` and comments.
 * Anki never generates cards when it imports a package, so the writer must emit exactly the cards Anki
 * would generate; this module answers that question with Anki's own rule.
 *
 * @module
 */

/** A parsed template node (text is dropped: it never decides whether a card exists). */
export type TemplateNode =
  | { readonly type: 'replacement'; readonly field: string; readonly filters: readonly string[] }
  | { readonly type: 'conditional'; readonly field: string; readonly negated: boolean; readonly children: readonly TemplateNode[] };

/** Fields every template may use without declaring them (`rslib/src/notetype/mod.rs` `SPECIAL_FIELDS`). */
export const specialTemplateFields: readonly string[] = ['FrontSide', 'Card', 'CardFlag', 'Deck', 'Subdeck', 'Tags', 'Type', 'CardID'];

type Token = { kind: 'open' | 'negated' | 'close' | 'replacement'; value: string };

function* tokens(template: string): Generator<Token> {
  let index = 0;
  while (index < template.length) {
    if (template.startsWith('{{', index)) {
      const end = template.indexOf('}}', index + 2);
      if (end !== -1) {
        const inner = template.slice(index + 2, end).replace(/^\{+/, '').trim();
        index = end + 2;
        if (inner.length >= 2 && inner.startsWith('#')) yield { kind: 'open', value: inner.slice(1).trim() };
        else if (inner.length >= 2 && inner.startsWith('^')) yield { kind: 'negated', value: inner.slice(1).trim() };
        else if (inner.length >= 2 && inner.startsWith('/')) yield { kind: 'close', value: inner.slice(1).trim() };
        else yield { kind: 'replacement', value: inner };
        continue;
      }
    }
    if (template.startsWith('<!--', index)) {
      const end = template.indexOf('-->', index + 4);
      if (end !== -1) {
        index = end + 3;
        continue;
      }
    }
    index++;
  }
}

/**
 * Parses a template.
 *
 * @param template A card template (`qfmt` or `afmt`).
 * @returns The tree of field references.
 * @throws {SyntaxError} When a `{{#X}}`/`{{^X}}` is never closed or a `{{/X}}` closes nothing.
 */
export function parseAnkiTemplate(template: string): TemplateNode[] {
  const stream = tokens(template);
  const parse = (open: string | null): TemplateNode[] => {
    const nodes: TemplateNode[] = [];
    // Note: `next()` rather than for…of, which would close the shared generator when a section returns.
    for (let step = stream.next(); !step.done; step = stream.next()) {
      const token = step.value;
      if (token.kind === 'replacement') {
        const parts = token.value.split(':');
        nodes.push({ type: 'replacement', field: parts.at(-1)!, filters: parts.slice(0, -1) });
      } else if (token.kind === 'close') {
        if (token.value === open) return nodes;
        throw new SyntaxError(
          `Unexpected \`{{/${token.value}}}\` in an Anki template, expected ${open === null ? 'no closing tag' : `\`{{/${open}}}\``}.\nEvery {{#Field}} or {{^Field}} needs its own {{/Field}}.`,
        );
      } else {
        nodes.push({ type: 'conditional', field: token.value, negated: token.kind === 'negated', children: parse(token.value) });
      }
    }
    if (open !== null) throw new SyntaxError(`Unclosed \`{{#${open}}}\` in an Anki template.\nAdd \`{{/${open}}}\`.`);
    return nodes;
  };
  return parse(null);
}

/**
 * Every field a template refers to (in replacements and conditionals).
 *
 * @param nodes A parsed template.
 * @returns Field names, possibly repeated.
 */
export function templateFieldReferences(nodes: readonly TemplateNode[]): string[] {
  return nodes.flatMap((node) => (node.type === 'replacement' ? [node.field] : [node.field, ...templateFieldReferences(node.children)]));
}

function isEmpty(nonEmpty: ReadonlySet<string>, nodes: readonly TemplateNode[]): boolean {
  for (const node of nodes) {
    if (node.type === 'replacement') {
      if (nonEmpty.has(node.field)) return false;
    } else if (node.negated) {
      if (nonEmpty.has(node.field)) continue;
      if (!isEmpty(nonEmpty, node.children)) return false;
    } else {
      if (!nonEmpty.has(node.field)) continue;
      if (!isEmpty(nonEmpty, node.children)) return false;
    }
  }
  return true;
}

/**
 * Anki's rule for whether a standard template produces a card (`renders_with_fields`): the front
 * must reach at least one non-empty field reference, following `{{#…}}`/`{{^…}}` sections.
 *
 * @param front The parsed front template.
 * @param nonEmptyFields Names of the note's non-empty fields.
 * @returns True when Anki would generate the card.
 */
export function templateRendersWith(front: readonly TemplateNode[], nonEmptyFields: ReadonlySet<string>): boolean {
  return !isEmpty(nonEmptyFields, front);
}

/**
 * The cloze numbers (`{{c1::…}}`, `{{c1,2::…}}`) closed in a text, as `rslib/src/cloze.rs` counts them.
 *
 * @param text Field content.
 * @returns The distinct numbers ≥ 1.
 */
export function clozeNumbersIn(text: string): Set<number> {
  const numbers = new Set<number>();
  const stack: number[][] = [];
  const open = /\{\{c([0-9,]*)::/y;
  let index = 0;
  while (index < text.length) {
    if (text.startsWith('{{c', index)) {
      open.lastIndex = index;
      const match = open.exec(text);
      if (match) {
        const ords = match[1]!
          .split(',')
          .filter((part) => /^[0-9]+$/.test(part))
          .map(Number);
        if (ords.length > 0) {
          if (stack.length < 10) stack.push(ords);
          index = open.lastIndex;
          continue;
        }
      }
    }
    if (text.startsWith('}}', index)) {
      const closed = stack.pop();
      for (const n of closed ?? []) if (n !== 0) numbers.add(n);
      index += 2;
      continue;
    }
    index++;
  }
  return numbers;
}
