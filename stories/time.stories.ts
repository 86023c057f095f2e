import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/time/time.define.js';

/* The real Iraq figures of data/samples/ (served by Storybook at /samples); see data/README.md. */
interface Args {
  src?: string;
  lang?: string;
  at?: string;
  label?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Widgets/dtm-time',
  component: 'dtm-time',
  args: { src: 'samples/iraq-idps-governorates.dtm.json' },
  argTypes: {
    lang: { control: 'select', options: ['en', 'ar', 'ar-IQ', 'ckb'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (a) => html`<div style="max-width: 640px">
    <dtm-time src=${a.src ?? nothing} lang=${a.lang ?? nothing} at=${a.at ?? nothing} label=${a.label ?? nothing} theme=${a.theme ?? nothing}></dtm-time>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

async function ready(canvasElement: HTMLElement): Promise<HTMLElementTagNameMap['dtm-time']> {
  const el = canvasElement.querySelector('dtm-time')!;
  await waitFor(() => expect(el.getAttribute('state')).toBe('ready'), { timeout: 8000 });
  await el.updateComplete;
  return el;
}
const track = (el: Element): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[part~="track"]')!;

export const Rounds: Story = {
  name: 'The rounds of the Iraq governorates file',
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await expect(track(el).getAttribute('aria-valuetext')).toBe('April 30, 2024, Round 132 (12 of 12)');
    track(el).focus();
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(el.getAttribute('at')).toBe('2014-12-01'));
  },
};

export const Arabic: Story = {
  name: 'Arabic (Iraq): right to left, Arabic-Indic digits',
  args: { lang: 'ar-IQ' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    track(el).focus();
    await userEvent.keyboard('{ArrowRight}');
    // the right arrow goes back in time, as the eye sees it
    await waitFor(() => expect(el.getAttribute('at')).toBe('2023-12-31'));
    await expect(el.shadowRoot!.querySelector('[part~="label"]')!.textContent).toMatch(/٢٠٢٣/);
  },
};
