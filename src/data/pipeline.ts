/**
 * The data pipeline: rows to observations, with a full account of the rows (used, merged or
 * rejected with a reason). The work is in pipeline/: fields (which columns), cells (the strict
 * readers of one cell), rows, ledger (slots, duplicates, the report), covered (an area's own row
 * against its parts' rows), build (the sequence of those steps), observe (what a widget asks),
 * types. This file is the way in, for every importer.
 */
export { buildObservations } from './pipeline/build.js';
export { cellText } from './pipeline/cells.js';
export { findColumn } from './pipeline/fields.js';
export { observe, refuse } from './pipeline/observe.js';
export type {
  DateFormat,
  DuplicateRule,
  Gap,
  LoadReport,
  Observation,
  PipelineOptions,
  PipelineResult,
  PipelineSuccess,
  ReasonCode,
  RejectedExample,
} from './pipeline/types.js';
