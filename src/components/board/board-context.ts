/**
 * What a `<dtm-board>` shares with the widgets inside it, through the context protocol of
 * `@lit/context` (the board provides with its ContextProvider): its data (one request, one
 * parse), the selected area and the reporting date. A widget with its own `src` or inline data
 * keeps its own and ignores the board's data.
 */
import type { Context } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
export const boardContext = Symbol.for('dtm-widgets.board') as Context<symbol, BoardState | undefined>;

/**
 * The consumer side of the context protocol, for the one context widgets read: when the widget
 * is connected it asks the board around it (a `context-request` event, as `@lit/context`'s
 * ContextConsumer sends), and the board answers now and at every change. Ours, not
 * `@lit/context`'s, so that a page without a board does not download the library (0.3 KiB).
 */
export class BoardConsumer implements ReactiveController {
  /** The board's state, once a board has answered. */
  value: BoardState | undefined;
  #unsubscribe: (() => void) | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The board's answer; stable, so that a board recognises a widget that asks again. */
  readonly #answer = (value: BoardState | undefined, unsubscribe?: () => void): void => {
    // an answer from another board (the widget moved): leave the first one
    if (this.#unsubscribe && this.#unsubscribe !== unsubscribe) this.#unsubscribe();
    this.#unsubscribe = unsubscribe;
    this.value = value;
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: boardContext,
      contextTarget: this.#host,
      callback: this.#answer,
      subscribe: true,
    });
    this.#host.dispatchEvent(request);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    // out of the board, its figures are not the widget's any more (put back, it asks again)
    this.value = undefined;
  }
}

/**
 * A widget's subscription to the board around it. A board defined after the widgets inside it
 * (its script loaded later, or defined after theirs) never heard their requests: once
 * `<dtm-board>` is defined, a widget inside one that has no answer yet asks again.
 */
export function consumeBoard(host: ReactiveControllerHost & HTMLElement): BoardConsumer {
  const consumer = new BoardConsumer(host);
  if (typeof customElements !== 'undefined' && !customElements.get('dtm-board')) {
    void customElements.whenDefined('dtm-board').then(() => {
      if (consumer.value !== undefined || !host.isConnected || !host.closest('dtm-board')) return;
      host.removeController(consumer);
      host.addController(consumer); // connected: the request goes out again
    });
  }
  return consumer;
}
