/** Runs `dtm-publish` in-process against the mock API, in a temporary folder, capturing its output. */
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli/publish/main.js';
import { sampleRows, startMock, type Mock } from '../../../src/cli/publish/mock.js';

export const KEY = 'k3y-Sub5cr1pt10n-0f-t3st';
export const NOW = new Date('2026-06-01T12:00:00Z');

export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The waits the retries asked for (ms); nothing really waits. */
  readonly sleeps: number[];
}

export interface Place {
  readonly dir: string;
  readonly out: string;
  readonly config: string;
  readonly mock: Mock;
  run(argv?: string[], options?: { env?: Record<string, string | undefined>; now?: Date; fetch?: typeof fetch }): Promise<Outcome>;
  cleanup(): Promise<void>;
}

export const DATASETS = [
  { name: 'iraq-idps-national', level: 'admin0', query: { Admin0Pcode: 'IRQ' } },
  { name: 'iraq-idps-governorates', level: 'admin1', query: { Admin0Pcode: 'IRQ' } },
];

/** A temporary folder with a config pointing at a fresh mock serving the samples. */
export async function place(config: Record<string, unknown> = {}): Promise<Place> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dtm-publish-'));
  const mock = await startMock({ key: KEY, rows: await sampleRows() });
  const file = path.join(dir, 'dtm-publish.json');
  await writeFile(file, JSON.stringify({ api: { base: mock.url, keyEnv: 'DTM_API_KEY' }, out: 'public/data', datasets: DATASETS, ...config }));
  return {
    dir,
    out: path.join(dir, 'public/data'),
    config: file,
    mock,
    async run(argv = ['--config', file], options = {}) {
      let stdout = '';
      let stderr = '';
      const sleeps: number[] = [];
      const code = await main(argv, {
        env: options.env ?? { DTM_API_KEY: KEY },
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: (t: string) => (stderr += t) },
        cwd: dir,
        now: () => options.now ?? NOW,
        sleep: async (ms) => void sleeps.push(ms),
        random: () => 0.5,
        backoffBaseMs: 10,
        ...(options.fetch && { fetch: options.fetch }),
      });
      return { code, stdout, stderr, sleeps };
    },
    async cleanup() {
      await mock.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface FileState {
  readonly bytes: string;
  readonly mtimeMs: number;
}

/** Every file of `dir` (hidden ones too) with its bytes and modification time. */
export async function folder(dir: string): Promise<Record<string, FileState>> {
  const state: Record<string, FileState> = {};
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch {
    return state;
  }
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    state[name] = { bytes: (await readFile(file)).toString('base64'), mtimeMs: (await stat(file)).mtimeMs };
  }
  return state;
}

/** Sets every file's modification time to 2020, so that a rewrite, even within the same millisecond, shows. */
export async function age(dir: string): Promise<void> {
  const then = new Date('2020-01-01T00:00:00Z');
  for (const name of await readdir(dir)) await utimes(path.join(dir, name), then, then);
}

export const readJson = async (file: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
