/**
 * Rows to observations: choose the columns, read every row with the strict cell readers, keep
 * the account of every figure (used, merged or rejected with a reason), mark the parts of areas
 * that have their own row, and report. `used + merged + rejected === total`, always.
 */
import type { Table } from '../table.js';
import { markCovered, type Covered } from '../../../../../../src/data/pipeline/covered.js';
import { chooseFields, type Fields } from './fields.js';
import { emptyReport, Ledger } from './ledger.js';
import { RowReader } from './rows.js';
import type { LoadReport, PipelineOptions, PipelineResult } from '../../../../../../src/data/pipeline/types.js';

/** Reads every row of `table` into observations, with a full account of the rows. */
export function buildObservations(table: Table, options: PipelineOptions = {}): PipelineResult {
  const fields = chooseFields(table, options);
  if (fields === undefined) return { ok: true, format: table.format, observations: [], gaps: [], report: emptyReport() };
  if (typeof fields === 'string') return { ok: false, kind: 'fields', detail: fields };
  const ledger = new Ledger(options.duplicates ?? 'sum', fields.values.length);
  const reader = new RowReader(table, fields, options, ledger);
  const { rows } = table;
  for (let i = 0; i < rows.length; i++) reader.read(rows[i], i + 1);
  const observations = ledger.observations();
  const covered = markCovered(observations, reader.gaps);
  const notes = notesOf(table, fields, options, covered, reader.operations);
  const report = ledger.report(rows.length * fields.values.length, observations.length, columnNames(fields), notes);
  return { ok: true, format: table.format, observations, gaps: covered.gaps, report };
}

/** The report's names of the columns used. */
function columnNames(fields: Fields): LoadReport['fields'] {
  return {
    value: fields.values.map((c) => c.name).join(', '),
    ...(fields.date && { date: fields.date.name }),
    ...(fields.region && { region: fields.region.name }),
    ...(fields.series && { series: fields.series.name }),
  };
}

/** Facts about the run worth a console note for the page's editor. */
function notesOf(table: Table, fields: Fields, options: PipelineOptions, covered: Covered, operations: ReadonlySet<string>): string[] {
  const notes: string[] = [];
  if (covered.covered) {
    notes.push(
      `${covered.covered} row(s) are parts of an area that has its own row at the same date (${covered.examples.join(', ')}…): counters and trend totals use the area's own row, never both; a map of the finer level draws the parts`,
    );
  }
  if (operations.size > 1 && !options.filter) {
    notes.push(`several DTM operations in one file (${[...operations].slice(0, 5).join('; ')}); rows for the same date and region were combined (${options.duplicates ?? 'sum'}); filter by operation to keep one`);
  }
  if (!fields.date && table.rows.length > 0) notes.push('no date column: figures are undated');
  if (fields.ignoredSeries) notes.push(`series-field "${fields.ignoredSeries}" is not used: with several value fields, each field is a series`);
  return notes;
}
