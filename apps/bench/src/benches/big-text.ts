/**
 * `big-text`: one explanation of n MB (5 in both modes) in the bundled knowledge base, through every output
 * (handbook, JSON-LD dataset, Turtle, Anki plan, `.apkg`, CSV, the HTML tree), against the same outputs of the
 * knowledge base as shipped. This is where the speed goals of @cloudvirt/checks' 5 MB hostile test live
 * (the test itself asserts no time: a loaded machine made it fail). In this process, with render's
 * explanation cache cleared before every run, so each run parses the text again.
 *
 * @module
 */
import { kb, type KnowledgeBaseData } from '@cloudvirt/core';
import { clearExplanationCache, explanationToHast } from '@cloudvirt/render';
import { ankiDeckPlanToCsv, planAnkiDeck, writeAnkiPackage } from '@cloudvirt/render/anki';
import { toJsonLdDataset, toTurtle } from '@cloudvirt/render/jsonld';
import { toMarkdownHandbook } from '@cloudvirt/render/markdown';
import type { BenchContext } from '../context.js';
import { bigExplanation } from '../generate/big-text.js';
import { cpuFields, cpuMsSince, median, peakRssMb } from '../measure.js';
import type { BenchResult } from '../result.js';

/** The outputs timed, in order. */
const outputs = ['handbook', 'jsonld', 'turtle', 'anki_plan', 'apkg', 'csv', 'hast'] as const;

/** One run: ms per output, the total and the CPU time. */
interface Run {
  readonly ms: Readonly<Record<(typeof outputs)[number], number>>;
  readonly totalMs: number;
  readonly cpuMs: number;
}

/** The speed goal per output at 5 MB: what the hostile test used to assert (it failed on a loaded machine). */
const goalMsPerOutput = 60_000;

/** The bundled data with the explanation of `hypervisor` (both languages) replaced by `text`. */
function withBigExplanation(text: string): KnowledgeBaseData {
  return { ...kb, concepts: kb.concepts.map((concept) => (concept.id === 'hypervisor' ? { ...concept, explanation: { en: text, zh: text } } : concept)) };
}

/** Time every output of `data` once, from a cleared explanation cache. */
async function runOnce(data: KnowledgeBaseData, explanation: string): Promise<Run> {
  clearExplanationCache();
  const cpu = process.cpuUsage();
  const ms: Record<string, number> = {};
  const time = async <T>(name: (typeof outputs)[number], make: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const value = await make();
    ms[name] = performance.now() - started;
    return value;
  };
  await time('handbook', () => toMarkdownHandbook(data, { lang: 'en' }));
  await time('jsonld', () => JSON.stringify(toJsonLdDataset(data)));
  await time('turtle', () => toTurtle(data));
  const plan = await time('anki_plan', () => planAnkiDeck(data, { lang: 'en' }));
  await time('apkg', () => writeAnkiPackage({ notes: plan.notes, decks: plan.decks }));
  await time('csv', () => ankiDeckPlanToCsv(plan));
  await time('hast', () => explanationToHast(explanation, (id) => `/en/concepts/${id}/`));
  const typed = ms as Run['ms'];
  return { ms: typed, totalMs: outputs.reduce((sum, name) => sum + typed[name], 0), cpuMs: cpuMsSince(cpu) };
}

/**
 * Run the big-text benchmark at one size.
 *
 * @param context The run's context.
 * @param n The explanation's size, MB (10^6 UTF-8 bytes).
 * @returns The result: ours is the big knowledge base, the peer the knowledge base as shipped.
 */
export async function benchBigText(context: BenchContext, n: number): Promise<BenchResult> {
  const text = bigExplanation(n * 1_000_000);
  const big = withBigExplanation(text);
  const shipped = kb.getConcept('hypervisor').explanation.en;
  const runs = context.plan['big-text'].runs(n);
  const ours: Run[] = [];
  const peer: Run[] = [];
  for (let run = 0; run < runs; run++) {
    ours.push(await runOnce(big, text));
    peer.push(await runOnce(kb, shipped));
  }
  const perOutput = Object.fromEntries(outputs.map((name) => [`${name}_ms`, Math.round(median(ours.map((run) => run.ms[name])))]));
  const slowest = Math.max(...outputs.map((name) => median(ours.map((run) => run.ms[name]))));
  return {
    name: 'big-text',
    n,
    oursMs: median(ours.map((run) => run.totalMs)),
    peerMs: median(peer.map((run) => run.totalMs)),
    peer: 'the same outputs, shipped knowledge base',
    rssMb: peakRssMb(),
    extra: {
      ...cpuFields(
        ours.map((run) => run.cpuMs),
        peer.map((run) => run.cpuMs),
      ),
      ...perOutput,
    },
    goals: [{ text: `every output ≤ ${goalMsPerOutput / 1000} s`, met: slowest <= goalMsPerOutput }],
    runs,
    samples: { ours: ours.map((run) => run.totalMs), peer: peer.map((run) => run.totalMs) },
  };
}
