/**
 * The identity lock: `identity.lock.json` freezes every public id; `migrations.json` documents the ids
 * that were renamed or retired on purpose. {@link compareWithLock} tells what changed.
 *
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { identityGroups, identityKey, parseIdentityKey, type IdentityGroup } from './identity.js';

/** `packages/checks/`. */
export const checksDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The committed lock file. */
export const lockFile = path.join(checksDir, 'identity.lock.json');
/** The committed migrations file. */
export const migrationsFile = path.join(checksDir, 'migrations.json');
/** The command that rewrites the lock (named in every failure message). */
export const lockUpdateCommand = 'pnpm --filter @cloudvirt/checks lock:update';

/** Ids by group, then by key. */
export type IdentityIds = Record<IdentityGroup, Record<string, string | number>>;

/** The content of `identity.lock.json`. */
export interface IdentityLock {
  /** What this file is, for people who open it. */
  readonly $comment: string;
  /** The base IRI the URLs and IRIs were computed with. */
  readonly baseIri: string;
  /** Every public id. */
  readonly ids: IdentityIds;
}

/** Groups whose migrations rename a record (and every id derived from it). */
export const recordGroups = ['concept', 'comparison', 'topic'] as const;

/** A group whose migrations rename a record. */
export type RecordGroup = (typeof recordGroups)[number];

/**
 * Where each kind of record names another record: a renamed concept also moves the relations, comparison
 * cells and matrix cells that name it (`relation/<from>/<type>/<to>`: segments 1 and 3).
 */
export const recordReferences: Readonly<Record<RecordGroup, Readonly<Record<string, readonly number[]>>>> = {
  concept: { concept: [1], relation: [1, 3], 'comparison-cell': [2], 'matrix-cell': [1, 2] },
  comparison: { comparison: [1], 'comparison-cell': [1] },
  topic: { topic: [1] },
};

/** One documented rename or retirement. */
export interface Migration {
  /**
   * `concept`, `comparison` or `topic`: a record was renamed, and every id derived from it (URLs, IRIs,
   * GUIDs, anchors) moves with it. Any other group: one key of that group was renamed.
   */
  readonly group: IdentityGroup;
  /** The old id (a concept id, or the old lock key of the group). */
  readonly from: string;
  /** The new id, or `null` when the record was retired. */
  readonly to: string | null;
  /**
   * Only for a key that stays while its value changes (a handbook anchor or deck name that follows an
   * edited label): the old value. Then `from` and `to` are both that key, and the lock accepts the new value
   * in place of this one.
   */
  readonly previous?: string | number;
  /** When (YYYY-MM-DD). */
  readonly date: string;
  /** Why: shown to whoever reads the migration list. */
  readonly reason: string;
}

/** The content of `migrations.json`. */
export interface MigrationsFile {
  /** What this file is. */
  readonly $comment?: string;
  /** Every documented migration, oldest first. */
  readonly migrations: readonly Migration[];
}

/** One difference between the lock and the current ids. */
export interface LockProblem {
  /** `removed`/`changed` need a migration; `added` needs a lock update; `bad-migration` a fix of migrations.json. */
  readonly type: 'removed' | 'changed' | 'added' | 'bad-migration';
  /** The group. */
  readonly group: IdentityGroup;
  /** The key (current key for `added`, locked key otherwise). */
  readonly key: string;
  /** What it was, when locked. */
  readonly locked?: string | number;
  /** What it is now, when present. */
  readonly current?: string | number;
  /** Human-readable detail. */
  readonly message: string;
}

/**
 * Read and validate a migrations file.
 *
 * @param text The file's JSON.
 * @returns The migrations.
 * @throws {TypeError} When the file is not the documented shape.
 */
export function parseMigrations(text: string): MigrationsFile {
  const value = JSON.parse(text) as unknown;
  const list = (value as { migrations?: unknown } | null)?.migrations;
  if (!Array.isArray(list)) throw new TypeError('Unexpected migrations.json, expected `{"migrations": [...]}`.');
  list.forEach((item: unknown, index) => {
    const migration = item as Partial<Record<keyof Migration, unknown>>;
    const problems: string[] = [];
    if (!identityGroups.includes(migration.group as IdentityGroup)) problems.push(`group must be one of ${identityGroups.join(', ')}`);
    if (typeof migration.from !== 'string' || migration.from === '') problems.push('from must be the old id');
    if (!(migration.to === null || (typeof migration.to === 'string' && migration.to !== ''))) problems.push('to must be the new id or null');
    if (typeof migration.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(migration.date)) problems.push('date must be YYYY-MM-DD');
    if (typeof migration.reason !== 'string' || migration.reason.trim() === '') problems.push('reason must say why');
    if (migration.previous !== undefined) {
      if (typeof migration.previous !== 'string' && typeof migration.previous !== 'number') problems.push('previous must be the old value (a string or number)');
      if (migration.from !== migration.to) problems.push('with previous, from and to must both be the key whose value changed');
      if ((recordGroups as readonly string[]).includes(String(migration.group))) problems.push('previous is for one key of a non-record group');
    }
    if (problems.length > 0) throw new TypeError(`Unexpected migrations[${index}] in migrations.json: ${problems.join('; ')}.`);
  });
  return value as MigrationsFile;
}

/** Read `migrations.json` (an empty list when the file does not exist). */
export async function readMigrations(file = migrationsFile): Promise<MigrationsFile> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '{"migrations": []}';
    throw error;
  });
  return parseMigrations(text);
}

/** Read `identity.lock.json`, or `undefined` when it does not exist yet. */
export async function readLock(file = lockFile): Promise<IdentityLock | undefined> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? undefined : (JSON.parse(text) as IdentityLock);
}

/**
 * The lock file's text for some ids (stable: keys in collection order, two-space JSON, final newline).
 *
 * @param ids The ids.
 * @param baseIri The base IRI they were computed with.
 * @returns The JSON text.
 */
export function formatLock(ids: IdentityIds, baseIri: string): string {
  const lock: IdentityLock = {
    $comment: `Every public id of @cloudvirt's outputs. Never edit by hand: run \`${lockUpdateCommand}\`. Renames and removals need an entry in migrations.json first.`,
    baseIri,
    ids,
  };
  return `${JSON.stringify(lock, null, 2)}\n`;
}

/** Write the lock file. */
export async function writeLock(ids: IdentityIds, baseIri: string, file = lockFile): Promise<void> {
  await writeFile(file, formatLock(ids, baseIri), 'utf8');
}

/** Where a locked key goes under the migrations: its new key, `null` (retired) or itself. */
function migrateKey(group: IdentityGroup, key: string, migrations: readonly Migration[]): { key: string | null; migrated: boolean } {
  let current = key;
  let migrated = false;
  for (const migration of migrations) {
    if (migration.previous !== undefined) continue; // a value change: the key stays
    const positions = recordReferences[migration.group as RecordGroup] as Readonly<Record<string, readonly number[]>> | undefined;
    if (positions !== undefined) {
      const { record, facet } = parseIdentityKey(current);
      const at = (positions[record[0] ?? ''] ?? []).filter((index) => record[index] === migration.from);
      if (at.length === 0) continue;
      if (migration.to === null) return { key: null, migrated: true };
      const renamed = record.map((segment, index) => (at.includes(index) ? (migration.to ?? segment) : segment));
      current = identityKey({ record: renamed, facet });
      migrated = true;
    } else if (migration.group === group && migration.from === current) {
      if (migration.to === null) return { key: null, migrated: true };
      current = migration.to;
      migrated = true;
    }
  }
  return { key: current, migrated };
}

/**
 * Compare the locked ids with the current ones under the documented migrations.
 *
 * - a locked id that is gone, or whose value changed, is a problem unless a migration covers it;
 * - a current id the lock does not have is `added` (fine, but the lock must be updated);
 * - a migration whose old id still exists, or whose new id does not, is `bad-migration`.
 *
 * @param locked The lock's ids.
 * @param current The ids computed now.
 * @param migrations The documented migrations.
 * @returns Every problem, in group order.
 */
export function compareWithLock(locked: IdentityIds, current: IdentityIds, migrations: readonly Migration[]): LockProblem[] {
  const problems: LockProblem[] = [];
  const valueChanges = new Map<string, Migration>();
  for (const migration of migrations) {
    if (migration.previous !== undefined) {
      valueChanges.set(`${migration.group}\u0000${migration.from}`, migration);
      if (!Object.hasOwn(current[migration.group], migration.from)) {
        problems.push({ type: 'bad-migration', group: migration.group, key: migration.from, message: `migrations.json changes the value of \`${migration.from}\`, which does not exist` });
      }
      continue;
    }
    const isRecord = (recordGroups as readonly string[]).includes(migration.group);
    const has = (id: string): boolean => (isRecord ? Object.hasOwn(current[migration.group], `${migration.group}/${id}`) : Object.hasOwn(current[migration.group], id));
    if (has(migration.from)) {
      problems.push({ type: 'bad-migration', group: migration.group, key: migration.from, message: `migrations.json renames \`${migration.from}\`, but it still exists` });
    }
    if (migration.to !== null && !has(migration.to)) {
      problems.push({ type: 'bad-migration', group: migration.group, key: migration.to, message: `migrations.json renames \`${migration.from}\` to \`${migration.to}\`, which does not exist` });
    }
  }
  for (const group of identityGroups) {
    const lockedGroup = locked[group] ?? {};
    const currentGroup = current[group];
    const expected = new Set<string>();
    for (const [key, value] of Object.entries(lockedGroup)) {
      const target = migrateKey(group, key, migrations);
      if (target.key === null) continue;
      expected.add(target.key);
      if (!Object.hasOwn(currentGroup, target.key)) {
        problems.push({
          type: 'removed',
          group,
          key,
          locked: value,
          message: target.migrated ? `\`${key}\` was migrated to \`${target.key}\`, which does not exist` : `\`${key}\` (${String(value)}) disappeared`,
        });
      } else if (!target.migrated && currentGroup[target.key] !== value && valueChanges.get(`${group}\u0000${key}`)?.previous !== value) {
        problems.push({
          type: 'changed',
          group,
          key,
          locked: value,
          current: currentGroup[target.key] as string | number,
          message: `\`${key}\` changed from ${String(value)} to ${String(currentGroup[target.key])}`,
        });
      }
    }
    for (const [key, value] of Object.entries(currentGroup)) {
      if (!expected.has(key)) problems.push({ type: 'added', group, key, current: value, message: `\`${key}\` (${String(value)}) is new` });
    }
  }
  return problems;
}

/**
 * The failure message for lock problems: what changed, and what to do.
 *
 * @param problems From {@link compareWithLock}.
 * @param limit How many problems to list per type.
 * @returns A message, or `''` when there is no problem.
 */
export function formatLockProblems(problems: readonly LockProblem[], limit = 20): string {
  if (problems.length === 0) return '';
  const lines: string[] = [];
  const byType = (type: LockProblem['type']): LockProblem[] => problems.filter((problem) => problem.type === type);
  const list = (items: readonly LockProblem[]): void => {
    for (const item of items.slice(0, limit)) lines.push(`  - [${item.group}] ${item.message}`);
    if (items.length > limit) lines.push(`  … and ${items.length - limit} more`);
  };
  const breaking = [...byType('removed'), ...byType('changed')];
  if (breaking.length > 0) {
    lines.push(`${breaking.length} public id(s) would change or disappear:`);
    list(breaking);
    lines.push(
      'Public ids never change: users link to these URLs, linked-data users cite these IRIs, and Anki matches notes by GUID.',
      'hint: if the rename is intended, keep the old id as a documented migration in packages/checks/migrations.json',
      '      ({"group": "concept", "from": "<old>", "to": "<new>" | null, "date": "YYYY-MM-DD", "reason": "…"}; the site must',
      `      then redirect the old URLs), and run \`${lockUpdateCommand}\`.`,
    );
  }
  const bad = byType('bad-migration');
  if (bad.length > 0) {
    lines.push(`${bad.length} migration(s) in migrations.json do not match the data:`);
    list(bad);
  }
  const added = byType('added');
  if (added.length > 0) {
    lines.push(`${added.length} new public id(s) are not in identity.lock.json yet:`);
    list(added);
    lines.push(`hint: adding ids is fine; record them with \`${lockUpdateCommand}\` and commit identity.lock.json.`);
  }
  return lines.join('\n');
}
