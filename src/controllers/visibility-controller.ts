import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls back once when the host first scrolls into view (any pixel of it), or near it with a
 * `margin` (IntersectionObserver's rootMargin, e.g. `'100% 0px'`: within a screen's height).
 * Without IntersectionObserver it calls back at once. Observation stops on disconnect and
 * resumes on reconnect while a callback is still pending.
 */
export class VisibilityController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #onVisible: () => void;
  #observer: IntersectionObserver | undefined;
  #pending = false;

  readonly #margin: string;

  constructor(host: ReactiveControllerHost & Element, onVisible: () => void, margin = '0px') {
    this.#host = host;
    this.#onVisible = onVisible;
    this.#margin = margin;
    host.addController(this);
  }

  /** Waits for the host to be visible, then calls back once. */
  waitUntilVisible(): void {
    this.#pending = true;
    this.#start();
  }

  cancel(): void {
    this.#pending = false;
    this.#stop();
  }

  hostConnected(): void {
    if (this.#pending) this.#start();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #start(): void {
    if (this.#observer || !this.#host.isConnected) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.#fire();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.#fire();
      },
      { rootMargin: this.#margin },
    );
    this.#observer.observe(this.#host);
  }

  #fire(): void {
    this.#pending = false;
    this.#stop();
    this.#onVisible();
  }

  #stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
