/**
 * The trend's first picture is laid out in one task and drawn in the next: reading, laying out
 * and drawing 1k points was one task of 60-100 ms, and the page could not answer input
 * meanwhile. Later changes (new data included) are drawn at once. While the first picture waits,
 * the widget stays `loading`; moved out of the page meanwhile, it asks again on its return.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WidgetState } from '../shared/states.js';

export class FirstDrawController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The next update may draw: the task after the layout has come. */
  #due = false;
  /** A first picture is laid out and waits to be drawn. */
  #held = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The state to show for `next` (the data's state, the picture laid out when drawable), given
   * the state shown now: `loading` once more for a first picture, which the next task draws.
   */
  gate(next: WidgetState, shown: WidgetState): WidgetState {
    const drawable = next === 'ready' || next === 'stale';
    if (!drawable || shown !== 'loading') {
      this.#held = false;
      return next;
    }
    if (this.#due) {
      this.#due = false;
      this.#held = false;
      return next;
    }
    this.#held = true;
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      this.#due = true;
      this.#host.requestUpdate();
    }, 0);
    return 'loading';
  }

  hostConnected(): void {
    // a first picture left undrawn by a move: the update asked for arms the timer again
    if (this.#held && this.#timer === undefined) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
