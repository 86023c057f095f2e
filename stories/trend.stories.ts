import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { settled } from './helpers.js';
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
