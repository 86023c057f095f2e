/**
 * All or nothing in the output folder: every file is first written to a temporary name inside
 * the folder (same file system, so a rename is atomic), flushed, and only when all are written
 * are they renamed over the published ones, the manifest last. On any failure the temporary
 * files are removed, and so are any left by a run that was killed.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

export interface PlannedFile {
  /** A plain file name inside the output folder. */
  readonly name: string;
  readonly text: string;
}

const TEMP = /^\..+\.dtm-publish-\d+-[0-9a-f]{8}\.tmp$/;

const tempName = (name: string): string => `.${name}.dtm-publish-${process.pid}-${randomBytes(4).toString('hex')}.tmp`;

/** A temporary file this old belongs to a run that was killed, not to one still writing. */
const ABANDONED_MS = 10 * 60_000;

/** Removes temporary files of earlier runs that were killed before they could clean up. */
async function sweep(out: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(out);
  } catch {
    return;
  }
  const before = Date.now() - ABANDONED_MS;
  const remove = async (name: string): Promise<void> => {
    const file = path.join(out, name);
    if ((await stat(file)).mtimeMs < before) await unlink(file);
  };
  await Promise.all(names.filter((n) => TEMP.test(n)).map((n) => remove(n).catch(() => undefined)));
}

async function writeFlushed(file: string, text: string): Promise<void> {
  const handle = await open(file, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `files` into `out` in order (the manifest last), all or none. */
export async function writeAll(out: string, files: readonly PlannedFile[]): Promise<void> {
  if (files.length === 0) return;
  await mkdir(out, { recursive: true });
  await sweep(out);
  const temps: { temp: string; final: string }[] = [];
  try {
    for (const f of files) {
      const temp = path.join(out, tempName(f.name));
      temps.push({ temp, final: path.join(out, f.name) });
      await writeFlushed(temp, f.text);
    }
    for (const t of temps) {
      await rename(t.temp, t.final);
      t.temp = '';
    }
  } catch (e) {
    await Promise.all(temps.filter((t) => t.temp).map((t) => unlink(t.temp).catch(() => undefined)));
    throw e;
  }
}
