/** <dtm-counter> with its data inline (a JSON or CSV child): read, rows not shown told, edits followed. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { cleanup, mount, part, plain, screenText, until } from '../helpers/dom.js';
import { figure, inline, settle } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-counter> inline data', () => {
  it('reads a JSON child, for editors who cannot host files', async () => {
    const el = await mount<DtmCounter>(
      `<dtm-counter value-field="value" filter="indicator=beneficiaries" duration="0">
        <script type="application/json">[{"indicator":"beneficiaries","value":140000},{"indicator":"families","value":2200}]</script>
      </dtm-counter>`,
    );
    await settle(el, 'ready');
    expect(figure(el)).toBe('140,000');
    expect(part(el, 'rejected')).toBeNull(); // rows left out by the editor's own filter are not "not shown"
  });

  it('reads a CSV child', async () => {
    const el = await mount<DtmCounter>(
      '<dtm-counter duration="0"><script type="text/csv">date,value\n2024-01-31,10\n2024-02-29,12\n</script></dtm-counter>',
    );
    await settle(el, 'ready');
    expect(figure(el)).toBe('12');
    expect(screenText(part(el, 'as-of')!)).toBe('As of February 29, 2024');
  });

  it('says how many rows were not shown, and why, on demand', async () => {
    const el = await mount<DtmCounter>(
      `<dtm-counter at="all" duration="0"><script type="application/json">
        [{"value": 5}, {"value": "N/A"}, {"value": "12%"}, {"value": -3}, {"value": "7"}]
      </script></dtm-counter>`,
    );
    await settle(el, 'ready');
    expect(figure(el)).toBe('12');
    const notice = part(el, 'rejected') as HTMLDetailsElement;
    expect(screenText(notice)).toBe('3 rows not shown');
    notice.open = true;
    expect(screenText(notice)).toBe('3 rows not shown no figure: 1 figure is qualified (>, <, %, ~): 1 negative count: 1');
  });
});

describe('<dtm-counter> inline data that changes', () => {
  it('reads an edit of its inline data, and one made while it was out of the page', async () => {
    const el = await mount<DtmCounter>(`<div><dtm-counter duration="0">${inline([{ date: '2024-04-30', value: 5 }])}</dtm-counter></div>`);
    await settle(el, 'ready');
    expect(figure(el)).toBe('5');
    const script = el.querySelector('script')!;
    script.textContent = JSON.stringify([{ date: '2024-04-30', value: 777 }]);
    await until(() => figure(el) === '777', 5000);
    const box = el.parentElement!;
    el.remove();
    script.textContent = JSON.stringify([{ date: '2024-04-30', value: 888 }]);
    box.append(el);
    await until(() => figure(el) === '888', 5000);
  });

  it('shows the error of an edit that no longer reads, not the figure of the text that is gone', async () => {
    const el = await mount<DtmCounter>(`<dtm-counter duration="0">${inline([{ date: '2024-04-30', value: 5 }])}</dtm-counter>`);
    await settle(el, 'ready');
    el.querySelector('script')!.textContent = '[{"date": "2024-04-30", "value": 5';
    await settle(el, 'error');
    expect(part(el, 'figure')).toBeNull();
    expect(plain(screenText(part(el, 'error')!))).toMatch(/could not be read/);
  });
});
