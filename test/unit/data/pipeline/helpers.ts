/** Helpers of the pipeline's tests: runs through the entry (src/data/pipeline.ts), with "today" pinned and the accounting checked on every run. */
import { expect } from 'vitest';
import { buildObservations, type LoadReport, type PipelineOptions, type PipelineResult, type ReasonCode } from '../../../../src/data/pipeline.js';
import { tableFromJson, type Table } from '../../../../src/data/table.js';

/** "Today" for every run, so that the plausibility window of dates never moves: 2024-06-15 + 31 days = 2024-07-16. */
export const TODAY = '2024-06-15';

export type Loaded = Extract<PipelineResult, { ok: true }>;

/** Every row is accounted for: used + merged + rejected === total, and the reasons add up to rejected. */
export function expectAccounted(report: LoadReport): void {
  expect(report.used + report.merged + report.rejected, 'used + merged + rejected === total').toBe(report.total);
  const reasons = Object.values(report.reasons).reduce<number>((a, b) => a + (b ?? 0), 0);
  expect(reasons, 'sum of reasons === rejected').toBe(report.rejected);
  expect(report.examples.length).toBeLessThanOrEqual(10);
}

export function run(value: unknown, options: PipelineOptions = {}): PipelineResult {
  const t = tableFromJson(value);
  if (!t.ok) throw new Error(`not a table: ${JSON.stringify(t.error)}`);
  const r = buildObservations(t.table, { today: TODAY, ...options });
  if (r.ok) expectAccounted(r.report);
  return r;
}

export function load(value: unknown, options: PipelineOptions = {}): Loaded {
  const r = run(value, options);
  if (!r.ok) throw new Error(`fields error: ${r.detail}`);
  return r;
}

export function fieldsError(value: unknown, options: PipelineOptions = {}): string {
  const r = run(value, options);
  if (r.ok) throw new Error('expected a fields error');
  expect(r.kind).toBe('fields');
  return r.detail;
}

/** A good row (row 1) and the row under test (row 2), in plain records. */
export const GOOD = { date: '2024-04-30', region: 'IQG09', value: 233162 };
export const withCell = (field: 'value' | 'date' | 'region', cell: unknown): Record<string, unknown>[] => [GOOD, { date: '2024-04-30', region: 'IQG15', value: 229120, [field]: cell }];
export const without = (field: 'value' | 'date' | 'region'): Record<string, unknown>[] => {
  const row: Record<string, unknown> = { date: '2024-04-30', region: 'IQG15', value: 229120 };
  delete row[field];
  return [GOOD, row];
};

/** Checks that row 2 was refused for `reason`, with the cell shown as `text`, and row 1 kept. */
export function expectRefused(r: Loaded, reason: ReasonCode, text: string | undefined): void {
  expect(r.report).toMatchObject({ total: 2, used: 1, merged: 0, rejected: 1, reasons: { [reason]: 1 } });
  expect(Object.keys(r.report.reasons)).toEqual([reason]);
  expect(r.report.examples).toEqual([{ row: 2, reason, ...(text !== undefined && { value: text }) }]);
  expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG09', value: 233162 }]);
}

export const valueOf = (r: Loaded): number => {
  expect(r.observations).toHaveLength(2);
  return r.observations.find((o) => o.region === 'IQG15')!.value;
};

export const table = (rows: unknown[]): Table => {
  const t = tableFromJson(rows);
  if (!t.ok) throw new Error('not a table');
  return t.table;
};
