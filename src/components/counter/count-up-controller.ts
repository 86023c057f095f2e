import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tween } from './tween.js';

/** True while the page is printed (or a print preview is laid out): no count-up then. */
function printing(): boolean {
  return typeof matchMedia === 'function' && matchMedia('print').matches;
}

/**
 * Runs the count-up frame loop. `current` is the number on screen while counting, or undefined
 * when the final value shows. Stops (and lands on the final value) when the host disconnects,
 * and when the page is printed: `beforeprint` or print media jump every count to its end, so a
 * printout or a screenshot never shows a figure half-way (or 0).
 */
export class CountUpController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #frame = 0;
  current: number | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  readonly #onPrint = (): void => {
    if (this.#frame) this.finish();
  };
  #printMedia: MediaQueryList | undefined;

  hostConnected(): void {
    if (typeof window === 'undefined' || typeof matchMedia !== 'function') return;
    window.addEventListener('beforeprint', this.#onPrint);
    this.#printMedia = matchMedia('print');
    this.#printMedia.addEventListener('change', this.#onPrint);
  }

  get running(): boolean {
    return this.#frame !== 0;
  }

  /** Counts from `from` to `to` over `duration` ms, timed from the first frame. */
  run(from: number, to: number, duration: number): void {
    this.#cancel();
    if (!(duration > 0) || typeof requestAnimationFrame === 'undefined' || printing()) {
      this.finish();
      return;
    }
    let start: number | undefined;
    const step = (now: number): void => {
      start ??= now;
      const t = (now - start) / duration;
      if (t >= 1) {
        this.#frame = 0;
        this.current = undefined;
      } else {
        this.current = tween(from, to, t);
        this.#frame = requestAnimationFrame(step);
      }
      this.#host.requestUpdate();
    };
    this.current = from;
    this.#frame = requestAnimationFrame(step);
    this.#host.requestUpdate();
  }

  /** Jumps to the final value. */
  finish(): void {
    this.#cancel();
    this.current = undefined;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    if (typeof window !== 'undefined') window.removeEventListener('beforeprint', this.#onPrint);
    this.#printMedia?.removeEventListener('change', this.#onPrint);
    this.#printMedia = undefined;
    if (this.#frame) this.finish();
  }

  #cancel(): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
