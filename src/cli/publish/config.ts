/**
 * The command line and the config file, validated into one PublishConfig. Every problem names
 * the field it is about (`datasets[1].query.FromReportingDate`), so a typo in CI is found from
 * the log alone. Unknown fields are errors too: a misspelt `overlapDay` must not be ignored.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseIsoDate } from '../../core/dates.js';
import { configError } from './errors.js';

export const DEFAULT_BASE = 'https://dtmapi.iom.int/v3';
export const DEFAULT_KEY_ENV = 'DTM_API_KEY';
export const DEFAULT_CREDIT = 'International Organization for Migration (IOM), Displacement Tracking Matrix (DTM)';
export const LEVELS = ['admin0', 'admin1', 'admin2'] as const;
export type Level = (typeof LEVELS)[number];

/** The v3 query parameters (dtmapi `validators.py`); at least one of the first three. */
const SCOPE = ['Operation', 'CountryName', 'Admin0Pcode'] as const;
const TEXT_PARAMS = new Set<string>([...SCOPE, 'Admin1Pcode', 'Admin1Name', 'Admin2Pcode', 'Admin2Name']);
export const DATE_PARAMS = new Set(['FromReportingDate', 'ToReportingDate']);
const ROUND_PARAMS = new Set(['FromRoundNumber', 'ToRoundNumber']);

export interface DatasetConfig {
  readonly name: string;
  readonly level: Level;
  /** Query parameters as sent (strings). */
  readonly query: Readonly<Record<string, string>>;
}

export interface PublishConfig {
  readonly apiBase: string;
  readonly keyEnv: string;
  readonly timeoutMs: number;
  readonly retries: number;
  /** Absolute. */
  readonly out: string;
  readonly overlapDays: number;
  readonly strict: boolean;
  readonly credit: string;
  readonly datasets: readonly DatasetConfig[];
  readonly full: boolean;
  readonly dryRun: boolean;
  readonly quiet: boolean;
}

export interface Args {
  readonly command: 'publish' | 'mock' | 'help' | 'version';
  readonly values: Record<string, string | boolean | string[] | undefined>;
}

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  out: { type: 'string' },
  'api-base': { type: 'string' },
  full: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  // mock
  port: { type: 'string' },
  host: { type: 'string' },
  key: { type: 'string' },
  samples: { type: 'string' },
  fault: { type: 'string', multiple: true },
  'fault-always': { type: 'string' },
} as const;

export const USAGE = `Usage:
  dtm-publish --config dtm-publish.json [--out DIR] [--api-base URL] [--full] [--dry-run] [--strict] [--quiet]
  dtm-publish mock [--port N] [--host 127.0.0.1] [--key K] [--samples DIR] [--fault KIND]... [--fault-always KIND]

Fetches DTM API v3 datasets with the key from the environment variable named in the config
(api.keyEnv, default ${DEFAULT_KEY_ENV}), checks them with the widgets' own data layer and writes
<out>/<name>.json, <out>/<name>.csv, <out>/manifest.json (and <out>/changes.md when something changed).
Exit codes: 0 done, 1 configuration or key missing, 2 API or network failure, 3 data check failed.
Mock faults: 429, 500, 401, html, truncated, unsuccessful, miscount.
Data terms: non-commercial use; credit "${DEFAULT_CREDIT}";
public republication needs IOM's permission.`;

export function readArgs(argv: readonly string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw configError(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1 || (positionals[0] !== undefined && positionals[0] !== 'mock')) {
    throw configError(`unexpected argument "${positionals.join(' ')}"\n${USAGE}`);
  }
  const command = values.help ? 'help' : values.version ? 'version' : positionals[0] === 'mock' ? 'mock' : 'publish';
  return { command, values };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const k of Object.keys(value)) if (!allowed.includes(k)) throw configError(`${where}${where ? '.' : ''}${k}: unknown field (expected one of ${allowed.join(', ')})`);
}

function text(value: unknown, where: string, fallback?: string): string {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '') throw configError(`${where}: expected a non-empty string`);
  return value.trim();
}

function integer(value: unknown, where: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw configError(`${where}: expected a whole number from ${min} to ${max}`);
  return value;
}

/** An http(s) base URL; plain http only for this machine (the key would cross the network in clear). */
export function checkBase(raw: string, where: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw configError(`${where}: "${raw}" is not a URL`);
  }
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw configError(`${where}: must be an https URL (http only for 127.0.0.1 or localhost), got ${url.protocol}`);
  if (url.username || url.password || url.search || url.hash) throw configError(`${where}: no credentials, query or fragment in the base URL`);
  return url.href.replace(/\/+$/, '');
}

function readQuery(value: unknown, where: string): Record<string, string> {
  if (!isObject(value)) throw configError(`${where}: expected an object of query parameters`);
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    const at = `${where}.${k}`;
    if (TEXT_PARAMS.has(k)) query[k] = text(v, at);
    else if (DATE_PARAMS.has(k)) {
      const d = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseIsoDate(v) : undefined;
      if (!d) throw configError(`${at}: expected a date YYYY-MM-DD`);
      query[k] = v as string;
    } else if (ROUND_PARAMS.has(k)) query[k] = String(integer(v, at, 0, 0, 100_000));
    else throw configError(`${at}: unknown query parameter (expected ${[...TEXT_PARAMS, ...DATE_PARAMS, ...ROUND_PARAMS].join(', ')})`);
  }
  if (!SCOPE.some((k) => k in query)) throw configError(`${where}: needs at least one of ${SCOPE.join(', ')}`);
  const { FromReportingDate: fromDay, ToReportingDate: toDay, FromRoundNumber: fromRound, ToRoundNumber: toRound } = query;
  if (fromDay && toDay && fromDay > toDay) throw configError(`${where}.FromReportingDate: after ToReportingDate`);
  // both are whole numbers written by String() above: compared as numbers, not as text
  if (fromRound && toRound && Number(fromRound) > Number(toRound)) throw configError(`${where}.FromRoundNumber: greater than ToRoundNumber`);
  return query;
}

/** Names become file names: no path, nothing hidden, not the manifest's or the change log's. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function readDataset(value: unknown, where: string): DatasetConfig {
  if (!isObject(value)) throw configError(`${where}: expected an object {name, level, query}`);
  onlyKeys(value, ['name', 'level', 'query'], where);
  const name = text(value.name, `${where}.name`);
  if (!NAME.test(name) || name.includes('..') || ['manifest', 'changes'].includes(name.toLowerCase())) {
    throw configError(`${where}.name: "${name}" cannot be a file name here (letters, digits, . _ -; not manifest or changes)`);
  }
  const level = value.level;
  if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) throw configError(`${where}.level: expected one of ${LEVELS.join(', ')}`);
  return { name, level: level as Level, query: readQuery(value.query, `${where}.query`) };
}

/** Validates the parsed config file and applies the command-line flags over it. */
export function validateConfig(raw: unknown, values: Args['values'], configDir: string, cwd: string): PublishConfig {
  if (!isObject(raw)) throw configError('the config must be a JSON object');
  onlyKeys(raw, ['$schema', 'api', 'out', 'overlapDays', 'strict', 'credit', 'datasets'], '');
  const api = raw.api === undefined ? {} : raw.api;
  if (!isObject(api)) throw configError('api: expected an object {base, keyEnv}');
  onlyKeys(api, ['base', 'keyEnv', 'timeoutSeconds', 'retries'], 'api');
  const keyEnv = text(api.keyEnv, 'api.keyEnv', DEFAULT_KEY_ENV);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(keyEnv)) throw configError('api.keyEnv: expected the name of an environment variable (letters, digits, _)');
  const flagBase = values['api-base'];
  const apiBase = typeof flagBase === 'string' ? checkBase(flagBase, '--api-base') : checkBase(text(api.base, 'api.base', DEFAULT_BASE), 'api.base');
  const flagOut = values.out;
  const out = typeof flagOut === 'string' && flagOut.trim() ? path.resolve(cwd, flagOut) : path.resolve(configDir, text(raw.out, 'out'));
  if (!Array.isArray(raw.datasets) || raw.datasets.length === 0) throw configError('datasets: expected a non-empty list of {name, level, query}');
  const datasets = raw.datasets.map((d, i) => readDataset(d, `datasets[${i}]`));
  const seen = new Set<string>();
  datasets.forEach((d, i) => {
    if (seen.has(d.name.toLowerCase())) throw configError(`datasets[${i}].name: "${d.name}" is used twice`);
    seen.add(d.name.toLowerCase());
  });
  if (raw.strict !== undefined && typeof raw.strict !== 'boolean') throw configError('strict: expected true or false');
  return {
    apiBase,
    keyEnv,
    timeoutMs: integer(api.timeoutSeconds, 'api.timeoutSeconds', 30, 1, 600) * 1000,
    retries: integer(api.retries, 'api.retries', 3, 0, 10),
    out,
    overlapDays: integer(raw.overlapDays, 'overlapDays', 120, 0, 3650),
    strict: values.strict === true || raw.strict === true,
    credit: text(raw.credit, 'credit', DEFAULT_CREDIT),
    datasets,
    full: values.full === true,
    dryRun: values['dry-run'] === true,
    quiet: values.quiet === true,
  };
}

/** Reads and validates the file named by --config. */
export async function loadConfig(values: Args['values'], cwd: string): Promise<PublishConfig> {
  const file = values.config;
  if (typeof file !== 'string' || !file.trim()) throw configError(`--config FILE is required\n${USAGE}`);
  const where = path.resolve(cwd, file);
  let textContent: string;
  try {
    textContent = await readFile(where, 'utf8');
  } catch (e) {
    throw configError(`cannot read the config ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(textContent);
  } catch (e) {
    throw configError(`the config ${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return validateConfig(raw, values, path.dirname(where), cwd);
}
