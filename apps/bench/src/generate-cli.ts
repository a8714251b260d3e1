/**
 * `pnpm --filter @cloudvirt/bench generate --concepts <N> --out <dir> [--seed <n>]`: write a synthetic
 * content pack (see `generate/pack.ts`).
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSeed, generatePack } from './generate/pack.js';
import { writePack } from './generate/write.js';

const usage = 'Usage: generate --concepts <N> --out <dir> [--seed <n>]\n';

try {
  const { values } = parseArgs({
    options: { concepts: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
    strict: true,
  });
  const concepts = Number(values.concepts);
  if (values.out === undefined || !Number.isInteger(concepts)) throw new Error(`Missing --concepts or --out.\n${usage}`);
  const seed = values.seed === undefined ? defaultSeed : Number(values.seed);
  const pack = generatePack({ concepts, seed });
  const dir = await writePack(pack, path.resolve(values.out));
  const { counts } = pack;
  console.log(
    `pack: ${counts.concepts} concepts, ${counts.relations} relations, ${counts.links} links, ${counts.comparisons} comparisons, ` +
      `${counts.topics} topics, ${(counts.bytes / 1024 / 1024).toFixed(1)} MiB → ${dir}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
