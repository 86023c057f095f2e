/**
 * Widgets find their board through the context protocol (board-context.ts, BoardConsumer): a
 * board defined after its widgets, a widget moved from one board to another, removed and put
 * back, or under the provider of another copy of @lit/context, still gets the board's value, and
 * leaves no subscription behind once removed.
 */
import { ContextProvider } from '@lit/context';
import { LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { boardContext, consumeBoard, type BoardConsumer, type BoardState } from '../../../src/components/board/board-context.js';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { cleanup, mount, part, plain, screenText, until } from '../helpers/dom.js';

const GOVERNORATES = '/data/samples/iraq-idps-governorates.dtm.json';

class TestConsumer extends LitElement {
  readonly board: BoardConsumer = consumeBoard(this);
  updates = 0;
  override updated(): void {
    this.updates++;
  }
}
customElements.define('test-board-consumer', TestConsumer);

/** A board's state with only a name: all these tests look at. */
const state = (regionName: string): BoardState => ({ regionName }) as unknown as BoardState;

/** A provider on a plain element, as a board of another copy of the library provides. */
function provider(el: HTMLElement, value?: BoardState): ContextProvider<typeof boardContext> & { subscriptions: Map<unknown, unknown> } {
  return new ContextProvider(el, { context: boardContext, initialValue: value }) as never;
}

afterEach(cleanup);

describe('BoardConsumer', () => {
  it('gets the value and every change of the provider around it, and leaves it when removed', async () => {
    const box = await mount(`<div class="a"><test-board-consumer></test-board-consumer></div>`, 'div');
    // the provider is made after the consumer connected: it asks again once dtm-board is defined, not here
    const a = provider(box);
    const el = box.querySelector<TestConsumer>('test-board-consumer')!;
    el.remove();
    box.append(el);
    expect(el.board.value).toBeUndefined();
    expect(a.subscriptions.size).toBe(1);
    a.setValue(state('Ninewa'));
    expect(el.board.value?.regionName).toBe('Ninewa');
    el.remove();
    expect(a.subscriptions.size).toBe(0);
    expect(el.board.value).toBeUndefined();
    a.setValue(state('Erbil'));
    expect(el.board.value).toBeUndefined();
    box.append(el);
    expect(el.board.value?.regionName).toBe('Erbil');
    expect(a.subscriptions.size).toBe(1);
  });

  it('moves from one provider to another, leaving the first', async () => {
    const boxA = await mount(`<div class="a"><test-board-consumer></test-board-consumer></div><div class="b"></div>`, '.a');
    const boxB = boxA.nextElementSibling as HTMLElement;
    const a = provider(boxA, state('A'));
    const b = provider(boxB, state('B'));
    const el = boxA.querySelector<TestConsumer>('test-board-consumer')!;
    el.remove();
    boxA.append(el);
    expect(el.board.value?.regionName).toBe('A');
    boxB.append(el);
    expect(el.board.value?.regionName).toBe('B');
    expect([a.subscriptions.size, b.subscriptions.size]).toEqual([0, 1]);
    a.setValue(state('A2'));
    expect(el.board.value?.regionName).toBe('B');
    await el.updateComplete;
    const before = el.updates;
    b.setValue(state('B2'));
    await el.updateComplete;
    expect(el.updates).toBe(before + 1);
  });

  it('goes over to a provider put between it and its provider, leaving the outer one', async () => {
    const outerBox = await mount(`<div class="outer"><div class="inner"><test-board-consumer></test-board-consumer></div></div>`, '.outer');
    const innerBox = outerBox.firstElementChild as HTMLElement;
    const outer = provider(outerBox, state('outer'));
    const el = innerBox.querySelector<TestConsumer>('test-board-consumer')!;
    el.remove();
    innerBox.append(el);
    expect(el.board.value?.regionName).toBe('outer');
    const inner = provider(innerBox, state('inner'));
    inner.hostConnected(); // a board connecting says so: the outer one hands its subscribers over
    expect(el.board.value?.regionName).toBe('inner');
    expect([outer.subscriptions.size, inner.subscriptions.size]).toEqual([0, 1]);
    outer.setValue(state('outer again'));
    expect(el.board.value?.regionName).toBe('inner');
  });
});

describe('a board defined after the widgets inside it', () => {
  it('serves its counter once defined, and the counter follows it', async () => {
    expect(customElements.get('dtm-board')).toBeUndefined();
    const box = await mount(`<dtm-board src="${GOVERNORATES}" region="IQG15"><dtm-counter label="IDPs" duration="0"></dtm-counter></dtm-board>`, 'dtm-board');
    const counter = box.querySelector<DtmCounter>('dtm-counter')!;
    await import('../../../src/components/board/board.define.js');
    await until(() => counter.getAttribute('state') === 'ready', 10_000);
    await counter.updateComplete;
    expect(plain(screenText(part(counter, 'label')!))).toContain('Ninewa');
    // moved out of the board and back
    const outside = document.createElement('div');
    document.body.append(outside);
    try {
      outside.append(counter);
      box.append(counter);
      box.setAttribute('region', 'IQG11');
      await until(() => plain(screenText(part(counter, 'label')!)).includes('Erbil'), 5000);
    } finally {
      outside.remove();
    }
  });

  it("no longer shows the board's figure once moved out of the board", async () => {
    const box = await mount(`<dtm-board src="${GOVERNORATES}" region="IQG15"><dtm-counter label="IDPs" duration="0"></dtm-counter></dtm-board>`, 'dtm-board');
    const counter = box.querySelector<DtmCounter>('dtm-counter')!;
    await until(() => counter.getAttribute('state') === 'ready', 10_000);
    const outside = document.createElement('div');
    document.body.append(outside);
    try {
      outside.append(counter);
      await until(() => counter.getAttribute('state') !== 'ready', 5000);
      await counter.updateComplete;
      expect(plain(screenText(counter.shadowRoot!))).not.toContain('Ninewa');
      expect(plain(screenText(counter.shadowRoot!))).not.toContain('229,120');
    } finally {
      outside.remove();
    }
  });
});
