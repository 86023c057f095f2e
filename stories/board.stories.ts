import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/board/board.define.js';
import '../src/components/counter/counter.define.js';
import '../src/components/map/map.define.js';
import '../src/components/time/time.define.js';
import '../src/components/trend/trend.define.js';

/* The real Iraq figures of data/samples/ (served by Storybook at /samples); see data/README.md. */
interface Args {
  src?: string;
  lang?: string;
  region?: string;
  at?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/dtm-board',
  component: 'dtm-board',
  args: { src: 'samples/iraq-idps-governorates.dtm.json' },
  argTypes: { lang: { control: 'select', options: ['en', 'ar', 'ar-IQ', 'ckb'] } },
  render: (a) => html`<div style="max-width: 720px">
    <dtm-board src=${a.src ?? nothing} lang=${a.lang ?? nothing} region=${a.region ?? nothing} at=${a.at ?? nothing}>
      <dtm-counter label="IDPs" duration="0"></dtm-counter>
      <dtm-time></dtm-time>
      <dtm-map label="IDPs"></dtm-map>
      <dtm-trend heading="IDPs over time"></dtm-trend>
    </dtm-board>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

async function ready(canvasElement: HTMLElement): Promise<HTMLElementTagNameMap['dtm-board']> {
  const board = canvasElement.querySelector('dtm-board')!;
  for (const tag of ['dtm-counter', 'dtm-time', 'dtm-map', 'dtm-trend']) {
    const el = board.querySelector(tag)!;
    await waitFor(() => expect(el.getAttribute('state')).toBe('ready'), { timeout: 8000 });
  }
  return board;
}
const figure = (board: Element): string => board.querySelector('dtm-counter')!.shadowRoot!.querySelector('[part~="figure"] .sr-only')!.textContent!.trim();

export const Linked: Story = {
  name: 'Map, slider, counter and trend, linked',
  play: async ({ canvasElement }) => {
    const board = await ready(canvasElement);
    await expect(figure(board)).toBe('1,098,913');
    board.setAttribute('region', 'Ninewa');
    await waitFor(() => expect(figure(board)).toBe('229,120'));
    const clear = board.shadowRoot!.querySelector<HTMLElement>('[part~="clear"]')!;
    clear.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(board.hasAttribute('region')).toBe(false));
  },
};

export const NinewaAtTheFirstRound: Story = {
  name: 'Ninewa at the first round (region and at set by the page)',
  args: { region: 'IQG15', at: '2014-12-01' },
  play: async ({ canvasElement }) => {
    const board = await ready(canvasElement);
    await waitFor(() => expect(figure(board)).toBe('162,132'));
  },
};

export const Downloads: Story = {
  name: 'Downloads: the counter’s menu by keyboard',
  play: async ({ canvasElement }) => {
    const board = await ready(canvasElement);
    const counter = board.querySelector('dtm-counter')!;
    const button = counter.shadowRoot!.querySelector<HTMLElement>('[part~="download"]')!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    // the first open fetches the menu's code: under a loaded test run that can take over a second
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'), { timeout: 5000 });
    const items = [...counter.shadowRoot!.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent);
    await expect(items).toEqual(['Data (CSV)', 'Image (SVG)', 'Image (PNG)']);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('false'));
  },
};
