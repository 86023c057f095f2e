/**
 * <dtm-map>'s attributes as people type them (letter case, spaces, thousands separators,
 * Arabic-Indic digits, out-of-range values) and text from attributes (a direction override).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/map/map.define.js';
import type { DtmMap } from '../../../src/components/map/map.js';
import { cleanup, mount, part, plain } from '../helpers/dom.js';
import { GOVERNORATES, ready, plainLegendItems as legendItems } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-map> text from data and attributes', () => {
  it('drops a direction override from the label, so the heading reads in order', async () => {
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map renderer="svg" label="IDPs\u202e" src="${GOVERNORATES}"></dtm-map></div>`, 'dtm-map');
    await ready(el);
    const heading = part(el, 'heading')!.textContent!;
    expect(heading).not.toContain('\u202e');
    expect(plain(heading)).toMatch(/^IDPs by area, /);
  });
});

describe('<dtm-map> attributes as people write them', () => {
  it('reads thresholds with thousands separators, and renderer, kind, at and selected in any form', async () => {
    const el = await mount<DtmMap>(
      `<div style="width: 600px"><dtm-map renderer="SVG" scale="Threshold" thresholds="10,000, 100,000" at=" Latest" selected="IRQ-G09" src="${GOVERNORATES}"></dtm-map></div>`,
      'dtm-map',
    );
    await ready(el);
    expect(el.shadowRoot!.querySelector('[part~="gl"]')).toBeNull();
    // three classes at 10,000 and 100,000 (read with their separators), not breaks at 10, 0 and 100
    expect(legendItems(el).slice(0, 3)).toEqual(['636 – 10K', '10K – 100K', '100K – 233K']);
    expect(el.shadowRoot!.querySelectorAll('path.area.selected')).toHaveLength(1);
    el.at = '٢٠١٦-٠٣';
    await ready(el);
    expect(plain(part(el, 'heading')!.textContent!)).toContain('2016');
  });

  it('says when classes is not a whole number from 2 to 9', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map renderer="svg" classes="1000" src="${GOVERNORATES}"></dtm-map></div>`, 'dtm-map');
    await ready(el);
    expect(warn.mock.calls.some(([m]) => String(m).includes('classes="1000" is not a whole number from 2 to 9; 9 classes are drawn'))).toBe(true);
  });
});
