import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileContent, compileFiles, readContentFiles } from './compile.js';
import { packLicenses } from './parse-pack.js';

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content');

describe('pack.md', () => {
  it('should compile the real pack: id, licence of the text, attribution of the source article', async () => {
    const result = await compileContent(contentDir);
    expect(result.ok).toBe(true);
    const pack = result.ok ? result.data.pack : undefined;
    expect(pack).toMatchObject({
      id: 'cloudvirt',
      license: { id: 'CC-BY-SA-4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
      version: '1.0.0',
      created: '2026-11-26',
    });
    expect(pack?.license.url).toBe(packLicenses['CC-BY-SA-4.0']);
    expect(pack?.basedOn.map((basis) => [basis.title.zh, basis.lang])).toEqual([['虚拟化和云计算的区别', 'zh']]);
    // Nothing unknown is invented: the seed's author and address are not recorded.
    expect(pack?.basedOn[0]).not.toHaveProperty('url');
    expect(pack?.basedOn[0]).not.toHaveProperty('author');
  });
});

describe('pack.md: description and site', () => {
  /** Compile the real content with pack.md edited; the messages about pack.md as `line:column ruleId`. */
  async function packMessages(edit: (text: string) => string): Promise<{ ok: boolean; messages: string[]; reasons: string[] }> {
    const files = (await readContentFiles(contentDir)).map((file) => (file.path === 'pack.md' ? { ...file, value: edit(file.value) } : file));
    const result = compileFiles(files, 'content');
    const ofPack = result.messages.filter((message) => message.file === path.join('content', 'pack.md'));
    return { ok: result.ok, messages: ofPack.map((message) => `${message.line}:${message.column} ${message.ruleId}`), reasons: ofPack.map((message) => message.reason) };
  }

  it('should carry description and site into the pack, and compile without them', async () => {
    const result = await compileContent(contentDir);
    const pack = result.ok ? result.data.pack : undefined;
    expect(pack?.description?.en).toMatch(/^A bilingual \(English and Chinese\) knowledge base/u);
    expect(pack?.site).toEqual({
      subject: { en: 'cloud computing vs. virtualization', zh: '云计算与虚拟化' },
      intro: expect.objectContaining({ en: expect.stringMatching(/^What cloud computing is/u) }) as unknown,
      searchExample: { en: 'hypervisor, IaaS, 虚拟化', zh: '虚拟化、宿主、IaaS' },
    });
    const without = await packMessages((text) => text.replace(/^description:\n(?: {2}.*\n)+/mu, '').replace(/^site:\n(?: {2}.*\n)+/mu, ''));
    expect(without).toEqual({ ok: true, messages: [], reasons: [] });
  });

  it('should report missing-language, empty-text, wrong-type and unknown-key (with a did-you-mean) at their lines', async () => {
    const report = await packMessages((text) =>
      text
        .replace(/^( {2}zh: 中英双语的云计算与虚拟化知识库.*)$/mu, '')
        .replace('  subject:\n', '  subjct:\n')
        .replace(/^( {4}en: "What cloud computing is.*)$/mu, '    en: ""')
        .replace(/^ {2}searchExample:\n {4}en: hypervisor, IaaS, 虚拟化\n {4}zh: 虚拟化、宿主、IaaS$/mu, '  searchExample: hypervisor'),
    );
    expect(report.ok).toBe(false);
    expect(report.messages).toEqual(['11:1 missing-language', '15:3 unknown-key', '19:9 empty-text', '21:18 wrong-type']);
    expect(report.reasons[1]).toContain('subjct');
    expect(report.reasons[0]).toContain('zh');
  });

  it('should report a site that is not a map', async () => {
    const report = await packMessages((text) => text.replace(/^site:\n(?: {2}.*\n)+/mu, 'site: cloud computing\n'));
    expect(report.messages).toEqual(['14:7 wrong-type']);
  });
});
