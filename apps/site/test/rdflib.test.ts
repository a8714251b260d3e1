/**
 * The dataset as a third-party RDF library reads it: rdflib (Python; Debian `python3-rdflib`) loads the
 * built `kb.jsonld` and `kb.ttl`, which must be isomorphic graphs with one spelling of every language tag
 * (`zh-Hans`), so a SPARQL `FILTER(lang(?l) = "zh-Hans")` finds the same literals in both files.
 *
 * Without rdflib the test is skipped with an install hint; with `CI=true` (or `REQUIRE_RDFLIB=1`) a missing
 * rdflib fails the run (`.ci/run` installs it).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const script = fileURLToPath(new URL('./helpers/rdflib-compare.py', import.meta.url));
const installHint = 'apt-get install -y python3-rdflib';

/** The first Python that can import rdflib: `PYTHON`, then `python3` on the PATH, then Debian's `/usr/bin/python3`. */
function findPython(): string | undefined {
  const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((each): each is string => !!each);
  return candidates.find((python) => spawnSync(python, ['-c', 'import rdflib'], { stdio: 'ignore' }).status === 0);
}

const python = findPython();
const required = process.env.CI === 'true' || process.env.REQUIRE_RDFLIB === '1';
if (!python && !required) console.log(`rdflib tests skipped: no Python with rdflib (${installHint})`);

interface FileReport {
  triples: number;
  languages: string[];
  zhHans: number;
}

describe.skipIf(!python && !required)('kb.jsonld and kb.ttl in rdflib', () => {
  it('should be isomorphic graphs with the same language tags, so lang(?l) = "zh-Hans" finds the same literals in both', () => {
    if (!python) throw new Error(`No Python with rdflib found (tried $PYTHON, python3, /usr/bin/python3): ${installHint}`);
    const run = spawnSync(python, [script, join(siteDir, 'kb.jsonld'), join(siteDir, 'kb.ttl')], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { jsonld: FileReport; turtle: FileReport; isomorphic: boolean; onlyJsonLd: string[]; onlyTurtle: string[] };
    expect({ onlyJsonLd: report.onlyJsonLd, onlyTurtle: report.onlyTurtle }).toEqual({ onlyJsonLd: [], onlyTurtle: [] });
    expect(report.isomorphic).toBe(true);
    expect(report.jsonld.triples).toBeGreaterThan(1000);
    expect(report.turtle.triples).toBe(report.jsonld.triples);
    expect(report.jsonld.languages).toEqual(['en', 'zh-Hans']);
    expect(report.turtle.languages).toEqual(['en', 'zh-Hans']);
    expect(report.jsonld.zhHans).toBeGreaterThan(0);
    expect(report.turtle.zhHans).toBe(report.jsonld.zhHans);
  });
});
