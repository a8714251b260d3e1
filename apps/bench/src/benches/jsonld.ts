/**
 * `jsonld`: generate the JSON-LD dataset of a compiled pack with `@cloudvirt/render/jsonld` (ours) and
 * what a consumer pays to read it, `jsonld.expand` with an offline loader (peer); each in a fresh
 * process.
 *
 * @module
 */
import path from 'node:path';
import type { BenchContext } from '../context.js';
import { cpuFields, median, peak, runWorker } from '../measure.js';
import type { BenchResult } from '../result.js';

interface Timed {
  readonly ms: number;
  readonly cpuMs: number;
  readonly rssMb: number;
  readonly bytes?: number;
  readonly nodes: number;
}

/**
 * Run the JSON-LD benchmark at one size.
 *
 * @param context The run's context.
 * @param n Concepts.
 * @param workers The folder of the worker scripts.
 * @returns The result.
 */
export async function benchJsonLd(context: BenchContext, n: number, workers: string): Promise<BenchResult> {
  const data = await context.data(n);
  const dir = await context.dir(`jsonld-${n}`);
  const file = path.join(dir, 'kb.jsonld');
  const worker = path.join(workers, 'jsonld.js');
  const runs = context.plan.jsonld.runs(n);
  const ours: Timed[] = [];
  const peer: Timed[] = [];
  for (let run = 0; run < runs; run++) {
    ours.push(runWorker<Timed>(worker, ['--subject', 'ours', '--data', data, '--out', file], { what: 'jsonld generate' }).result);
    peer.push(runWorker<Timed>(worker, ['--subject', 'peer', '--file', file], { what: 'jsonld expand' }).result);
  }
  const last = ours.at(-1);
  if (last !== undefined && peer.some((run) => run.nodes !== last.nodes)) {
    throw new Error(`jsonld.expand returned ${peer[0]?.nodes} nodes, expected the ${last.nodes} of the dataset's @graph`);
  }
  return {
    name: 'jsonld',
    n,
    oursMs: median(ours.map((run) => run.ms)),
    peerMs: median(peer.map((run) => run.ms)),
    peer: 'jsonld.expand',
    rssMb: peak(ours.map((run) => run.rssMb)),
    extra: {
      ...cpuFields(
        ours.map((run) => run.cpuMs),
        peer.map((run) => run.cpuMs),
      ),
      size_kb: Math.round((last?.bytes ?? 0) / 1024), nodes: last?.nodes ?? 0, peer_rss_mb: peak(peer.map((run) => run.rssMb)),
    },
    goals: [],
    runs,
    samples: { ours: ours.map((run) => run.ms), peer: peer.map((run) => run.ms) },
  };
}
