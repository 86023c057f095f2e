/**
 * The published files' text: the snapshot (the DTM envelope the widgets read, one row per line so
 * that a git history of the folder is a readable change log, plus `meta`), the last snapshot read
 * back for the incremental fetch and the change report, and the manifest.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DatasetConfig } from './config.js';

export interface SnapshotMeta {
  readonly source: string;
  readonly terms: string;
  readonly endpoint: string;
  readonly level: string;
  readonly query: Readonly<Record<string, string>>;
  readonly retrievedAt: string;
  readonly latestReportingDate: string | null;
  readonly latestRound: number | null;
  readonly rows: number;
  readonly tool: string;
}

export const TERMS = "DTM data: non-commercial use only, with the credit above; public republication needs IOM's permission.";

/** The snapshot's text: the envelope's fields, `meta`, then `result` one row to a line. */
export function snapshotText(rows: readonly unknown[], meta: SnapshotMeta): string {
  const head = { isSuccess: true, statusCode: 200, errorMessages: [], totalRecordsCount: rows.length, meta };
  const top = JSON.stringify(head, null, 1).slice(0, -2); // without the closing "\n}"
  const body = rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n');
  return `${top},\n "result": [${rows.length ? `\n${body}\n ` : ''}]\n}\n`;
}

export interface Previous {
  readonly text: string;
  readonly rows: readonly unknown[];
  readonly meta: Partial<SnapshotMeta> | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The last published snapshot of a dataset; undefined when there is none or it cannot be read. */
export async function readPrevious(file: string): Promise<Previous | 'unreadable' | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return 'unreadable';
  }
  try {
    const value: unknown = JSON.parse(text);
    if (!isObject(value) || !Array.isArray(value.result)) return 'unreadable';
    return { text, rows: value.result, meta: isObject(value.meta) ? (value.meta as Partial<SnapshotMeta>) : undefined };
  } catch {
    return 'unreadable';
  }
}

/** True when the last snapshot was made by the same request (the incremental fetch may build on it). */
export function sameRequest(previous: Previous, dataset: DatasetConfig, endpoint: string): boolean {
  const meta = previous.meta;
  if (!meta || meta.endpoint !== endpoint || !isObject(meta.query)) return false;
  const a = Object.entries(meta.query).sort();
  const b = Object.entries(dataset.query).sort();
  return a.length === b.length && a.every(([k, v], i) => k === b[i]![0] && v === b[i]![1]);
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export interface ManifestFile {
  readonly path: string;
  readonly dataset: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly latestReportingDate: string | null;
  readonly latestRound: number | null;
}

export function manifestText(files: readonly ManifestFile[], generatedAt: string, tool: string, credit: string): string {
  return `${JSON.stringify({ generatedAt, tool, source: credit, terms: TERMS, files }, null, 1)}\n`;
}

/** The manifest's generatedAt, kept when nothing changed (so that its bytes do not change either). */
export async function previousGeneratedAt(out: string): Promise<string | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    return isObject(value) && typeof value.generatedAt === 'string' ? value.generatedAt : undefined;
  } catch {
    return undefined;
  }
}
