import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { expectSkeleton, expectStaleMark, fakeFetch, sampleThenFail, settled, stillLoading } from './helpers.js';
import '../src/components/map/map.define.js';

/* The real Iraq figures of data/samples/ (served by Storybook at /samples); see data/README.md. */
interface Args {
  src?: string;
  at?: string;
  kind?: 'choropleth' | 'bubbles';
  scale?: 'quantile' | 'quantize' | 'natural' | 'threshold';
  classes?: number;
  thresholds?: string;
  palette?: string;
  labels?: 'none' | 'names' | 'values';
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  label?: string;
  renderer?: 'auto' | 'svg';
  refresh?: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/dtm-map',
  component: 'dtm-map',
  args: { src: 'samples/iraq-idps-governorates.dtm.json', label: 'IDPs' },
  argTypes: {
    kind: { control: 'inline-radio', options: ['choropleth', 'bubbles'] },
    scale: { control: 'inline-radio', options: ['quantile', 'quantize', 'natural', 'threshold'] },
    labels: { control: 'inline-radio', options: ['none', 'names', 'values'] },
    palette: { control: 'select', options: ['blues', 'oranges', 'purples', 'viridis', 'cividis'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    renderer: { control: 'inline-radio', options: ['auto', 'svg'] },
    lang: { control: 'select', options: ['en', 'ar', 'ar-IQ', 'ckb'] },
  },
  render: (a) => html`<div style="max-width: 640px">
    <dtm-map
      src=${a.src ?? nothing}
      at=${a.at ?? nothing}
      kind=${a.kind ?? nothing}
      scale=${a.scale ?? nothing}
      classes=${a.classes ?? nothing}
      thresholds=${a.thresholds ?? nothing}
      palette=${a.palette ?? nothing}
      labels=${a.labels ?? nothing}
      lang=${a.lang ?? nothing}
      theme=${a.theme ?? nothing}
      label=${a.label ?? nothing}
      renderer=${a.renderer ?? nothing}
      refresh=${a.refresh ?? nothing}
      source="IOM DTM Iraq"
      source-url="https://iraqdtm.iom.int/"
    ></dtm-map>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const ready = (canvasElement: HTMLElement, state = 'ready') => settled(canvasElement, 'dtm-map', state);
const summary = (el: Element): string => el.shadowRoot!.querySelector('[part~="summary"]')!.textContent!.trim();

export const April2024: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('path.area')).toHaveLength(18);
    await expect(summary(el)).toContain('Duhok (233,162)');
  },
};

export const PeakMarch2016: Story = {
  name: 'At the national peak (March 2016)',
  args: { at: '2016-03' },
  play: async ({ canvasElement }) => {
    await expect(summary(await ready(canvasElement))).toContain('Al-Anbar (631,788)');
  },
};

export const NoDataDecember2014: Story = {
  name: 'No data (Al-Muthanna, December 2014)',
  args: { at: '2014-12' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part~="legend"]')!.textContent).toContain('No data');
  },
};

export const NamesAndNaturalBreaks: Story = {
  args: { labels: 'names', scale: 'natural', classes: 4, palette: 'oranges' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('svg text')).toHaveLength(18);
  },
};

export const Thresholds: Story = {
  args: { scale: 'threshold', thresholds: '1000, 10000, 100000', palette: 'viridis' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('[part~="legend"] li')).toHaveLength(4);
  },
};

export const Bubbles: Story = {
  args: { kind: 'bubbles', labels: 'values' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('svg:not(.size-key) circle.bubble')).toHaveLength(18);
  },
};

/*
 * lat-field / lon-field: figures at points. Sites publish their own coordinates; here four
 * governorates' April 2024 IDP figures (from the issue and data/samples) are drawn at their
 * capitals' approximate city centres, to show the feature on real numbers.
 */
const CAPITALS = [
  { date: '2024-04-30', place: 'Duhok', lat: 36.867, lon: 42.988, idps: 233162 },
  { date: '2024-04-30', place: 'Mosul (Ninewa)', lat: 36.34, lon: 43.13, idps: 229120 },
  { date: '2024-04-30', place: 'Erbil', lat: 36.191, lon: 44.009, idps: 222865 },
  { date: '2024-04-30', place: 'Samawah (Al-Muthanna)', lat: 31.332, lon: 45.294, idps: 636 },
];

export const PointsAtCoordinates: Story = {
  name: 'Points (lat-field, lon-field)',
  render: () => {
    // the data as a child <script>, built with the DOM (no binding inside a raw-text element)
    const box = document.createElement('div');
    box.style.maxWidth = '640px';
    const map = document.createElement('dtm-map');
    for (const [k, v] of Object.entries({ 'lat-field': 'lat', 'lon-field': 'lon', 'name-field': 'place', 'value-field': 'idps', label: 'IDPs', heading: 'IDPs, April 2024, drawn at governorate capitals', source: 'IOM DTM Iraq' })) map.setAttribute(k, v);
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = JSON.stringify(CAPITALS);
    map.append(data);
    box.append(map);
    return box;
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('circle.bubble.site')).toHaveLength(4);
    await expect(summary(el)).toContain('233,162');
    await expect(summary(el)).toContain('Duhok');
  },
};

export const Arabic: Story = {
  args: { lang: 'ar-IQ', label: 'النازحون داخليًا', labels: 'names' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(summary(el)).toContain('دهوك');
  },
};

export const Sorani: Story = {
  args: { lang: 'ckb', label: 'ئاوارەکان', labels: 'names', src: 'samples/iraq-idps-governorates.hxl.csv' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(summary(el)).toContain('دهۆک');
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

export const ErrorNotFound: Story = {
  args: { src: 'samples/no-such-file.json' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'error');
    await expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).toContain('not found (404)');
  },
};

export const NothingAtThatDate: Story = {
  name: 'State: empty (no figures at that date)',
  args: { at: '2001' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'empty');
    await expect(el.shadowRoot!.querySelector('[part~="message"]')!.textContent!.trim()).toBe('No figures published yet.');
  },
};

export const RowsNotOnTheMap: Story = {
  name: 'State: rows not shown (areas not on the map)',
  render: () => html`<div style="max-width: 640px">
    <dtm-map label="IDPs" heading="Test rows: two governorates, one Somali district"
      ><script type="application/json">
        [{"date": "2024-04-30", "region": "IQG09", "value": 233162}, {"date": "2024-04-30", "region": "IQG15", "value": 229120},
         {"date": "2024-04-30", "region": "SO1101", "value": 5}]
      </script></dtm-map
    >
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part~="rejected"] summary')!.textContent!.trim()).toBe('1 row not shown');
  },
};

/*
 * Loading and stale: no server hangs or fails on demand, so these two stories read paths that
 * exist nowhere, answered by fakeFetch (stories/helpers.ts) for the story only.
 */
const HANG = '/story-only/hang.json';
const LIVE = '/story-only/live-governorates.json';

export const Loading: Story = {
  name: 'State: loading',
  tags: ['!autodocs'],
  args: { src: HANG },
  // the request never answers (until the widget aborts it, or its own time-out does)
  beforeEach: () => fakeFetch({ [HANG]: () => 'hang' }),
  play: async ({ canvasElement }) => {
    const el = await stillLoading(canvasElement, 'dtm-map', HANG);
    await expectSkeleton(el);
    await expect(el.shadowRoot!.querySelector('path.area')).toBeNull();
  },
};

export const Stale: Story = {
  name: 'State: stale (refresh failed)',
  tags: ['!autodocs'],
  args: { src: LIVE, refresh: 1 },
  // the first answer is the real governorates file; every refresh after it gets HTTP 503
  beforeEach: () => fakeFetch({ [LIVE]: sampleThenFail('samples/iraq-idps-governorates.dtm.json') }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement, 'stale');
    // the last good data is still drawn
    await expect(el.shadowRoot!.querySelectorAll('path.area')).toHaveLength(18);
    await expect(summary(el)).toContain('Duhok (233,162)');
    await expectStaleMark(el);
  },
};

export const SvgOnly: Story = {
  name: 'renderer="svg" (never loads MapLibre)',
  args: { renderer: 'svg', labels: 'names' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(el.shadowRoot!.querySelector('.gl')).toBeNull();
    await expect(el.getAttribute('rendering')).toBe('svg');
  },
};
