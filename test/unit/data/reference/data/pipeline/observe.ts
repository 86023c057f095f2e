/**
 * What a data widget asks of the pipeline: `observe` reads a table with the widget's settings
 * (one value field, or several as series), and `refuse` moves the observations a widget cannot
 * show from used to rejected, keeping the accounting whole.
 */
import { splitFieldList } from '../../../../../../src/core/field-list.js';
import type { Table } from '../table.js';
import { buildObservations } from './build.js';
import { findColumn } from './fields.js';
import type { Observation, PipelineOptions, PipelineResult, PipelineSuccess, ReasonCode } from '../../../../../../src/data/pipeline/types.js';

/**
 * Runs the pipeline. With `several` (the trend), `valueField: "a, b"` reads each field as its own
 * series (named by the field) and accounts for every value: the report's total is rows × fields.
 * Without it (one figure per area and date: the counter, the map), the first field is read and a
 * note says which were not: adding IDPs to returnees would make a figure no one published. A
 * column whose own name has a comma ("IDPs, individuals") is one field either way
 * (core/field-list.ts).
 */
export function observe(table: Table, pipeline: PipelineOptions, several = false): PipelineResult {
  const written = pipeline.valueField?.trim() ?? '';
  const fields = splitFieldList(written, (name) => findColumn(table.columns, name) !== undefined);
  if (fields.length < 2) return buildObservations(table, written ? { ...pipeline, valueField: written } : pipeline);
  if (several) {
    // one pass over the rows for all the fields (each its own series)
    return buildObservations(table, { ...pipeline, valueField: fields[0], valueFields: fields });
  }
  const result = buildObservations(table, { ...pipeline, valueField: fields[0] });
  if (!result.ok) return result;
  const note = `one figure per area and date: value-field "${fields[0]}" is read; ${fields
    .slice(1)
    .map((f) => `"${f}"`)
    .join(', ')} not`;
  return { ...result, report: { ...result.report, notes: [...result.report.notes, note] } };
}

/** Moves the observations `rule` refuses from used to rejected, keeping the accounting whole. */
export function refuse(result: PipelineSuccess, rule: (o: Observation) => ReasonCode | undefined): PipelineSuccess {
  const kept: Observation[] = [];
  const reasons = { ...result.report.reasons };
  let refused = 0;
  for (const o of result.observations) {
    const reason = rule(o);
    if (reason === undefined) kept.push(o);
    else {
      refused++;
      reasons[reason] = (reasons[reason] ?? 0) + 1;
    }
  }
  if (refused === 0) return result;
  const report = { ...result.report, used: result.report.used - refused, rejected: result.report.rejected + refused, reasons };
  return { ...result, observations: kept, report };
}
