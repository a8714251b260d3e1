import { kb } from '@cloudvirt/core';
import type { Concept, KnowledgeBaseData } from '@cloudvirt/core';
import { ankiGuidFor } from '@cloudvirt/render/anki';
import { conceptIri } from '@cloudvirt/render/jsonld';
import { describe, expect, it } from 'vitest';
import { checkIdentityLock, currentIds } from './current-identity.js';
import { collectIdentity, groupIdentity, identityKey, parseIdentityKey } from './identity.js';
import { compareWithLock, formatLockProblems, lockUpdateCommand, parseMigrations, type IdentityIds, type Migration } from './lock.js';

/** A deep copy of the ids, so tests can edit them. */
function copy(ids: IdentityIds): IdentityIds {
  return JSON.parse(JSON.stringify(ids)) as IdentityIds;
}

/** The bundled knowledge base with one concept renamed (and every reference to it). */
function renameConcept(data: KnowledgeBaseData, from: string, to: string): KnowledgeBaseData {
  const swap = (id: string): string => (id === from ? to : id);
  return {
    ...data,
    concepts: data.concepts.map((concept): Concept => ({ ...concept, id: swap(concept.id), prerequisites: concept.prerequisites.map(swap) })),
    relations: data.relations.map((relation) => ({ ...relation, from: swap(relation.from), to: swap(relation.to) })),
    comparisons: data.comparisons.map((comparison) => ({
      ...comparison,
      subjects: comparison.subjects.map(swap),
      cells: comparison.cells.map((cell) => ({ ...cell, subject: swap(cell.subject) })),
    })),
    responsibilityMatrix: {
      ...data.responsibilityMatrix,
      layers: data.responsibilityMatrix.layers.map(swap),
      models: data.responsibilityMatrix.models.map(swap),
      cells: data.responsibilityMatrix.cells.map((cell) => ({ ...cell, model: swap(cell.model), layer: swap(cell.layer) })),
    },
  };
}

const current = currentIds();

describe('identity.lock.json', () => {
  it('should hold every public id of the bundled knowledge base, unchanged', async () => {
    const { problems, lockExists } = await checkIdentityLock();
    expect(lockExists, `packages/checks/identity.lock.json is missing: run \`${lockUpdateCommand}\``).toBe(true);
    expect(problems, formatLockProblems(problems)).toEqual([]);
  });
});

describe('collectIdentity', () => {
  it('should derive every URL, IRI and GUID of a concept from its id', () => {
    for (const concept of kb.concepts) {
      expect(current['site-url'][`concept/${concept.id} | en`]).toBe(`/en/concepts/${concept.id}/`);
      expect(current['site-url'][`concept/${concept.id} | zh`]).toBe(`/zh/concepts/${concept.id}/`);
      expect(current['jsonld-iri'][`concept/${concept.id}`]).toBe(conceptIri(concept.id));
      for (const lang of ['en', 'zh'] as const) {
        expect(current['anki-guid'][`concept/${concept.id} | definition ${lang}`]).toBe(ankiGuidFor('cloudvirt', 'concept', concept.id, 'definition', lang));
      }
      expect(current['handbook-anchor'][`concept/${concept.id} | en`]).toMatch(/^[\p{L}\p{N}_-]+$/u);
    }
  });

  it('should give every record of one group a distinct id', () => {
    for (const group of ['site-url', 'jsonld-iri', 'anki-guid', 'anki-deck'] as const) {
      const values = Object.values(current[group]);
      expect(new Set(values).size, group).toBe(values.length);
    }
    for (const lang of ['en', 'zh']) {
      const anchors = Object.entries(current['handbook-anchor']).filter(([key]) => key.endsWith(`| ${lang}`));
      expect(new Set(anchors.map(([, anchor]) => anchor)).size).toBe(anchors.length);
    }
  });

  it('should keep URLs, IRIs and GUIDs when every text changes', () => {
    const edited: KnowledgeBaseData = {
      ...kb,
      concepts: kb.concepts.map((concept) => ({
        ...concept,
        definition: { en: `${concept.definition.en} (edited)`, zh: `${concept.definition.zh}(改)` },
        explanation: { en: `${concept.explanation.en}\n\nEdited.`, zh: `${concept.explanation.zh}\n\n已修改。` },
        updated: '2030-01-01',
      })),
    };
    const after = groupIdentity(collectIdentity(edited));
    for (const group of ['concept', 'comparison', 'topic', 'site-url', 'jsonld-iri', 'anki-guid', 'anki-note-type', 'anki-deck', 'handbook-anchor'] as const) {
      expect(after[group], group).toEqual(current[group]);
    }
  });

  it('should round-trip keys whose segments hold separators', () => {
    const record = ['deck', 'en', 'A / B | C %20'];
    expect(parseIdentityKey(identityKey({ record, facet: 'x y' }))).toEqual({ record, facet: 'x y' });
  });
});

describe('compareWithLock', () => {
  it('should report a vanished concept and every id derived from it', () => {
    const data: KnowledgeBaseData = { ...kb, concepts: kb.concepts.filter((concept) => concept.id !== 'bochs'), relations: kb.relations.filter((r) => r.from !== 'bochs' && r.to !== 'bochs') };
    const problems = compareWithLock(current, groupIdentity(collectIdentity(data)), []);
    const removed = problems.filter((problem) => problem.type === 'removed');
    expect(removed.map((problem) => `${problem.group} ${problem.key}`)).toEqual(
      expect.arrayContaining(['concept concept/bochs', 'site-url concept/bochs | en', 'jsonld-iri concept/bochs', 'anki-guid concept/bochs | definition en']),
    );
    expect(formatLockProblems(problems)).toContain('migrations.json');
  });

  it('should accept a documented concept rename and ask for a lock update only', () => {
    const renamed = groupIdentity(collectIdentity(renameConcept(kb, 'kvm', 'kernel-vm')));
    const undocumented = compareWithLock(current, renamed, []);
    expect(undocumented.filter((problem) => problem.type === 'removed').length).toBeGreaterThan(10);

    const migration: Migration = { group: 'concept', from: 'kvm', to: 'kernel-vm', date: '2026-11-26', reason: 'test' };
    const problems = compareWithLock(current, renamed, [migration]);
    expect(problems.filter((problem) => problem.type !== 'added'), formatLockProblems(problems)).toEqual([]);
    expect(problems.some((problem) => problem.key === 'concept/kernel-vm')).toBe(false);
  });

  it('should report a changed id value', () => {
    const changed = copy(current);
    changed['anki-note-type']['note-type/CloudVirt Definition'] = 1;
    const problems = compareWithLock(current, changed, []);
    expect(problems).toEqual([expect.objectContaining({ type: 'changed', group: 'anki-note-type', key: 'note-type/CloudVirt Definition', current: 1 })]);
  });

  it('should accept a documented value change of a key that stays, and only that old value', () => {
    const key = 'concept/faas | zh';
    const locked = current['handbook-anchor'][key] as string;
    const changed = copy(current);
    changed['handbook-anchor'][key] = 'new-anchor';
    const migration: Migration = { group: 'handbook-anchor', from: key, to: key, previous: locked, date: '2026-12-02', reason: 'test' };
    expect(compareWithLock(current, changed, [migration])).toEqual([]);
    const otherPrevious = compareWithLock(current, changed, [{ ...migration, previous: 'something-else' }]);
    expect(otherPrevious).toEqual([expect.objectContaining({ type: 'changed', key, current: 'new-anchor' })]);
    expect(() => parseMigrations(JSON.stringify({ migrations: [{ ...migration, to: 'other' }] }))).toThrow(/from and to must both be the key/);
  });

  it('should report new ids as added and name the update command', () => {
    const added = copy(current);
    added['site-url']['page/new | en'] = '/en/new/';
    const problems = compareWithLock(current, added, []);
    expect(problems).toEqual([expect.objectContaining({ type: 'added', key: 'page/new | en' })]);
    expect(formatLockProblems(problems)).toContain(lockUpdateCommand);
  });

  it('should report a migration whose old id still exists or whose new id does not', () => {
    const problems = compareWithLock(current, current, [{ group: 'concept', from: 'kvm', to: 'no-such-concept', date: '2026-11-26', reason: 'test' }]);
    expect(problems.filter((problem) => problem.type === 'bad-migration')).toHaveLength(2);
  });

  it('should let a retired key disappear', () => {
    const without = copy(current);
    delete without['anki-deck']['deck/en/CloudVirt'];
    const problems = compareWithLock(current, without, [{ group: 'anki-deck', from: 'deck/en/CloudVirt', to: null, date: '2026-11-26', reason: 'test' }]);
    expect(problems.filter((problem) => problem.type !== 'bad-migration')).toEqual([]);
  });
});

describe('parseMigrations', () => {
  it('should reject an entry without a reason', () => {
    expect(() => parseMigrations('{"migrations":[{"group":"concept","from":"a","to":"b","date":"2026-11-26","reason":""}]}')).toThrow(/reason must say why/);
  });

  it('should accept the committed file', async () => {
    const { readMigrations } = await import('./lock.js');
    await expect(readMigrations()).resolves.toHaveProperty('migrations');
  });
});
