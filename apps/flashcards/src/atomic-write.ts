/**
 * Atomic file writes: the bytes go to a temporary file in the target's folder, are flushed to disk and
 * renamed over the target, so an interrupted write leaves any previous file intact and never a partial
 * file under the target name.
 *
 * @module
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { expectString, invalidTypeError } from '@cloudvirt/core';

/**
 * Environment variable read only by the test suite to simulate a failing or a slow disk:
 * `fail-after:<bytes>` makes the write throw (EIO) once that many bytes are in the temporary file;
 * `pause-after:<bytes>` announces `paused` on stderr and waits there (up to 60 s, or until the temporary file
 * is removed), so a test can interrupt it.
 */
export const writeFaultVariable = 'CLOUDVIRT_FLASHCARDS_TEST_WRITE_FAULT';

const chunkSize = 64 * 1024;
const pauseMs = 60_000;
const activeTempFiles = new Set<string>();

/**
 * The temporary file a process writes before renaming it to `path`: `.<name>.<pid>.tmp` next to it.
 *
 * @param path Target file path.
 * @param pid Process id (default: this process).
 * @returns The temporary path.
 */
export function tempPathFor(path: string, pid: number = process.pid): string {
  return join(dirname(path), `.${basename(path)}.${pid}.tmp`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove temporary files that an earlier process killed mid-write (`SIGKILL`, power loss) left next to
 * `path`: `.<name>.<pid>.tmp` files whose process is no longer running. Files of running processes and
 * any other file are left alone.
 *
 * @param path Target file path.
 * @returns The paths removed.
 */
export function sweepStaleTempFiles(path: string): string[] {
  const prefix = `.${basename(path)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    const stale = join(dirname(path), name);
    rmSync(stale, { force: true });
    removed.push(stale);
  }
  return removed;
}

/**
 * Remove the temporary files of writes still in progress in this process. Synchronous, for signal
 * handlers (`SIGINT`, `SIGTERM`) that exit right after.
 *
 * @returns The paths removed.
 */
export function removeActiveTempFiles(): string[] {
  const removed = [...activeTempFiles];
  for (const temp of removed) rmSync(temp, { force: true });
  activeTempFiles.clear();
  return removed;
}

/** The test-only fault of {@link writeFaultVariable}, if set. */
function writeFault(): { readonly kind: 'fail-after' | 'pause-after'; readonly bytes: number } | undefined {
  const match = /^(fail-after|pause-after):(\d+)$/.exec(process.env[writeFaultVariable] ?? '');
  return match ? { kind: match[1] as 'fail-after' | 'pause-after', bytes: Number(match[2]) } : undefined;
}

/** Flush a folder's entries (the rename) to disk; best effort, as not every platform can open a folder. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (handle === undefined) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * Write a file atomically. An existing target keeps its permissions; a new one gets `0o644` (minus umask).
 * On failure the temporary file is removed and the target is untouched.
 *
 * @param path Target file path (its folder must exist).
 * @param data File content (strings are written as UTF-8).
 * @throws {TypeError} When `path` is not a string or `data` neither a string nor a Uint8Array.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  expectString('`path` argument of writeFileAtomic', path, 'a target file path (a string)');
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) throw invalidTypeError('`data` argument of writeFileAtomic', data, 'the file content (a string or a Uint8Array)');
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const temp = tempPathFor(path);
  const fault = writeFault();
  const previousMode = await stat(path).then(
    (stats) => stats.mode & 0o7777,
    () => undefined,
  );
  activeTempFiles.add(temp);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temp, 'w', 0o644);
    if (previousMode !== undefined) await handle.chmod(previousMode);
    let offset = 0;
    do {
      const { bytesWritten } = await handle.write(bytes, offset, Math.min(chunkSize, bytes.byteLength - offset));
      offset += bytesWritten;
      if (fault !== undefined && offset >= fault.bytes) {
        if (fault.kind === 'fail-after') throw Object.assign(new Error(`EIO: i/o error, write (simulated by ${writeFaultVariable})`), { code: 'EIO' });
        process.stderr.write(`${writeFaultVariable}: paused after ${offset} bytes\n`);
        for (let waited = 0; waited < pauseMs && existsSync(temp); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } while (offset < bytes.byteLength);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
    await syncFolder(dirname(path));
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  } finally {
    activeTempFiles.delete(temp);
  }
}
