import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's content-box width, kept up to date with a ResizeObserver; requests an update when
 * it changes by a whole pixel. Observes only while connected.
 */
export class ResizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #observer: ResizeObserver | undefined;
  width = 0;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The width to lay out at: the observer's last report, else the host's width read once (0 when
   * it is not laid out yet). Read early (the first update, while the shadow root is still empty),
   * it does not force a layout of content just rendered; and when the observer's first report
   * agrees with it, no second update follows.
   */
  measure(): number {
    if (!this.width) this.width = Math.floor(this.#host.clientWidth);
    return this.width;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[entries.length - 1]!.contentRect.width);
      if (w !== this.width) {
        this.width = w;
        this.#host.requestUpdate();
      }
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
