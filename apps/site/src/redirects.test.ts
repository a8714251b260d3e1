import { kb } from '@cloudvirt/core';
import { describe, expect, it } from 'vitest';
import { parseMigrations, resolveRedirects, type Migration } from './redirects.js';

const entry = (group: string, from: string, to: string | null): Migration => ({ group, from, to, date: '2026-11-26', reason: 'test' });

describe('parseMigrations', () => {
  it('should read the format of packages/checks/migrations.json', () => {
    const migrations = parseMigrations({ $comment: 'x', migrations: [entry('concept', 'vmm', 'virtual-machine-monitor'), entry('anki-guid', 'concept/x | definition en', null)] }, 'm.json');
    expect(migrations).toEqual([entry('concept', 'vmm', 'virtual-machine-monitor'), entry('anki-guid', 'concept/x | definition en', null)]);
  });

  it('should refuse other shapes, and ids that are not kebab-case for groups that move pages, naming the entry', () => {
    expect(() => parseMigrations([], 'm.json')).toThrow(/Unexpected content of m\.json, expected \{"migrations": \[\.\.\.\]\}/);
    expect(() => parseMigrations({ migrations: [entry('concept', 'a', 'b'), { group: 'concept', from: 'c' }] }, 'm.json')).toThrow(
      /Unexpected migrations\[1\] in m\.json: "to" must be the new kebab-case id or null/,
    );
    expect(() => parseMigrations({ migrations: [entry('concept', '../../etc', 'kvm')] }, 'm.json')).toThrow(/"from" must be the old kebab-case id/);
    expect(() => parseMigrations({ migrations: [{ from: 'a', to: 'b' }] }, 'm.json')).toThrow(/"group" must be a string/);
  });
});

describe('resolveRedirects', () => {
  it('should point renamed records at their current page, chains at their end, retired records at null', () => {
    const redirects = resolveRedirects(kb, [
      entry('concept', 'vmm', 'virtual-machine-monitor'),
      entry('concept', 'hw-virtualization', 'hardware-virt'),
      entry('concept', 'hardware-virt', 'hardware-assisted-virtualization'),
      entry('concept', 'grid-computing', null),
      entry('comparison', 'hypervisor-types', 'vmm-structure-models'),
      entry('topic', 'virtualisation', 'virtualization'),
      entry('anki-guid', 'concept/kvm | definition en', 'concept/kvm | definition zh'),
    ]);
    expect(redirects).toEqual([
      { group: 'concept', from: 'vmm', to: 'virtual-machine-monitor' },
      { group: 'concept', from: 'hw-virtualization', to: 'hardware-assisted-virtualization' },
      { group: 'concept', from: 'hardware-virt', to: 'hardware-assisted-virtualization' },
      { group: 'concept', from: 'grid-computing', to: null },
      { group: 'comparison', from: 'hypervisor-types', to: 'vmm-structure-models' },
      { group: 'topic', from: 'virtualisation', to: 'virtualization' },
    ]);
    // A chain that ends in a retirement is retired.
    expect(resolveRedirects(kb, [entry('concept', 'a', 'b'), entry('concept', 'b', null)]).map((redirect) => redirect.to)).toEqual([null, null]);
  });

  it('should refuse migrations the site cannot serve, saying why', () => {
    expect(() => resolveRedirects(kb, [entry('concept', 'kvm', 'qemu')])).toThrow(/`kvm`: it is still a concept of the knowledge base/);
    expect(() => resolveRedirects(kb, [entry('concept', 'vmm', 'virtual-machine-manager')])).toThrow(
      /`virtual-machine-manager` is not a concept of the knowledge base[^]*vmm → virtual-machine-manager/,
    );
    expect(() => resolveRedirects(kb, [entry('concept', 'a', 'b'), entry('concept', 'b', 'a')])).toThrow(/cycle in the migrations of concept: a → b → a/);
    expect(() => resolveRedirects(kb, [entry('topic', 'a', 'virtualization'), entry('topic', 'a', 'cloud')])).toThrow(/second migration of topic `a`/);
    // The same id in another group is another record.
    expect(resolveRedirects(kb, [entry('comparison', 'kvm', 'vmm-structure-models')])).toHaveLength(1);
  });
});
