import { kb } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { renderAnkiCards } from './card-html.js';
import { AnkiNoteType } from './note-type.js';
import { planAnkiDeck } from './plan.js';

const basic = new AnkiNoteType({
  id: 1607392319,
  name: 'Test basic',
  kind: 'standard',
  css: '',
  mod: 1764115200,
  fields: [
    { name: 'Front', id: 1 },
    { name: 'Back', id: 2 },
    { name: 'Extra', id: 3 },
  ],
  templates: [
    { name: 'Card 1', id: 4, front: '<b>{{Front}}</b><!-- {{Back}} -->', back: '{{FrontSide}}<hr id="answer">{{Back}}{{#Extra}}<i>{{Extra}}</i>{{/Extra}}{{^Extra}}-{{/Extra}}' },
    { name: 'Card 2', id: 5, front: '{{#Extra}}{{Back}}{{/Extra}}', back: '{{FrontSide}}<hr id="answer">{{Front}}' },
  ],
});

const clozeType = new AnkiNoteType({
  id: 1607392320,
  name: 'Test cloze',
  kind: 'cloze',
  css: '',
  mod: 1764115200,
  fields: [{ name: 'Text', id: 1 }],
  templates: [{ name: 'Cloze', id: 2, front: '{{cloze:Text}}', back: '{{cloze:Text}}' }],
});

describe('renderAnkiCards', () => {
  it('should render fields, sections, negated sections, comments and FrontSide as Anki does', () => {
    expect(renderAnkiCards({ noteType: basic, fields: ['Q', 'A', ''] })).toEqual([{ ord: 0, question: '<b>Q</b>', answer: '<b>Q</b><hr id="answer">A-' }]);
    expect(renderAnkiCards({ noteType: basic, fields: ['Q', 'A', 'E'] })).toEqual([
      { ord: 0, question: '<b>Q</b>', answer: '<b>Q</b><hr id="answer">A<i>E</i>' },
      { ord: 1, question: 'A', answer: 'A<hr id="answer">Q' },
    ]);
  });

  it('should blank the active cloze on the question, show the others, and highlight it on the answer', () => {
    const cards = renderAnkiCards({ noteType: clozeType, fields: ['{{c1::KVM}} runs on {{c2::Linux::an OS}}.'] });
    expect(cards).toEqual([
      { ord: 0, question: '<span class="cloze" data-ordinal="1">[...]</span> runs on Linux.', answer: '<span class="cloze" data-ordinal="1">KVM</span> runs on Linux.' },
      { ord: 1, question: 'KVM runs on <span class="cloze" data-ordinal="2">[an OS]</span>.', answer: 'KVM runs on <span class="cloze" data-ordinal="2">Linux</span>.' },
    ]);
  });

  it('should give every card of a planned deck, with the ordinals the package writer uses', () => {
    const plan = planAnkiDeck(kb, { lang: 'bilingual', concepts: ['kvm'] });
    for (const note of plan.notes) {
      const cards = renderAnkiCards(note);
      expect(cards.map((card) => card.ord)).toEqual(note.noteType.cardOrdinals(note.fields.map((field) => field.normalize('NFC'))));
      for (const card of cards) {
        expect(card.question).not.toMatch(/\{\{/u);
        expect(card.answer).toContain('<hr id="answer">');
      }
    }
    const cloze = plan.notes.find((note) => note.kind === 'cloze')!;
    expect(renderAnkiCards(cloze)[0]!.question).toContain('<span class="cloze" data-ordinal="1">[...]</span>');
  });
});
