/**
 * What a `<dtm-board>` shares with the widgets inside it, through `@lit/context`: its data (one
 * request, one parse), the selected area and the reporting date. A widget with its own `src` or
 * inline data keeps its own and ignores the board's data.
 */
import { ContextConsumer, createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { Gap, Observation } from '../../data/pipeline/types.js';
import type { DataSource } from '../../data/source.js';
import type { DataView } from '../shared/data-host.js';

export interface BoardState {
  /** The board's source: its state, report and errors (undefined until the data chunk is in). */
  readonly source: DataSource | undefined;
  readonly view: DataView | undefined;
  /** The data chunk could not be downloaded. */
  readonly failed: boolean;
  /** Every observation of the board's data. */
  readonly all: readonly Observation[] | undefined;
  /** The observations of the selected area (all of them without a selection). */
  readonly observations: readonly Observation[] | undefined;
  readonly gaps: readonly Gap[];
  /** The selected area, as the data layer writes it (`IQG15`), or undefined. */
  readonly region: string | undefined;
  /** The selected area's name for headings ("Ninewa"), or its code. */
  readonly regionName: string | undefined;
  /** The reporting date (ISO key) the widgets show; undefined: the latest. */
  readonly at: string | undefined;
  /** The reporting dates of the data, in order. */
  readonly dates: readonly string[];
  /** The observations and gaps of another area (a widget's own `region`, any form), kept while the data is. */
  readonly of: (region: string) => { readonly observations: readonly Observation[] | undefined; readonly gaps: readonly Gap[] };
}

/**
 * The key is a global symbol: two copies of the library on one page (a CDN entry and the npm
 * build) still find each other's boards.
 */
export const boardContext = createContext<BoardState | undefined>(Symbol.for('dtm-widgets.board'));

/**
 * A widget's subscription to the board around it. A board defined after the widgets inside it
 * (its script loaded later, or defined after theirs) never heard their requests: once
 * `<dtm-board>` is defined, a widget inside one that has no answer yet asks again.
 */
export function consumeBoard(host: ReactiveControllerHost & HTMLElement): ContextConsumer<typeof boardContext, ReactiveControllerHost & HTMLElement> {
  const consumer = new ContextConsumer(host, { context: boardContext, subscribe: true });
  if (typeof customElements !== 'undefined' && !customElements.get('dtm-board')) {
    void customElements.whenDefined('dtm-board').then(() => {
      if (consumer.value !== undefined || !host.isConnected || !host.closest('dtm-board')) return;
      host.removeController(consumer);
      host.addController(consumer); // connected: the request goes out again
    });
  }
  return consumer;
}
