/**
 * `anki`: the same N cards written as an `.apkg` by our writer and by anki-apkg-export 4.0.3, each run
 * in a fresh process; both outputs are then opened (unzip + SQLite) and checked.
 *
 * The peer runs through its exported `Exporter` with sql.js 1.16 (the build ours uses), because its
 * default export's bundled sql.js 0.5 cannot hold 1,000 notes; that failure is recorded once per size as
 * `peer_as_installed`. The peer is quadratic (it scans the notes table on every insert), so its runs are
 * capped; a capped run counts as the cap (the ratio is then an upper bound, marked `peer_capped=1`).
 *
 * @module
 */
import path from 'node:path';
import type { BenchContext } from '../context.js';
import { CommandTimeout, cpuFields, median, peak, runWorker } from '../measure.js';
import type { BenchResult } from '../result.js';

interface WriteResult {
  readonly ms: number;
  readonly cpuMs: number;
  readonly rssMb: number;
  readonly bytes: number;
}

/** Longest a single peer run may take. */
const peerCapMs = 5 * 60 * 1000;

/**
 * Run the Anki benchmark at one size.
 *
 * @param context The run's context.
 * @param notes Notes (and cards).
 * @param workers The folder of the worker scripts.
 * @returns The result.
 */
export async function benchAnki(context: BenchContext, notes: number, workers: string): Promise<BenchResult> {
  const dir = await context.dir(`anki-${notes}`);
  const runs = context.plan.anki.runs(notes);
  const worker = path.join(workers, 'anki.js');
  const check = path.join(workers, 'check-apkg.js');
  const write = (subject: string, timeoutMs?: number): WriteResult =>
    runWorker<WriteResult>(worker, ['--subject', subject, '--notes', String(notes), '--out', path.join(dir, `${subject}.apkg`)], {
      what: `anki ${subject} (${notes} notes)`,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    }).result;

  const ours: WriteResult[] = [];
  const peer: WriteResult[] = [];
  let capped = false;
  // The peer needs minutes at 10k notes: one run per size beyond the first few thousand.
  const peerRuns = notes > 5000 ? 1 : runs;
  for (let run = 0; run < runs; run++) {
    ours.push(write('ours'));
    if (run < peerRuns && !capped) {
      try {
        peer.push(write('peer', peerCapMs));
      } catch (error) {
        if (!(error instanceof CommandTimeout)) throw error;
        capped = true;
        peer.push({ ms: peerCapMs, cpuMs: Number.NaN, rssMb: Number.NaN, bytes: 0 });
      }
    }
    context.log(`anki ${notes}: run ${run + 1}/${runs}: ours ${ours.at(-1)?.ms.toFixed(0)} ms${run < peer.length ? `, peer ${peer[run]?.ms.toFixed(0)} ms` : ''}`);
  }
  for (const subject of capped ? ['ours'] : ['ours', 'peer']) {
    runWorker(check, ['--file', path.join(dir, `${subject}.apkg`), '--notes', String(notes)], { what: `opening the ${subject} .apkg` });
  }
  let asInstalled = 'ok';
  try {
    write('peer-as-installed', 2 * 60 * 1000);
  } catch (error) {
    asInstalled = error instanceof CommandTimeout ? 'timeout' : /enlarge memory/u.test(String(error)) ? 'out-of-memory' : 'failed';
  }
  const oursMs = median(ours.map((run) => run.ms));
  const peerMs = median(peer.map((run) => run.ms));
  const rssMb = peak(ours.map((run) => run.rssMb));
  return {
    name: 'anki',
    n: notes,
    oursMs,
    peerMs,
    peer: 'anki-apkg-export',
    rssMb,
    extra: {
      ...cpuFields(
        ours.map((run) => run.cpuMs),
        peer.map((run) => run.cpuMs),
      ),
      peer_rss_mb: peak(peer.map((run) => run.rssMb)),
      ours_kb: Math.round((ours.at(-1)?.bytes ?? 0) / 1024),
      checked: capped ? 'ours' : 'both',
      peer_runs: peer.length,
      ...(capped ? { peer_capped: 1 } : {}),
      peer_as_installed: asInstalled,
    },
    goals: [
      { text: 'ratio ≤ 0.5', met: oursMs / peerMs <= 0.5 },
      { text: 'peak RSS < 1 GB', met: rssMb < 1024 },
      { text: 'outputs open', met: true },
    ],
    runs,
    samples: { ours: ours.map((run) => run.ms), peer: peer.map((run) => run.ms) },
  };
}
