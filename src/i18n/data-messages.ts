/**
 * Strings of the data states (loading, empty, stale, error, rows not shown). English is in the
 * lazily loaded data chunk, so a counter with a static value never downloads it; Arabic and
 * Sorani come with their language's chunk (ar.ts, ckb.ts).
 */
import type { ReasonCode } from '../data/pipeline.js';
import type { SourceError } from '../data/source.js';
import type { Lang } from './locale.js';
import { core } from './messages.js';

export interface DataMessages {
  readonly loading: string;
  readonly empty: string;
  readonly retry: string;
  /** "Not up to date: last updated {time}". */
  readonly stale: (time: string) => string;
  /** "{n} rows not shown" (n already formatted; count for plurals). */
  readonly rowsNotShown: (n: string, count: number) => string;
  readonly reasons: Record<ReasonCode, string>;
  /** What went wrong and what to do. */
  readonly error: (e: SourceError) => string;
}


const en: DataMessages = {
  loading: 'Loading figures…',
  empty: 'No figures published yet.',
  retry: 'Try again',
  stale: (t) => `Not up to date: last updated ${t}.`,
  rowsNotShown: (n, c) => `${n} ${c === 1 ? 'row' : 'rows'} not shown`,
  reasons: {
    filtered: 'left out by the filter',
    'empty-row': 'empty row',
    'missing-value': 'no figure',
    'not-a-number': 'figure is not a number',
    'qualified-value': 'figure is qualified (>, <, %, ~)',
    negative: 'negative count',
    implausible: 'implausibly large figure',
    'missing-date': 'no date',
    'invalid-date': 'date not recognised',
    'ambiguous-date': 'ambiguous date (set date-format)',
    'implausible-date': 'date before 1990 or in the future',
    'missing-region': 'no area code',
    'unknown-region': 'unknown area code',
    'ambiguous-code': '2014 area code (numbering differs)',
    'reserved-key': 'reserved name',
    'missing-series': 'no series name',
    duplicate: 'duplicate row',
    'invalid-coordinate': 'no usable latitude and longitude',
    'not-on-map': 'area not on the map',
  },
  error: (e) => {
    switch (e.kind) {
      case 'config':
        return e.problem === 'empty-src'
          ? 'This widget needs a data address: set src to the URL of a JSON or CSV file.'
          : e.problem === 'mixed-content'
            ? 'This page uses https, so the data address must use https too.'
            : e.problem === 'not-http'
              ? 'The data address must start with https://.'
              : `The data address “${e.detail}” is not a valid URL: check for spaces or curly quotes.`;
      case 'network':
        return 'Could not reach the data source. Check the connection; data on another site must allow this page (CORS).';
      case 'timeout':
        return 'The data source took too long to answer.';
      case 'http':
        return e.status === 404 || e.status === 410 ? `The data address was not found (${e.status}): check the URL.` : `The data source answered with an error (${e.detail}).`;
      case 'html':
        return 'The data address returned a web page, not data: link the JSON or CSV file itself.';
      case 'too-large':
        return 'The data file is too large: publish a smaller file, or raise max-bytes.';
      case 'parse':
        return `The data could not be read: ${e.detail}.`;
      case 'shape':
        return `The data is not in a shape this widget reads: ${e.detail}.`;
      case 'api':
        return `The data source reported an error: ${e.detail}`;
      case 'fields':
        return `The data does not fit the settings: ${e.detail}.`;
      default:
        return `Something went wrong while reading the data (${e.detail}).`;
    }
  },
};

export function dataMessages(lang: Lang): DataMessages {
  return core.get(lang).data ?? en;
}
