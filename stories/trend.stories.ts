import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { expectSkeleton, expectStaleMark, fakeFetch, sampleThenFail, settled, stillLoading } from './helpers.js';
import '../src/components/trend/trend.define.js';

/* The real Iraq figures of data/samples/ (served by Storybook at /samples); see data/README.md. */
interface Args {
  src?: string;
  kind?: 'line' | 'area' | 'stacked-area' | 'bar';
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  heading?: string;
  'series-field'?: string;
  marks?: string;
  annotations?: string;
  'time-direction'?: string;
  from?: string;
  to?: string;
  refresh?: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/dtm-trend',
  component: 'dtm-trend',
  args: { src: 'samples/iraq-idps-national.dtm.json', kind: 'line', heading: 'IDPs in Iraq, April 2014 – April 2024' },
  argTypes: {
    kind: { control: 'inline-radio', options: ['line', 'area', 'stacked-area', 'bar'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['en', 'ar', 'ar-IQ', 'ckb'] },
  },
  render: (a) => html`<div style="max-width: 760px">
    <dtm-trend
      src=${a.src ?? nothing}
      kind=${a.kind ?? nothing}
      lang=${a.lang ?? nothing}
      theme=${a.theme ?? nothing}
      heading=${a.heading ?? nothing}
      series-field=${a['series-field'] ?? nothing}
      marks=${a.marks ?? nothing}
      annotations=${a.annotations ?? nothing}
      time-direction=${a['time-direction'] ?? nothing}
      from=${a.from ?? nothing}
      to=${a.to ?? nothing}
      refresh=${a.refresh ?? nothing}
      source="IOM DTM Iraq"
      source-url="https://iraqdtm.iom.int/"
    ></dtm-trend>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const ready = (canvasElement: HTMLElement, state = 'ready') => settled(canvasElement, 'dtm-trend', state);
const markLabels = (el: Element): string[] => [...el.shadowRoot!.querySelectorAll('.mark text')].map((t) => t.textContent!.trim());

export const NationalSeries: Story = {
  args: { annotations: '[{"date": "2017-07-10", "label": "Mosul retaken"}]' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(markLabels(el)).toEqual(['3,417,768', '1,098,913']);
    await expect(el.shadowRoot!.querySelector('.annotation text')!.textContent).toBe('Mosul retaken');
  },
};

export const Area: Story = {
  args: { kind: 'area' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('path.area')).toHaveLength(1);
  },
};

export const StackedByGovernorate: Story = {
  args: { src: 'samples/iraq-idps-governorates.dtm.json', kind: 'stacked-area', 'series-field': 'admin1Name', marks: 'none', heading: 'IDPs by governorate' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('path.area')).toHaveLength(18);
    await expect(el.shadowRoot!.querySelectorAll('[part~="legend"] button')).toHaveLength(18);
  },
};

export const BarsFromHxlCsv: Story = {
  args: { src: 'samples/iraq-idps-governorates.hxl.csv', kind: 'bar', heading: 'IDPs in Iraq at each year-end (sum of governorates)' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('rect')).toHaveLength(12);
  },
};

export const Arabic: Story = {
  args: { lang: 'ar-IQ', heading: 'النازحون داخليًا في العراق' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(markLabels(el)).toEqual(['٣٬٤١٧٬٧٦٨', '١٬٠٩٨٬٩١٣']);
    await expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).toBe('rtl');
  },
};

export const ArabicTimeLeftToRight: Story = {
  name: 'Arabic, time-direction="ltr"',
  args: { lang: 'ar-IQ', 'time-direction': 'ltr', heading: 'النازحون داخليًا في العراق' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
  },
};

export const Sorani: Story = {
  args: { lang: 'ckb', heading: 'ئاوارەکانی ناوخۆ لە عێراق', from: '2016' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part~="summary"]')!.textContent).toContain('لووتکە');
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(getComputedStyle(el).backgroundColor).toBe('rgb(21, 27, 35)');
  },
};

export const WithTable: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    (el.shadowRoot!.querySelector('[part~="table-toggle"]') as HTMLButtonElement).click();
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(80);
  },
};

export const ErrorNotFound: Story = {
  args: { src: 'samples/no-such-file.json' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'error');
    await expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).toContain('not found (404)');
  },
};

export const InlineDataWithGap: Story = {
  name: 'Inline data with a gap',
  render: () => html`<div style="max-width: 760px">
    <dtm-trend heading="People reached each month" marks="latest"
      ><script type="application/json">
        [{"date": "2024-01", "value": 120}, {"date": "2024-02", "value": 180}, {"date": "2024-03", "value": null},
         {"date": "2024-04", "value": 210}, {"date": "2024-05", "value": 260}]
      </script></dtm-trend
    >
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelector('path.line')!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
  },
};

export const RejectedRows: Story = {
  name: 'State: rows not shown',
  render: () => html`<div style="max-width: 760px">
    <dtm-trend heading="People reached each month (test rows: two are not figures)"
      ><script type="application/json">
        [{"date": "2024-01", "value": 120}, {"date": "2024-02", "value": "about 150"}, {"date": "2024-03", "value": 190},
         {"date": "2024-04", "value": "12%"}, {"date": "2024-05", "value": 260}]
      </script></dtm-trend
    >
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const notice = el.shadowRoot!.querySelector('[part~="rejected"]')!;
    await expect(notice.querySelector('summary')!.textContent!.trim()).toBe('2 rows not shown');
  },
};

export const EmptyList: Story = {
  name: 'State: empty (no figures published)',
  render: () => html`<div style="max-width: 760px">
    <dtm-trend heading="People reached each month"><script type="application/json">[]</script></dtm-trend>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'empty');
    await expect(el.shadowRoot!.querySelector('[part~="message"]')!.textContent!.trim()).toBe('No figures published yet.');
  },
};

export const NoneInRange: Story = {
  name: 'State: empty (nothing in from/to)',
  args: { from: '2030' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'empty');
    await expect(el.shadowRoot!.querySelector('[part~="message"]')!.textContent!.trim()).toBe('No figures from 2030 on.');
  },
};

/*
 * Loading and stale: no server hangs or fails on demand, so these two stories read paths that
 * exist nowhere, answered by fakeFetch (stories/helpers.ts) for the story only.
 */
const HANG = '/story-only/hang.json';
const LIVE = '/story-only/live-national.json';

export const Loading: Story = {
  name: 'State: loading',
  tags: ['!autodocs'],
  args: { src: HANG },
  // the request never answers (until the widget aborts it, or its own time-out does)
  beforeEach: () => fakeFetch({ [HANG]: () => 'hang' }),
  play: async ({ canvasElement }) => {
    const el = await stillLoading(canvasElement, 'dtm-trend', HANG);
    await expectSkeleton(el);
    await expect(el.shadowRoot!.querySelector('svg')).toBeNull();
  },
};

export const Stale: Story = {
  name: 'State: stale (refresh failed)',
  tags: ['!autodocs'],
  args: { src: LIVE, refresh: 1 },
  // the first answer is the real national file; every refresh after it gets HTTP 503
  beforeEach: () => fakeFetch({ [LIVE]: sampleThenFail('samples/iraq-idps-national.dtm.json') }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'stale');
    // the last good data is still drawn
    await expect(el.shadowRoot!.querySelectorAll('path.line')).toHaveLength(1);
    await expect(markLabels(el)).toEqual(['3,417,768', '1,098,913']);
    await expectStaleMark(el);
  },
};

/** Synthetic: 3 seeded random walks of hourly readings, with a surge on one hour of the second. */
function syntheticHourly(n: number): string {
  let seed = 42;
  const rand = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const start = Date.UTC(2024, 0, 1);
  const level = [20_000, 12_000, 6_000];
  const rows = [];
  for (let i = 0; i < n; i++) {
    level.forEach((v, k) => (level[k] = Math.max(0, Math.round(v + (rand() - 0.5) * 400))));
    rows.push({ date: new Date(start + i * 3_600_000).toISOString().slice(0, 16), a: level[0], b: i === 7_777 ? 95_000 : level[1], c: level[2] });
  }
  return JSON.stringify(rows);
}

export const LongHourlySeries: Story = {
  name: 'Long series: 3 × 20,000 hourly points (synthetic)',
  render: () => html`<div style="max-width: 760px">
    <dtm-trend heading="Synthetic demonstration data: 3 × 20,000 hourly readings" value-field="a, b, c" series-labels="Site A, Site B, Site C" max-bytes="20000000"
      ><script type="application/json">${syntheticHourly(20_000)}</script></dtm-trend
    >
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    // drawn decimated (at most 4 points per pixel column), the one-hour surge kept
    for (const path of el.shadowRoot!.querySelectorAll('path.line')) await expect(path.getAttribute('d')!.match(/[ML]/g)!.length).toBeLessThan(4 * 760);
    await expect(markLabels(el)).toContain('95,000');
    // the table pages through the real readings, a thousand hours at a time
    (el.shadowRoot!.querySelector('[part~="table-toggle"]') as HTMLButtonElement).click();
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(1000);
    const pages = el.shadowRoot!.querySelector('[part~="table-pages"]')!;
    await expect(pages.textContent).toContain('Rows 1–1,000 of 20,000');
    (pages.querySelectorAll('button')[1] as HTMLButtonElement).click();
    await el.updateComplete;
    await expect(pages.textContent).toContain('Rows 1,001–2,000 of 20,000');
  },
};
