/**
 * Redirects for renamed records. `packages/checks/migrations.json` documents every renamed or retired
 * public id (`{"group", "from", "to", "date", "reason"}`, see the checks README); for each rename of a
 * concept, comparison or topic the site keeps the old page path alive in both languages as a redirect
 * page (meta refresh, canonical link, a visible link) to the record's current page, or to the home page
 * when the record was retired (`"to": null`). Chains (`a → b`, later `b → c`) point straight at the end.
 *
 * @module
 */
import type { KnowledgeBase } from '@cloudvirt/core';

/** The groups of `migrations.json` whose renames move site pages. */
export const redirectGroups = ['concept', 'comparison', 'topic'] as const;

/** A group whose renames move site pages. */
export type RedirectGroup = (typeof redirectGroups)[number];

/**
 * One entry of `migrations.json`. Only `group`, `from` and `to` matter to the site; the checks
 * (`@cloudvirt/checks`) validate the rest. Entries of other groups rename one id of the identity lock
 * (an Anki GUID, an anchor…) and move no page.
 */
export interface Migration {
  /** `concept`, `comparison`, `topic`, or another group of the identity lock. */
  readonly group: string;
  /** The old id. */
  readonly from: string;
  /** The new id, or `null` when the record was retired. */
  readonly to: string | null;
  /** When (YYYY-MM-DD). */
  readonly date?: string;
  /** Why. */
  readonly reason?: string;
}

/** An old page path kept alive, and where it leads now. */
export interface Redirect {
  /** What kind of record was renamed. */
  readonly group: RedirectGroup;
  /** The old id (its pages were `/{lang}/{concepts|comparisons|topics}/{from}/`). */
  readonly from: string;
  /** The current id at the end of the chain of renames, or `null` when the record was retired. */
  readonly to: string | null;
}

/** Record ids are kebab-case ASCII (the content compiler's rule); they become path segments. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Check the entries of a migrations file.
 *
 * @param value The parsed JSON.
 * @param where The file, for messages.
 * @returns The migrations, oldest first.
 * @throws {TypeError} When the file is not `{"migrations": [...]}` or an entry lacks a valid group, `from` or `to`.
 */
export function parseMigrations(value: unknown, where: string): Migration[] {
  const list = (value as { migrations?: unknown } | null)?.migrations;
  if (!Array.isArray(list)) throw new TypeError(`Unexpected content of ${where}, expected {"migrations": [...]}.`);
  return list.map((item: unknown, index): Migration => {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Partial<Record<keyof Migration, unknown>>;
    const { group, from, to } = entry;
    const problems: string[] = [];
    if (typeof group !== 'string') problems.push('"group" must be a string such as "concept"');
    const moves = typeof group === 'string' && (redirectGroups as readonly string[]).includes(group);
    if (typeof from !== 'string' || (moves && !idPattern.test(from))) problems.push(`"from" must be the old ${moves ? 'kebab-case id' : 'id'}`);
    if (!(to === null || (typeof to === 'string' && (!moves || idPattern.test(to))))) problems.push(`"to" must be the new ${moves ? 'kebab-case id' : 'id'} or null`);
    if (problems.length > 0) {
      throw new TypeError(`Unexpected migrations[${index}] in ${where}: ${problems.join('; ')}.\nhint: see "Identity lock" in packages/checks/README.md.`);
    }
    return {
      group: group as string,
      from: from as string,
      to: to as string | null,
      ...(typeof entry.date === 'string' ? { date: entry.date } : {}),
      ...(typeof entry.reason === 'string' ? { reason: entry.reason } : {}),
    };
  });
}

/** The ids of the current records of a group. */
function currentIds(kb: KnowledgeBase, group: RedirectGroup): ReadonlySet<string> {
  const records = group === 'concept' ? kb.concepts : group === 'comparison' ? kb.comparisons : kb.topics;
  return new Set(records.map((record) => record.id));
}

/**
 * The redirects a knowledge base needs for a list of migrations: one per renamed or retired concept,
 * comparison and topic, each pointing at the current record at the end of its chain of renames.
 *
 * @param kb The knowledge base the site is built from.
 * @param migrations The migrations, oldest first.
 * @returns The redirects, in the order of the migrations.
 * @throws {RangeError} When an old id is still a current record (its redirect would replace its page),
 *   an id is migrated twice, the renames form a cycle, or a chain ends at an id the knowledge base does
 *   not have.
 */
export function resolveRedirects(kb: KnowledgeBase, migrations: readonly Migration[]): Redirect[] {
  const redirects: Redirect[] = [];
  for (const group of redirectGroups) {
    const ids = currentIds(kb, group);
    const next = new Map<string, string | null>();
    for (const migration of migrations) {
      if (migration.group !== group) continue;
      if (next.has(migration.from)) {
        throw new RangeError(`Unexpected second migration of ${group} \`${migration.from}\`, expected one entry per old id.\nhint: a later rename starts from the newer id.`);
      }
      if (ids.has(migration.from)) {
        throw new RangeError(
          `Unexpected migration of ${group} \`${migration.from}\`: it is still a ${group} of the knowledge base, so its page cannot redirect.\nhint: remove the entry, or rename the ${group}.`,
        );
      }
      next.set(migration.from, migration.to);
    }
    for (const from of next.keys()) {
      const seen = [from];
      let to = next.get(from) ?? null;
      while (to !== null && !ids.has(to)) {
        if (!next.has(to)) {
          throw new RangeError(
            `Unexpected target of the migration of ${group} \`${from}\`: \`${to}\` is not a ${group} of the knowledge base, expected a current id or null (retired).\nhint: chain of renames: ${[...seen, to].join(' → ')}.`,
          );
        }
        if (seen.includes(to)) throw new RangeError(`Unexpected cycle in the migrations of ${group}: ${[...seen, to].join(' → ')}.`);
        seen.push(to);
        to = next.get(to) ?? null;
      }
      redirects.push({ group, from, to });
    }
  }
  return redirects;
}
