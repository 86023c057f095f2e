import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/board/board.define.js';
import '../../../src/components/counter/counter.define.js';
import '../../../src/components/time/time.define.js';
import type { DtmBoard } from '../../../src/components/board/board.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import type { DtmChangeDetail, DtmTime } from '../../../src/components/time/time.js';
import { axeViolations } from '../helpers/axe.js';
import { cleanup, mount, part, plain, screenText, until } from '../helpers/dom.js';

const GOVERNORATES = '/data/samples/iraq-idps-governorates.dtm.json';

const markup = (attrs = '', lang = 'en'): string => `<dtm-board ${attrs} lang="${lang}" src="${GOVERNORATES}">
  <dtm-counter class="idps" label="IDPs" duration="0"></dtm-counter>
  <dtm-counter class="total" label="IDPs in Iraq" region="IRQ" duration="0"></dtm-counter>
  <dtm-time></dtm-time>
</dtm-board>`;

interface Board {
  board: DtmBoard;
  idps: DtmCounter;
  total: DtmCounter;
  time: DtmTime;
  changes: DtmChangeDetail[];
}

async function board(attrs = '', lang = 'en'): Promise<Board> {
  const el = await mount<DtmBoard>(markup(attrs, lang), 'dtm-board');
  const changes: DtmChangeDetail[] = [];
  el.addEventListener('dtm-change', (e) => changes.push(e.detail));
  const idps = el.querySelector<DtmCounter>('.idps')!;
  const total = el.querySelector<DtmCounter>('.total')!;
  const time = el.querySelector<DtmTime>('dtm-time')!;
  await until(() => [idps, total, time].every((w) => w.getAttribute('state') === 'ready'), 10_000);
  await Promise.all([idps, total, time].map((w) => w.updateComplete));
  return { board: el, idps, total, time, changes };
}

const figure = (el: DtmCounter): string => plain(screenText(part(el, 'figure')!));
const label = (el: DtmCounter): string => plain(screenText(part(el, 'label')!));
const asOf = (el: DtmCounter): string => plain(screenText(part(el, 'as-of')!));
const slider = (t: DtmTime): HTMLElement => part(t, 'track')!;

async function settled(b: Board): Promise<void> {
  await b.board.updateComplete;
  await Promise.all([b.idps, b.total, b.time].map((w) => w.updateComplete));
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<dtm-board> shares one data source', () => {
  it('makes exactly one request for the board and the widgets inside', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const b = await board();
    const requests = fetchSpy.mock.calls.filter(([input]) => String(input instanceof Request ? input.url : input).includes('iraq-idps-governorates'));
    expect(requests).toHaveLength(1);
    expect(figure(b.idps)).toBe('1,098,913');
    expect(asOf(b.idps)).toBe('As of April 30, 2024');
  });
});

describe('<dtm-board> selection', () => {
  it('a region set on the board: the counters without their own show Ninewa, and say so', async () => {
    const b = await board();
    b.board.setAttribute('region', 'Ninewa');
    await settled(b);
    await until(() => figure(b.idps) === '229,120');
    expect(label(b.idps)).toBe('IDPs — Ninewa');
    expect(figure(b.total)).toBe('1,098,913'); // its own region stays
    expect(b.changes).toEqual([{ region: 'IQG15', at: undefined }]);
  });

  it('selecting an area on a map inside sets region; selecting it again or "Clear selection" clears it', async () => {
    const b = await board();
    const select = (code: string): boolean =>
      b.board.firstElementChild!.dispatchEvent(new CustomEvent('dtm-select', { detail: { code, name: '', value: undefined, date: undefined }, bubbles: true, composed: true }));
    select('IQG15');
    await settled(b);
    expect(b.board.getAttribute('region')).toBe('IQG15');
    await until(() => figure(b.idps) === '229,120');
    select('IQG15');
    await settled(b);
    expect(b.board.hasAttribute('region')).toBe(false);
    await until(() => figure(b.idps) === '1,098,913');
    select('IQG15');
    await settled(b);
    const clear = part(b.board, 'clear')!;
    expect(screenText(clear)).toBe('Clear selection (Ninewa)');
    clear.focus();
    await userEvent.keyboard('{Enter}');
    await settled(b);
    expect(b.board.hasAttribute('region')).toBe(false);
    expect(part(b.board, 'clear')).toBeNull();
    expect(b.changes.map((c) => c.region)).toEqual(['IQG15', undefined, 'IQG15', undefined]);
  });
});

describe('<dtm-time> in a board', () => {
  it('Home shows the first round on the counters, End the latest', async () => {
    const b = await board();
    slider(b.time).focus();
    await userEvent.keyboard('{Home}');
    await settled(b);
    expect(b.board.getAttribute('at')).toBe('2014-12-01');
    await until(() => figure(b.idps) === '2,123,340');
    expect(asOf(b.idps)).toBe('As of December 1, 2014');
    expect(slider(b.time).getAttribute('aria-valuetext')).toBe('December 1, 2014, Round 11 (1 of 12)'); // the board's data has DTM rounds
    await userEvent.keyboard('{End}');
    await settled(b);
    await until(() => figure(b.idps) === '1,098,913');
    expect(b.board.getAttribute('at')).toBe('2024-04-30');
    expect(b.changes.map((c) => c.at)).toEqual(['2014-12-01', '2024-04-30']);
  });

  it("leaves a counter's own date set by script (no attribute) where it is; 'latest' follows the board", async () => {
    const b = await board();
    b.idps.at = '2014-12-01';
    slider(b.time).focus();
    await userEvent.keyboard('{ArrowLeft}');
    await settled(b);
    expect(b.board.getAttribute('at')).toBe('2023-12-31');
    await until(() => figure(b.idps) === '2,123,340');
    expect(asOf(b.idps)).toBe('As of December 1, 2014');
    b.idps.at = 'latest';
    await until(() => asOf(b.idps) === 'As of December 31, 2023');
  });

  it('runs right to left in Arabic: the right arrow goes back a round, the left arrow forward', async () => {
    const b = await board('', 'ar');
    slider(b.time).focus();
    await userEvent.keyboard('{ArrowRight}');
    await settled(b);
    expect(b.board.getAttribute('at')).toBe('2023-12-31');
    await userEvent.keyboard('{ArrowLeft}');
    await settled(b);
    expect(b.board.getAttribute('at')).toBe('2024-04-30');
    const track = slider(b.time).getBoundingClientRect();
    const first = b.time.shadowRoot!.querySelectorAll<HTMLElement>('[part="tick"]')[0]!.getBoundingClientRect();
    expect(first.left).toBeGreaterThan(track.left + track.width / 2); // the first round sits on the right
  });
});

describe('<dtm-board sync-url>', () => {
  it('keeps the state in the hash, restores it on reload, and goes back with the history', async () => {
    history.replaceState(null, '', '#intro');
    const b = await board('id="b1" sync-url');
    b.board.setAttribute('region', 'IQG15');
    await settled(b);
    expect(location.hash).toBe('#intro&b1.region=IQG15');
    slider(b.time).focus();
    await userEvent.keyboard('{Home}');
    await settled(b);
    expect(location.hash).toBe('#intro&b1.region=IQG15&b1.at=2014-12-01');
    // a reload: the same page, the same hash, a new board
    cleanup();
    const again = await board('id="b1" sync-url');
    expect(again.board.getAttribute('region')).toBe('IQG15');
    expect(again.board.getAttribute('at')).toBe('2014-12-01');
    await until(() => figure(again.idps) === '162,132');
    // back: the state before the slider moved
    history.back();
    await until(() => !again.board.hasAttribute('at'));
    expect(location.hash).toBe('#intro&b1.region=IQG15');
    await until(() => figure(again.idps) === '229,120');
  });

  it('ignores an invalid value in the URL, with one console warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    history.replaceState(null, '', '#b2.region=Atlantis&b2.at=yesterday');
    const b = await board('id="b2" sync-url');
    expect(b.board.hasAttribute('region')).toBe(false);
    expect(figure(b.idps)).toBe('1,098,913');
    expect(warn.mock.calls.filter(([m]) => String(m).includes('b2.region'))).toHaveLength(1);
  });
});

describe('<dtm-board> accessibility', () => {
  for (const lang of ['en', 'ar']) {
    it(`has no serious or critical axe violation with a selection (${lang})`, async () => {
      const b = await board('region="IQG15"', lang);
      await until(() => part(b.board, 'clear') !== null);
      expect(await axeViolations(b.board)).toEqual([]);
    });
  }
});

describe('<dtm-board> with a map inside', () => {
  it('keyboard alone: Ninewa selected on the map shows on the counters; Escape on the map clears it; the slider moves the map', async () => {
    await import('../../../src/components/map/map.define.js');
    const fetchSpy = vi.spyOn(window, 'fetch');
    const loads: string[] = [];
    const onLoad = (e: Event): void => void loads.push((e.target as Element).localName);
    document.addEventListener('dtm-load', onLoad);
    onTestFinished(() => document.removeEventListener('dtm-load', onLoad));
    const el = await mount<DtmBoard>(
      // a URL of its own: the data layer shares a file fetched for an earlier test by URL
      `<dtm-board src="${GOVERNORATES}?with-map" lang="en"><dtm-map label="IDPs"></dtm-map><dtm-counter label="IDPs" duration="0"></dtm-counter><dtm-time></dtm-time></dtm-board>`,
      'dtm-board',
    );
    const changes: DtmChangeDetail[] = [];
    el.addEventListener('dtm-change', (e) => changes.push(e.detail));
    const map = el.querySelector('dtm-map')!;
    const counter = el.querySelector('dtm-counter')!;
    const time = el.querySelector('dtm-time')!;
    await until(() => [map, counter, time].every((w) => w.getAttribute('state') === 'ready'), 10_000);
    expect(fetchSpy.mock.calls.filter(([i]) => String(i).includes('iraq-idps-governorates'))).toHaveLength(1);
    await map.updateComplete;
    expect(loads).toEqual(['dtm-board']); // one load, told once: by the board, not again by the map
    part(map, 'plot')!.focus();
    await userEvent.keyboard('{Home}');
    for (let i = 0; i < 18 && !screenText(part(map, 'tooltip')!).startsWith('Ninewa'); i++) {
      await userEvent.keyboard('{ArrowRight}');
      await map.updateComplete;
    }
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.getAttribute('region')).toBe('IQG15');
    await until(() => figure(counter) === '229,120');
    expect(label(counter)).toBe('IDPs — Ninewa');
    expect(changes).toEqual([{ region: 'IQG15', at: undefined }]);
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.hasAttribute('region')).toBe(false);
    await until(() => figure(counter) === '1,098,913');
    expect(label(counter)).toBe('IDPs');
    // the slider: Home shows the first round on the map too
    slider(time).focus();
    await userEvent.keyboard('{Home}');
    await until(() => plain(screenText(part(map, 'as-of')!)) === 'As of December 1, 2014');
    await userEvent.keyboard('{End}');
    await until(() => plain(screenText(part(map, 'as-of')!)) === 'As of April 30, 2024');
  });
});

describe('<dtm-board> with a trend inside', () => {
  it('the trend keeps the whole series, names the area in its heading and summary, and marks the board date', async () => {
    await import('../../../src/components/trend/trend.define.js');
    const el = await mount<DtmBoard>(`<dtm-board src="${GOVERNORATES}" lang="en"><dtm-trend></dtm-trend><dtm-time></dtm-time></dtm-board>`, 'dtm-board');
    const trend = el.querySelector('dtm-trend')!;
    const time = el.querySelector('dtm-time')!;
    await until(() => [trend, time].every((w) => w.getAttribute('state') === 'ready'), 10_000);
    await trend.updateComplete;
    const heading = (): string => plain(screenText(part(trend, 'heading')!));
    const before = heading();
    expect(before).not.toContain('Ninewa');
    el.setAttribute('region', 'Ninewa');
    await until(() => heading().endsWith('— Ninewa'));
    await until(() => (part(trend, 'summary')?.textContent ?? '').startsWith('Ninewa: '));
    // the slider: the cursor (tooltip) follows the board's date, first round to latest, over the whole series
    slider(time).focus();
    await userEvent.keyboard('{Home}');
    await until(() => plain(part(trend, 'tooltip')?.textContent ?? '').includes('December 1, 2014'));
    await userEvent.keyboard('{End}');
    await until(() => plain(part(trend, 'tooltip')?.textContent ?? '').includes('April 30, 2024'));
  });
});
