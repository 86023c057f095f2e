import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { expectSkeleton, expectStaleMark, fakeFetch, sampleThenFail, settled, stillLoading } from './helpers.js';
import '../src/components/counter/counter.define.js';
import type { DtmCounter } from '../src/components/counter/counter.js';

/*
 * Figures: IOM Iraq's Community Revitalization Program (beneficiaries, families, community members)
 * and the 3.1 million Iraqis displaced since January 2014; see data/README.md for their source.
 */
interface Args {
  value?: number | string;
  label?: string;
  notation?: 'standard' | 'compact';
  'maximum-fraction-digits'?: number;
  previous?: number;
  'as-of'?: string;
  source?: string;
  'source-url'?: string;
  lang?: string;
  numerals?: 'auto' | 'latn' | 'arab';
  theme?: 'light' | 'dark' | 'auto';
  duration?: number;
  src?: string;
  refresh?: number;
}

const IOM = { source: 'IOM Iraq', 'source-url': 'https://iraq.iom.int/' };

const meta: Meta<Args> = {
  title: 'Widgets/dtm-counter',
  component: 'dtm-counter',
  args: { value: 140000, label: 'beneficiaries', duration: 0, ...IOM },
  argTypes: {
    notation: { control: 'inline-radio', options: ['standard', 'compact'] },
    numerals: { control: 'inline-radio', options: ['auto', 'latn', 'arab'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['en', 'ar', 'ar-IQ', 'ckb', 'fr'] },
  },
  render: (a) => html`<dtm-counter
    value=${a.value ?? nothing}
    label=${a.label ?? nothing}
    notation=${a.notation ?? nothing}
    maximum-fraction-digits=${a['maximum-fraction-digits'] ?? nothing}
    previous=${a.previous ?? nothing}
    as-of=${a['as-of'] ?? nothing}
    source=${a.source ?? nothing}
    source-url=${a['source-url'] ?? nothing}
    lang=${a.lang ?? nothing}
    numerals=${a.numerals ?? nothing}
    theme=${a.theme ?? nothing}
    duration=${a.duration ?? nothing}
    src=${a.src ?? nothing}
    refresh=${a.refresh ?? nothing}
  ></dtm-counter>`,
};
export default meta;
type Story = StoryObj<Args>;

async function counter(canvasElement: HTMLElement): Promise<DtmCounter> {
  const el = canvasElement.querySelector('dtm-counter')!;
  await el.updateComplete;
  return el;
}
const figureText = (el: Element): string =>
  (el.shadowRoot!.querySelector('[part~="figure"] .shown')?.textContent ?? '').replace(/[\u061c\u200e\u200f]/g, '').replace(/\u00a0/g, ' ');
const partText = (el: Element, name: string): string => el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export const Beneficiaries: Story = {
  play: async ({ canvasElement }) => {
    const el = await counter(canvasElement);
    await expect(figureText(el)).toBe('140,000');
    await expect(partText(el, 'label')).toBe('beneficiaries');
    await expect(el.getAttribute('state')).toBe('ready');
  },
};

export const CountUp: Story = {
  args: { value: 2200, label: 'families assisted', duration: 1500 },
  play: async ({ canvasElement }) => {
    const el = await counter(canvasElement);
    await waitFor(() => expect(figureText(el)).toBe('2,200'), { timeout: 4000 });
  },
};

export const Compact: Story = {
  args: { value: 3100000, label: 'Iraqis displaced since January 2014', notation: 'compact' },
  play: async ({ canvasElement }) => {
    await expect(figureText(await counter(canvasElement))).toBe('3.1M');
  },
};

export const Arabic: Story = {
  args: { lang: 'ar-IQ', value: 3100000, notation: 'compact', label: 'عراقي نزحوا منذ كانون الثاني ٢٠١٤', source: 'المنظمة الدولية للهجرة في العراق' },
  play: async ({ canvasElement }) => {
    const el = await counter(canvasElement);
    await expect(figureText(el)).toBe('٣٫١ مليون');
    await expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).toBe('rtl');
  },
};

export const Sorani: Story = {
  args: { lang: 'ckb', value: 40000, label: 'ئەندامی کۆمەڵگە بەشدارییان کرد', source: 'ڕێکخراوی نێودەوڵەتی کۆچ لە عێراق', 'as-of': '2024-04-30' },
  play: async ({ canvasElement }) => {
    const el = await counter(canvasElement);
    await expect(figureText(el)).toBe('٤٠٬٠٠٠');
    await expect(partText(el, 'as-of')).toBe('تا ٣٠ی نیسانی ٢٠٢٤');
  },
};

export const ArabicWithLatinDigits: Story = {
  args: { lang: 'ar-IQ', numerals: 'latn', value: 140000, label: 'مستفيد' },
  play: async ({ canvasElement }) => {
    await expect(figureText(await counter(canvasElement))).toBe('140,000');
  },
};

export const ChangeDown: Story = {
  name: 'Change (down since the peak)',
  args: { value: 1098913, previous: 3417768, label: 'IDPs in Iraq, April 2024', 'as-of': '2024-04-30', notation: 'standard' },
  play: async ({ canvasElement }) => {
    await expect(partText(await counter(canvasElement), 'change')).toBe('▼Down 2,318,855 (67.8%) from 3,417,768');
  },
};

export const ChangeUp: Story = {
  args: { value: 140000, previous: 128000, label: 'beneficiaries' },
  play: async ({ canvasElement }) => {
    await expect(partText(await counter(canvasElement), 'change')).toBe('▲Up 12,000 (9.4%) from 128,000');
  },
};

export const Dark: Story = {
  args: { theme: 'dark', value: 40000, label: 'community members involved' },
  parameters: { backgrounds: { default: 'dark' } },
  play: async ({ canvasElement }) => {
    const el = await counter(canvasElement);
    await expect(getComputedStyle(el).backgroundColor).toBe('rgb(21, 27, 35)');
  },
};

export const InvalidValue: Story = {
  args: { value: '140k' },
  play: async ({ canvasElement }) => {
    const el = await counter(canvasElement);
    await expect(el.getAttribute('state')).toBe('error');
    await expect(partText(el, 'error')).toContain('“140k” is not a number');
  },
};

export const Empty: Story = {
  args: { value: undefined, label: 'beneficiaries' },
  play: async ({ canvasElement }) => {
    const el = await counter(canvasElement);
    await expect(el.getAttribute('state')).toBe('empty');
    await expect(partText(el, 'message')).toBe('No figure to show yet.');
  },
};

export const UnsafeSourceUrl: Story = {
  args: { 'source-url': 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    const el = await counter(canvasElement);
    await expect(el.shadowRoot!.querySelector('a')).toBeNull();
    await expect(partText(el, 'source')).toBe('Source: IOM Iraq');
  },
};

export const Themed: Story = {
  name: 'Themed with --dtm-* and ::part',
  render: (a) => html`<style>
      .brand {
        --dtm-color-accent: #c8102e;
        --dtm-font-family: Georgia, serif;
        --dtm-counter-align: center;
      }
      .brand::part(label) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
    </style>
    <dtm-counter class="brand" value=${a.value ?? nothing} label=${a.label ?? nothing} duration="0"></dtm-counter>`,
  play: async ({ canvasElement }) => {
    const el = await counter(canvasElement);
    const fig = el.shadowRoot!.querySelector('[part~="figure"]')!;
    await expect(getComputedStyle(fig).color).toBe('rgb(200, 16, 46)');
  },
};

/* Data: the same real Iraq figures, read from data/samples/ (served by Storybook at /samples). */

const dataRender = (markup: (a: Args) => ReturnType<typeof html>): Story['render'] => markup;
const settledCounter = (canvasElement: HTMLElement, state: string) => settled(canvasElement, 'dtm-counter', state);

export const FromDtmData: Story = {
  name: 'From DTM data (src, compare="previous")',
  render: dataRender(
    () => html`<dtm-counter src="samples/iraq-idps-national.dtm.json" compare="previous" label="IDPs in Iraq" source="IOM DTM Iraq" source-url="https://iraqdtm.iom.int/" duration="0"></dtm-counter>`,
  ),
  play: async ({ canvasElement }) => {
    const el = await settledCounter(canvasElement, 'ready');
    await expect(figureText(el)).toBe('1,098,913');
    await expect(partText(el, 'change')).toBe('▼Down 24,750 (2.2%) from 1,123,663');
    await expect(partText(el, 'as-of')).toBe('As of April 2024');
  },
};

export const FromHxlCsvInArabic: Story = {
  name: 'From HXL CSV, one governorate, in Arabic',
  render: dataRender(
    () => html`<dtm-counter lang="ar-IQ" src="samples/iraq-idps-governorates.hxl.csv" region="Duhok" label="نازح داخليًا في دهوك" duration="0"></dtm-counter>`,
  ),
  play: async ({ canvasElement }) => {
    const el = await settledCounter(canvasElement, 'ready');
    await expect(figureText(el)).toBe('٢٣٣٬١٦٢');
  },
};

export const InlineDataWithBadRows: Story = {
  name: 'Inline data with rows not shown',
  render: dataRender(
    () => html`<dtm-counter at="all" label="people reached" duration="0"
      ><script type="application/json">
        [{ "value": 120 }, { "value": "N/A" }, { "value": ">500" }, { "value": 80 }]
      </script></dtm-counter
    >`,
  ),
  play: async ({ canvasElement }) => {
    const el = await settledCounter(canvasElement, 'ready');
    await expect(figureText(el)).toBe('200');
    await expect(el.shadowRoot!.querySelector('[part~="rejected"] summary')?.textContent).toBe('2 rows not shown');
  },
};

export const InlineDataWithABlankArea: Story = {
  name: 'Inline data with an area that has no figure (partial)',
  render: dataRender(
    () => html`<dtm-counter value-field="idps" label="IDPs, test rows (one governorate blank)" duration="0"
      ><script type="application/json">
        [{ "date": "2024-04-30", "region": "IQG15", "idps": 229120 }, { "date": "2024-04-30", "region": "IQG09", "idps": 233162 },
         { "date": "2024-04-30", "region": "IQG07", "idps": null }]
      </script></dtm-counter
    >`,
  ),
  play: async ({ canvasElement }) => {
    const el = await settledCounter(canvasElement, 'ready');
    await expect(figureText(el)).toBe('462,282');
    await expect(partText(el, 'partial')).toBe('One area or series has no figure for this date: it is not in this figure.');
  },
};

export const DataNotFound: Story = {
  name: 'Error: data address not found',
  render: dataRender(() => html`<dtm-counter src="samples/no-such-file.json" label="IDPs in Iraq"></dtm-counter>`),
  play: async ({ canvasElement }) => {
    const el = await settledCounter(canvasElement, 'error');
    await expect(partText(el, 'error')).toContain('was not found (404)');
    await expect(el.shadowRoot!.querySelector('[part~="retry"]')).not.toBeNull();
  },
};

export const NoDataAddress: Story = {
  name: 'Error: no data address (src="")',
  render: dataRender(() => html`<dtm-counter lang="ckb" src="" label="ئاوارە"></dtm-counter>`),
  play: async ({ canvasElement }) => {
    const el = await settledCounter(canvasElement, 'error');
    await expect(partText(el, 'error')).toContain('ناونیشانی داتای پێویستە');
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
  args: { value: undefined, src: HANG, label: 'IDPs in Iraq' },
  // the request never answers (until the widget aborts it, or its own time-out does)
  beforeEach: () => fakeFetch({ [HANG]: () => 'hang' }),
  play: async ({ canvasElement }) => {
    const el = await stillLoading(canvasElement, 'dtm-counter', HANG);
    await expectSkeleton(el, '[part~="figure"]');
    await expect(figureText(el)).toBe('');
    await expect(partText(el, 'label')).toBe('IDPs in Iraq');
  },
};

export const Stale: Story = {
  name: 'State: stale (refresh failed)',
  tags: ['!autodocs'],
  args: { value: undefined, src: LIVE, refresh: 1, label: 'IDPs in Iraq' },
  // the first answer is the real national file; every refresh after it gets HTTP 503
  beforeEach: () => fakeFetch({ [LIVE]: sampleThenFail('samples/iraq-idps-national.dtm.json') }),
  play: async ({ canvasElement }) => {
    const el = await settledCounter(canvasElement, 'stale');
    // the last good figure is still shown
    await expect(figureText(el)).toBe('1,098,913');
    await expect(partText(el, 'as-of')).toBe('As of April 2024');
    await expectStaleMark(el);
  },
};
