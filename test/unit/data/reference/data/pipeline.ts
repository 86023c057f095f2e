/**
 * THE REFERENCE: the data layer as it was at commit 6846c1d, before issue #15's speed work
 * (the modules that work changed, and those that call them, copied unchanged: pipeline/ build,
 * cells, fields, ledger, observe and rows, table.ts and core/dates.ts; the others, types, covered
 * and strict-number included, are imported from src/). It is the oracle of test/unit/data/differential.test.ts:
 * the fast pipeline must give exactly this output (observations, gaps, report, examples, notes) on
 * every generated table. Do not edit it to make that test pass.
 *
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
} from '../../../../../src/data/pipeline/types.js';
