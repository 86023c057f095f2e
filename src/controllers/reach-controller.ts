import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VisibilityController } from './visibility-controller.js';

/**
 * Whether the host has come near the viewport yet: at once when it is inserted within a screen
 * of it, else when it scrolls there (`margin`, IntersectionObserver's rootMargin). A widget far
 * down a long page can then fetch and draw nothing until the reader comes near: a page of twenty
 * maps costs what the reader reaches. Read `reached` in willUpdate; the host updates when it
 * turns true.
 */
export class ReachController implements ReactiveController {
  reached = false;
  readonly #host: ReactiveControllerHost & Element;
  readonly #visibility: VisibilityController;

  constructor(host: ReactiveControllerHost & Element, margin = '100% 0px') {
    this.#host = host;
    this.#visibility = new VisibilityController(host, () => this.#reach(), margin);
    host.addController(this);
  }

  hostConnected(): void {
    if (this.reached) return;
    // near the viewport: at once (the first picture is not held back by the observer's frame)
    const box = this.#host.getBoundingClientRect();
    const screen = window.innerHeight || document.documentElement.clientHeight;
    if (box.bottom >= -screen && box.top <= 2 * screen) this.reached = true;
    else this.#visibility.waitUntilVisible();
  }

  #reach(): void {
    this.reached = true;
    this.#host.requestUpdate();
  }
}
