import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/time/time.define.js';
import type { DtmChangeDetail, DtmTime } from '../../../src/components/time/time.js';
import { cleanup, mount, part, plain, screenText, until } from '../helpers/dom.js';

const GOVERNORATES = '/data/samples/iraq-idps-governorates.dtm.json';

async function slider(attrs = ''): Promise<{ el: DtmTime; changes: DtmChangeDetail[] }> {
  const el = await mount<DtmTime>(`<dtm-time src="${GOVERNORATES}" ${attrs}></dtm-time>`, 'dtm-time');
  const changes: DtmChangeDetail[] = [];
  el.addEventListener('dtm-change', (e) => changes.push(e.detail));
  await until(() => el.getAttribute('state') === 'ready', 10_000);
  await el.updateComplete;
  return { el, changes };
}

afterEach(() => cleanup());

describe('<dtm-time> alone', () => {
  it('is an ARIA slider over the dates of its own data, and fires dtm-change', async () => {
    const { el, changes } = await slider('region="Ninewa"');
    const track = part(el, 'track')!;
    expect(track.getAttribute('role')).toBe('slider');
    expect(track.getAttribute('aria-valuemax')).toBe('11');
    expect(track.getAttribute('aria-valuenow')).toBe('11'); // the latest by default
    expect(plain(screenText(part(el, 'label')!))).toBe('Reporting date: April 30, 2024, Round 132');
    expect(plain(screenText(part(el, 'ends')!))).toBe('December 1, 2014, Round 11 April 30, 2024, Round 132');
    track.focus();
    await userEvent.keyboard('{PageDown}');
    await el.updateComplete;
    // a year back from April 2024: December 2023 is only four months away, December 2022 the first a year or more
    expect(el.getAttribute('at')).toBe('2022-12-31');
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(el.getAttribute('at')).toBe('2014-12-01');
    expect(changes).toEqual([
      { region: 'Ninewa', at: '2022-12-31' },
      { region: 'Ninewa', at: '2014-12-01' },
    ]);
  });

  it('writes Arabic-Indic digits in ar-IQ', async () => {
    const { el } = await slider('lang="ar-IQ"');
    expect(screenText(part(el, 'label')!)).toMatch(/٣٠ .+ ٢٠٢٤/);
  });

  it('labels each date with its DTM round, in the language and digits of the slider', async () => {
    const { el } = await slider();
    const track = part(el, 'track')!;
    expect(track.getAttribute('aria-valuetext')).toBe('April 30, 2024, Round 132 (12 of 12)');
    const ar = (await slider('lang="ar-IQ"')).el;
    expect(screenText(part(ar, 'label')!)).toContain('الجولة ١٣٢');
    expect(part(ar, 'track')!.getAttribute('aria-valuetext')).toContain('الجولة ١٣٢');
    expect(screenText(part(ar, 'ends')!)).toContain('الجولة ١١');
    const ckb = (await slider('lang="ckb"')).el;
    expect(screenText(part(ckb, 'label')!)).toContain('خولی ١٣٢');
  });

  it('reads the rounds of HXL data (#round), and shows none for data without rounds', async () => {
    const hxl = await mount<DtmTime>('<dtm-time src="/data/samples/iraq-idps-governorates.hxl.json"></dtm-time>', 'dtm-time');
    await until(() => hxl.getAttribute('state') === 'ready', 10_000);
    await hxl.updateComplete;
    expect(plain(screenText(part(hxl, 'label')!))).toBe('Reporting date: April 30, 2024, Round 132');
    cleanup();
    const plainData = '<script type="application/json">[{"date":"2023-12-31","value":1},{"date":"2024-04-30","value":2}]</script>';
    const el = await mount<DtmTime>(`<dtm-time>${plainData}</dtm-time>`, 'dtm-time');
    await until(() => el.getAttribute('state') === 'ready', 10_000);
    await el.updateComplete;
    expect(plain(screenText(part(el, 'label')!))).toBe('Reporting date: April 30, 2024');
    expect(part(el, 'track')!.getAttribute('aria-valuetext')).toBe('April 30, 2024 (2 of 2)');
  });

  it('plays one round a second, never by itself, and stops at the end', async () => {
    const { el } = await slider();
    const play = part(el, 'play')!;
    expect(play.getAttribute('aria-pressed')).toBe('false');
    part(el, 'track')!.focus();
    await userEvent.keyboard('{End}{ArrowLeft}');
    await el.updateComplete;
    expect(el.getAttribute('at')).toBe('2023-12-31');
    play.click();
    await el.updateComplete;
    expect(play.getAttribute('aria-pressed')).toBe('true');
    await until(() => el.getAttribute('at') === '2024-04-30', 3000);
    await until(() => play.getAttribute('aria-pressed') === 'false', 3000);
  });
});
