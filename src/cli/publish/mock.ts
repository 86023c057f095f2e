/**
 * A local stand-in for the DTM API v3, for tests and for trying the publisher without a key:
 * `/v3/displacement/admin0|admin1|admin2` with the query parameters filtering the rows, the
 * `Ocp-Apim-Subscription-Key` check and the envelope, plus faults on demand (429 with
 * Retry-After, 500, 401 echoing the key header as some gateways do, an HTML page, JSON cut
 * short, `isSuccess: false`). Tests change its rows between runs with `setRows`.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cellText } from '../../data/pipeline.js';
import { LEVELS, type Level } from './config.js';
import { rowDate, rowRound } from './rows.js';

export const FAULTS = ['429', '500', '401', 'html', 'truncated', 'unsuccessful', 'miscount'] as const;
export type FaultKind = (typeof FAULTS)[number];
/** A fault, for any request or only for one level's (`level`); a 429 says `retryAfter` seconds (1). */
export type Fault = FaultKind | { readonly kind: FaultKind; readonly retryAfter?: number; readonly level?: Level };

export interface MockRequest {
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Whether the key header was the expected one (the key itself is not kept). */
  readonly keyMatched: boolean;
  readonly status: number;
}

export interface MockOptions {
  /** Rows per level; the samples of data/samples when left out. */
  readonly rows?: Partial<Record<Level, readonly unknown[]>>;
  /** The key to expect; any non-empty key when left out. */
  readonly key?: string;
  /** Faults answered one per request, in order, before normal answers resume. */
  readonly faults?: readonly Fault[];
  /** A fault answered to every request. */
  readonly always?: Fault;
  readonly port?: number;
  readonly host?: string;
}

export interface Mock {
  /** The API base, e.g. `http://127.0.0.1:41234/v3`. */
  readonly url: string;
  readonly port: number;
  readonly requests: MockRequest[];
  setRows(level: Level, rows: readonly unknown[]): void;
  queueFaults(...faults: Fault[]): void;
  setAlways(fault: Fault | undefined): void;
  close(): Promise<void>;
}

/** data/samples of this package, looked for upwards from this module (src/cli/publish/ or dist/cli/). */
async function samplesDir(): Promise<string> {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'data', 'samples');
    if (await readFile(path.join(candidate, 'iraq-idps-national.dtm.json')).then(() => true, () => false)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('data/samples not found beside this package');
}

/** The sample rows: admin0 the national series, admin1 the governorates, admin2 none. */
export async function sampleRows(dir?: string): Promise<Record<Level, unknown[]>> {
  const where = dir ?? (await samplesDir());
  const read = async (file: string): Promise<unknown[]> => (JSON.parse(await readFile(path.join(where, file), 'utf8')) as { result: unknown[] }).result;
  return { admin0: await read('iraq-idps-national.dtm.json'), admin1: await read('iraq-idps-governorates.dtm.json'), admin2: [] };
}

const FIELD: Readonly<Record<string, string>> = {
  Operation: 'operation',
  CountryName: 'admin0Name',
  Admin0Pcode: 'admin0Pcode',
  Admin1Pcode: 'admin1Pcode',
  Admin1Name: 'admin1Name',
  Admin2Pcode: 'admin2Pcode',
  Admin2Name: 'admin2Name',
};

/** The rows the query selects, or the API's complaint about the query. */
export function selectRows(rows: readonly unknown[], query: Readonly<Record<string, string>>): unknown[] | string {
  if (!query.Operation && !query.CountryName && !query.Admin0Pcode) return 'At least one of Operation, CountryName or Admin0Pcode must be provided.';
  for (const k of ['FromReportingDate', 'ToReportingDate']) if (query[k] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(query[k]!)) return `${k} must be in YYYY-MM-DD format.`;
  for (const k of ['FromRoundNumber', 'ToRoundNumber']) if (query[k] !== undefined && !/^\d{1,6}$/.test(query[k]!)) return `${k} must be a whole number.`;
  const fromRound = query.FromRoundNumber !== undefined ? Number(query.FromRoundNumber) : undefined;
  const toRound = query.ToRoundNumber !== undefined ? Number(query.ToRoundNumber) : undefined;
  return rows.filter((row) => {
    if (typeof row !== 'object' || row === null) return false;
    for (const [param, field] of Object.entries(FIELD)) {
      const want = query[param];
      if (want === undefined) continue;
      const have = Object.prototype.hasOwnProperty.call(row, field) ? cellText((row as Record<string, unknown>)[field]) : undefined;
      if (have?.trim().toLowerCase() !== want.trim().toLowerCase()) return false;
    }
    const day = rowDate(row);
    if (query.FromReportingDate && (!day || day < query.FromReportingDate)) return false;
    if (query.ToReportingDate && (!day || day > query.ToReportingDate)) return false;
    const round = rowRound(row);
    if (fromRound !== undefined && (round === undefined || round < fromRound)) return false;
    if (toRound !== undefined && (round === undefined || round > toRound)) return false;
    return true;
  });
}

const envelope = (result: unknown, status = 200, errors: string[] = []): string =>
  JSON.stringify({ result, statusCode: status, isSuccess: errors.length === 0, errorMessages: errors, totalRecordsCount: Array.isArray(result) ? result.length : 0 });

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** Answers a fault; the 401 echoes the key header it was sent, as the tests need it to. */
function answerFault(res: ServerResponse, fault: Fault, sentKey: string, normal: string): number {
  const kind = typeof fault === 'string' ? fault : fault.kind;
  const retryAfter = typeof fault === 'string' ? 1 : (fault.retryAfter ?? 1);
  switch (kind) {
    case '429':
      send(res, 429, JSON.stringify({ statusCode: 429, message: `Rate limit is exceeded. Try again in ${retryAfter} seconds.` }), undefined, { 'Retry-After': String(retryAfter) });
      return 429;
    case '500':
      send(res, 500, JSON.stringify({ statusCode: 500, message: 'Internal server error' }));
      return 500;
    case '401':
      send(res, 401, JSON.stringify({ statusCode: 401, message: `Access denied due to invalid subscription key ${sentKey}. Make sure to provide a valid key for an active subscription.` }));
      return 401;
    case 'html':
      send(res, 200, '<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body><h1>The service is down for maintenance</h1></body></html>', 'text/html; charset=utf-8');
      return 200;
    case 'miscount': {
      // a well-formed answer whose totalRecordsCount does not match its rows
      const value = JSON.parse(normal || envelope([])) as { totalRecordsCount: number };
      send(res, 200, JSON.stringify({ ...value, totalRecordsCount: value.totalRecordsCount + 1 }));
      return 200;
    }
    case 'truncated':
      send(res, 200, normal.slice(0, Math.max(1, Math.floor(normal.length / 2))));
      return 200;
    default:
      send(res, 200, envelope(null, 500, ['The service encountered an error while reading the displacement data.']));
      return 200;
  }
}

/** Starts the mock on 127.0.0.1 (a random port unless one is given). */
export async function startMock(options: MockOptions = {}): Promise<Mock> {
  const rows: Record<Level, readonly unknown[]> = { admin0: [], admin1: [], admin2: [], ...(options.rows ?? (await sampleRows())) };
  const queue: Fault[] = [...(options.faults ?? [])];
  let always = options.always;
  const requests: MockRequest[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://mock.invalid');
    const query = Object.fromEntries(url.searchParams);
    const header = req.headers['ocp-apim-subscription-key'];
    const sent = typeof header === 'string' ? header : '';
    const keyMatched = sent !== '' && (options.key === undefined || sent === options.key);
    const record = (status: number): void => void requests.push({ path: url.pathname, query, keyMatched, status });
    const level = /^\/v3\/displacement\/(admin[012])$/.exec(url.pathname)?.[1] as Level | undefined;
    if (req.method !== 'GET') return record(405), send(res, 405, envelope(null, 405, ['Only GET is supported.']));
    if (!level || !(LEVELS as readonly string[]).includes(level)) return record(404), send(res, 404, envelope(null, 404, ['Resource not found.']));
    if (!keyMatched) return record(answerFault(res, '401', sent, ''));
    const selected = selectRows(rows[level], query);
    const normal = typeof selected === 'string' ? '' : envelope(selected);
    const at = queue.findIndex((f) => typeof f === 'string' || f.level === undefined || f.level === level);
    const fault = (at >= 0 ? queue.splice(at, 1)[0] : undefined) ?? always;
    if (fault) return record(answerFault(res, fault, sent, normal));
    if (typeof selected === 'string') return record(400), send(res, 400, envelope(null, 400, [selected]));
    record(200);
    send(res, 200, normal);
  };
  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/v3`,
    port,
    requests,
    setRows: (level, next) => void (rows[level] = next),
    queueFaults: (...faults) => void queue.push(...faults),
    setAlways: (fault) => void (always = fault),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
