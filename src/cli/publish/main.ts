/**
 * `dtm-publish`: fetch every configured dataset, check it, and only when all succeeded write the
 * changed files (snapshot, CSV, changes.md, manifest last). `main` takes its environment and
 * output streams as arguments so that tests run it in-process; the bin passes the real ones.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VERSION } from '../../internal/version.js';
import { checkSnapshot, describeRejected, type Checked } from './check.js';
import { endpointUrl, getEnvelope, type ClientDeps } from './client.js';
import { loadConfig, readArgs, USAGE, type DatasetConfig, type PublishConfig } from './config.js';
import { describeChange, describeFirst } from './diff.js';
import { configError, dataError, EXIT, PublishError, redact } from './errors.js';
import { serveMock } from './mock-command.js';
import { daysBefore, inDateOrder, latestDate, latestRound, mergeWindow, toCsv } from './rows.js';
import { manifestText, previousGeneratedAt, readPrevious, sameRequest, sha256, snapshotText, TERMS, type ManifestFile, type Previous } from './snapshot.js';
import { writeAll, type PlannedFile } from './write.js';

export interface Io {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd?: string;
  readonly now?: () => Date;
  readonly fetch?: typeof globalThis.fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Backoff base in ms (1000); tests make it small. */
  readonly backoffBaseMs?: number;
}

export const TOOL = `dtm-publish ${VERSION}`;

interface Run {
  readonly cfg: PublishConfig;
  readonly key: string;
  readonly now: Date;
  readonly io: Io;
  readonly deps: ClientDeps;
  readonly say: (line: string) => void;
  readonly warn: (line: string) => void;
}

interface Prepared {
  readonly name: string;
  readonly json: string;
  readonly csv: string;
  readonly jsonChanged: boolean;
  readonly csvChanged: boolean;
  readonly lines: readonly string[];
  readonly latestReportingDate: string | null;
  readonly latestRound: number | null;
  readonly rows: number;
}

const readText = (file: string): Promise<string | undefined> => readFile(file, 'utf8').catch(() => undefined);
const iso = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`;

/** The date the incremental fetch asks from, or undefined for a full fetch. */
function windowStart(run: Run, dataset: DatasetConfig, previous: Previous | undefined, endpoint: string): string | undefined {
  if (run.cfg.full || !previous || !sameRequest(previous, dataset, endpoint)) return undefined;
  const latest = latestDate(previous.rows);
  if (!latest) return undefined;
  const from = daysBefore(latest, run.cfg.overlapDays);
  const asked = dataset.query.FromReportingDate;
  return asked && asked > from ? asked : from;
}

function checkedOrUndefined(rows: readonly unknown[], today: string): Checked | undefined {
  try {
    return checkSnapshot({ isSuccess: true, result: rows }, today);
  } catch {
    return undefined;
  }
}

/** Fetches, merges and checks one dataset; nothing is written here. */
async function prepare(run: Run, dataset: DatasetConfig): Promise<Prepared> {
  const { cfg, now } = run;
  const endpoint = `${cfg.apiBase}/displacement/${dataset.level}`;
  const file = path.join(cfg.out, `${dataset.name}.json`);
  const found = await readPrevious(file);
  if (found === 'unreadable') run.warn(`${dataset.name}: the published ${dataset.name}.json cannot be read; fetching everything`);
  const previous = found === 'unreadable' ? undefined : found;
  const from = windowStart(run, dataset, previous, endpoint);
  const url = endpointUrl(cfg.apiBase, dataset.level, from ? { ...dataset.query, FromReportingDate: from } : dataset.query);
  run.say(`${dataset.name}: GET ${url}${from ? ` (from ${from}: the last snapshot's latest date less ${cfg.overlapDays} days)` : ''}`);
  const deps: ClientDeps = { ...run.deps, note: (line) => run.warn(`${dataset.name}: ${line}`) };
  let answer;
  try {
    answer = await getEnvelope({ url, key: run.key, keyEnv: cfg.keyEnv, timeoutMs: cfg.timeoutMs, retries: cfg.retries, ...(run.io.backoffBaseMs !== undefined && { baseMs: run.io.backoffBaseMs }) }, deps);
  } catch (e) {
    if (e instanceof PublishError) throw new PublishError(e.exitCode, `${dataset.name}: ${e.message}`);
    throw e;
  }
  if (from && previous && answer.rows.length === 0 && latestDate(previous.rows)! >= from) {
    // an empty answer would withdraw every recent figure: more likely a fault of the API than news
    throw dataError(`${dataset.name}: the API has no rows from ${from}, where the last snapshot has some; nothing was changed (run with --full to confirm)`);
  }
  const rows = from && previous ? mergeWindow(previous.rows, answer.rows, from) : inDateOrder(answer.rows);
  if (rows.length === 0) throw dataError(`${dataset.name}: the API has no rows for ${url}; check the query (an empty snapshot is never published)`);
  const today = now.toISOString().slice(0, 10);
  let checked: Checked;
  try {
    checked = checkSnapshot({ isSuccess: true, result: rows }, today);
  } catch (e) {
    throw e instanceof PublishError ? new PublishError(e.exitCode, `${dataset.name}: ${e.message}`) : e;
  }
  const rejected = describeRejected(checked.report);
  if (rejected && cfg.strict) throw dataError(`${dataset.name}: ${rejected} (--strict)`);
  if (rejected) run.warn(`${dataset.name}: warning: ${rejected}`);
  return finish(run, dataset, endpoint, rows, checked, previous);
}

/** The dataset's file texts, whether they differ from what is published, and its change lines. */
async function finish(run: Run, dataset: DatasetConfig, endpoint: string, rows: readonly unknown[], checked: Checked, previous: Previous | undefined): Promise<Prepared> {
  const round = latestRound(rows) ?? null;
  const meta = (retrievedAt: string) => ({
    source: run.cfg.credit,
    terms: TERMS,
    endpoint,
    level: dataset.level,
    query: dataset.query,
    retrievedAt,
    latestReportingDate: checked.latestDate ?? null,
    latestRound: round,
    rows: rows.length,
    tool: TOOL,
  });
  const kept = typeof previous?.meta?.retrievedAt === 'string' ? snapshotText(rows, meta(previous.meta.retrievedAt)) : undefined;
  const jsonChanged = kept === undefined || kept !== previous?.text;
  const json = jsonChanged ? snapshotText(rows, meta(iso(run.now))) : kept;
  const csv = toCsv(rows);
  const csvChanged = (await readText(path.join(run.cfg.out, `${dataset.name}.csv`))) !== csv;
  const before = previous && checkedOrUndefined(previous.rows, run.now.toISOString().slice(0, 10));
  let lines: string[] = [];
  if (jsonChanged) {
    lines = previous && before ? describeChange({ rows: previous.rows, checked: before }, { rows, checked }) : describeFirst({ rows, checked });
    if (lines.length === 0) lines = ['the figures are the same; the file changed (row order, metadata or tool version)'];
  }
  return { name: dataset.name, json, csv, jsonChanged, csvChanged, lines, latestReportingDate: checked.latestDate ?? null, latestRound: round, rows: rows.length };
}

/** The files to write (changed ones only, the manifest last) and the manifest's text. */
async function plan(run: Run, prepared: readonly Prepared[]): Promise<PlannedFile[]> {
  const files: PlannedFile[] = [];
  const entries: ManifestFile[] = [];
  for (const p of prepared) {
    if (p.jsonChanged) files.push({ name: `${p.name}.json`, text: p.json });
    if (p.csvChanged) files.push({ name: `${p.name}.csv`, text: p.csv });
    for (const [ext, text] of [['json', p.json], ['csv', p.csv]] as const) {
      entries.push({ path: `${p.name}.${ext}`, dataset: p.name, sha256: sha256(text), bytes: Buffer.byteLength(text, 'utf8'), latestReportingDate: p.latestReportingDate, latestRound: p.latestRound });
    }
  }
  const changed = prepared.filter((p) => p.jsonChanged);
  if (changed.length) {
    const sections = changed.map((p) => `## ${p.name}\n\n${p.lines.map((l) => `- ${l}`).join('\n')}\n`);
    files.push({ name: 'changes.md', text: `# DTM snapshot changes\n\nRun of ${iso(run.now)} (${TOOL}).\n\n${sections.join('\n')}` });
  }
  const manifestFile = path.join(run.cfg.out, 'manifest.json');
  const old = await readText(manifestFile);
  const at = await previousGeneratedAt(run.cfg.out);
  const same = at !== undefined ? manifestText(entries, at, TOOL, run.cfg.credit) : undefined;
  if (same === undefined || same !== old) files.push({ name: 'manifest.json', text: manifestText(entries, iso(run.now), TOOL, run.cfg.credit) });
  return files;
}

function report(run: Run, prepared: readonly Prepared[], files: readonly PlannedFile[]): void {
  for (const p of prepared) {
    if (!p.jsonChanged) run.say(`${p.name}: unchanged (${p.rows} rows, latest ${p.latestReportingDate ?? 'no date'}${p.latestRound !== null ? `, round ${p.latestRound}` : ''})`);
    else run.say([`${p.name}: changed`, ...p.lines.map((l) => `  ${l}`)].join('\n'));
  }
  const changed = prepared.filter((p) => p.jsonChanged).length;
  const summary = changed ? `${changed} changed, ${prepared.length - changed} unchanged` : `unchanged`;
  const where = run.cfg.out;
  if (run.cfg.dryRun) run.say(`dry run: ${summary}; would write ${files.length ? files.map((f) => f.name).join(', ') : 'nothing'} in ${where}`);
  else run.say(`${summary}: ${files.length ? `wrote ${files.map((f) => f.name).join(', ')} in ${where}` : `nothing written in ${where}`}`);
}

async function publish(io: Io, values: ReturnType<typeof readArgs>['values'], setKey: (k: string) => void): Promise<number> {
  const cfg = await loadConfig(values, io.cwd ?? process.cwd());
  const key = io.env[cfg.keyEnv]?.trim();
  if (!key) throw configError(`the API key is missing: set the environment variable ${cfg.keyEnv} (named by api.keyEnv in the config); no request was made`);
  setKey(key);
  const out = (s: string): void => void io.stdout.write(`${redact(s, key)}\n`);
  const err = (s: string): void => void io.stderr.write(`${redact(s, key)}\n`);
  const run: Run = {
    cfg,
    key,
    now: (io.now ?? (() => new Date()))(),
    io,
    deps: { fetch: io.fetch ?? globalThis.fetch, sleep: io.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))), random: io.random ?? Math.random, note: () => undefined },
    say: cfg.quiet ? () => undefined : out,
    warn: err,
  };
  const prepared: Prepared[] = [];
  // one dataset after another: one request at a time is what a shared API key should make
  for (const dataset of cfg.datasets) prepared.push(await prepare(run, dataset));
  const files = await plan(run, prepared);
  if (!cfg.dryRun) {
    try {
      await writeAll(cfg.out, files);
    } catch (e) {
      throw configError(`cannot write to ${cfg.out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}; nothing was changed there`);
    }
  }
  report(run, prepared, files);
  return EXIT.ok;
}

/** Runs the command; resolves to its exit code. Every line printed is free of the key. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let key: string | undefined;
  try {
    const args = readArgs(argv);
    if (args.command === 'help') return void io.stdout.write(`${USAGE}\n`), EXIT.ok;
    if (args.command === 'version') return void io.stdout.write(`${TOOL}\n`), EXIT.ok;
    if (args.command === 'mock') return await serveMock(args.values, io);
    return await publish(io, args.values, (k) => (key = k));
  } catch (e) {
    const code = e instanceof PublishError ? e.exitCode : EXIT.api;
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`dtm-publish: ${redact(message, key)}\n`);
    return code;
  }
}
