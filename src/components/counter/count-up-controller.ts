import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tween } from './tween.js';

/**
 * Runs the count-up frame loop. `current` is the number on screen while counting, or undefined
 * when the final value shows. Stops (and lands on the final value) when the host disconnects.
 */
export class CountUpController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #frame = 0;
  current: number | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get running(): boolean {
    return this.#frame !== 0;
  }

  /** Shows `value` and stays there (the start figure before the counter is seen). */
  hold(value: number): void {
    this.#cancel();
    this.current = value;
    this.#host.requestUpdate();
  }

  /** Counts from `from` to `to` over `duration` ms, timed from the first frame. */
  run(from: number, to: number, duration: number): void {
    this.#cancel();
    if (!(duration > 0) || typeof requestAnimationFrame === 'undefined') {
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
    if (this.#frame) this.finish();
  }

  #cancel(): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
