/**
 * The pipeline's vocabulary: what it is asked (PipelineOptions), what it gives (observations,
 * gaps, a report) and the reason codes of refused rows. Types only.
 */
import type { Format } from '../table.js';

export type ReasonCode =
  | 'filtered'
  | 'empty-row'
  | 'missing-value'
  | 'not-a-number'
  | 'qualified-value'
  | 'negative'
  | 'implausible'
  | 'missing-date'
  | 'invalid-date'
  | 'ambiguous-date'
  | 'implausible-date'
  | 'missing-region'
  | 'unknown-region'
  | 'ambiguous-code'
  | 'reserved-key'
  | 'missing-series'
  | 'duplicate'
  | 'invalid-coordinate'
  | 'not-on-map';

export type DuplicateRule = 'sum' | 'max' | 'min' | 'mean' | 'first' | 'last' | 'reject';
export type DateFormat = 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'YYYY/MM/DD';

export interface PipelineOptions {
  /** Column name or HXL tag pattern of the figure. */
  readonly valueField?: string;
  /**
   * Several figure columns read in one pass, each its own series (named by the field). The
   * accounting is then per value: `total` is rows × fields. Overrides valueField and seriesField.
   */
  readonly valueFields?: readonly string[];
  readonly dateField?: string;
  readonly regionField?: string;
  readonly seriesField?: string;
  /**
   * Columns of each row's latitude and longitude (sites, camps): every row is then a point of
   * its own, keyed by its coordinates (`Observation.point`), with or without a region.
   */
  readonly latField?: string;
  readonly lonField?: string;
  /** With points: the column of each point's name (a site, a camp), shown instead of its coordinates. */
  readonly nameField?: string;
  /** `field=value` pairs separated by `;`: a row is kept when every pair matches. */
  readonly filter?: string;
  /** Keep rows of this region (any P-code form or name); a governorate also keeps its districts. */
  readonly region?: string;
  /** How slash dates are written; without it they are refused as ambiguous. */
  readonly dateFormat?: DateFormat;
  /** How rows with the same date, region and series combine. */
  readonly duplicates?: DuplicateRule;
  /** Largest believable figure (people): bigger values are refused as implausible. */
  readonly maxValue?: number;
  /** For tests: "today", as an ISO date, for the plausibility window of dates. */
  readonly today?: string;
}

export interface Observation {
  /** ISO calendar key: `2024-04-30`, `2024-04` or `2024`; undefined when the data has no dates. */
  readonly date?: string;
  readonly region?: string;
  readonly series?: string;
  /** [longitude, latitude] in degrees, when the data has coordinates (latField, lonField). */
  readonly point?: readonly [number, number];
  /** The point's name (nameField), as text: at most 80 characters, never markup. */
  readonly name?: string;
  readonly value: number;
  /**
   * The DTM round of the row (`roundNumber`, or an HXL `#round` column): a whole positive number,
   * else none (a round is a label, never a reason to refuse a row). Merged rows keep it only when
   * they all carry the same one.
   */
  readonly round?: number;
  /**
   * True when an area that contains this one (its code a prefix of this code: Iraq, IQ, for its
   * governorates; a governorate for its districts) has a row of its own at the same date and
   * series. Totals (a counter, a trend) use that row and skip this one, or the same people would
   * count twice; a map drawn at this finer level still shows it.
   */
  readonly covered?: true;
}

export interface RejectedExample {
  /** 1-based position of the row among the data rows. */
  readonly row: number;
  readonly reason: ReasonCode;
  /** The offending cell as text (capped), when there is one. */
  readonly value?: string;
}

export interface LoadReport {
  readonly total: number;
  readonly used: number;
  readonly merged: number;
  readonly rejected: number;
  readonly reasons: Partial<Record<ReasonCode, number>>;
  readonly examples: readonly RejectedExample[];
  /** The columns used. */
  readonly fields: { readonly value: string; readonly date?: string; readonly region?: string; readonly series?: string };
  /** Facts worth a console note, e.g. several DTM operations in one file. */
  readonly notes: readonly string[];
}

/** A reporting date at which a row said "no figure" (missing, not zero): charts draw a gap there. */
export interface Gap {
  readonly date: string;
  readonly region?: string;
  readonly series?: string;
}

export type PipelineResult =
  | { readonly ok: true; readonly format: Format; readonly observations: readonly Observation[]; readonly gaps: readonly Gap[]; readonly report: LoadReport }
  | { readonly ok: false; readonly kind: 'fields'; readonly detail: string };

/** A successful run: what `observe` and `refuse` pass on. */
export type PipelineSuccess = Extract<PipelineResult, { ok: true }>;

/** An observation while the rows are read: duplicates merge into its value, covered is set after. */
export type MutableObservation = { -readonly [K in keyof Observation]: Observation[K] };
