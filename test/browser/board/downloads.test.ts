import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../../src/components/counter/counter.js';
import { pngSize } from '../../../src/components/shared/download-files.js';
import { axeViolations } from '../helpers/axe.js';
import { cleanup, menuOpen, mount, part, screenText, until } from '../helpers/dom.js';

/** Every file handed to the browser: its name and its bytes (the click is caught: no real download). */
function catchDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((obj: Blob | MediaSource) => {
    const url = create(obj);
    if (obj instanceof Blob) blobs.set(url, obj);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

const NINEWA = `<dtm-counter lang="ar-IQ" label="النازحون في نينوى" value-field="idps" duration="0" source="المنظمة الدولية للهجرة">
  <script type="application/json">[{"date":"2024-04-30","region":"IQG15","idps":229120},{"date":"2023-12-31","region":"IQG15","idps":240000}]</script>
</dtm-counter>`;

async function counter(markup = NINEWA): Promise<DtmCounter> {
  const el = await mount<DtmCounter>(markup);
  await until(() => el.getAttribute('state') === 'ready');
  await el.updateComplete;
  return el;
}

const items = (el: Element): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
const focused = (el: Element): Element | null => el.shadowRoot!.activeElement;

/** Opens the menu from the keyboard and chooses the item `n` places down; waits for the file. */
async function choose(el: Element & { updateComplete: Promise<boolean> }, files: unknown[], n: number): Promise<void> {
  const before = files.length;
  part(el, 'download')!.focus();
  await userEvent.keyboard('{Enter}');
  await menuOpen(el);
  for (let i = 0; i < n; i++) await userEvent.keyboard('{ArrowDown}');
  await userEvent.keyboard('{Enter}');
  await until(() => files.length > before, 5000);
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the Download menu (a menu button)', () => {
  it('opens with Enter, moves with the arrows, closes with Escape and gives the focus back', async () => {
    const el = await counter();
    const button = part(el, 'download')!;
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(screenText(button)).toBe('تنزيل ▾');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await menuOpen(el);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(items(el).map((i) => i.textContent)).toEqual(['البيانات (CSV)', 'صورة (SVG)', 'صورة (PNG)']);
    expect(focused(el)).toBe(items(el)[0]);
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(el)).toBe(items(el)[1]);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(focused(el)).toBe(items(el)[2]); // wraps round
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(focused(el)).toBe(button);
    // ArrowDown opens it too; Tab closes it and moves on
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(focused(el)).toBe(items(el)[0]);
    await userEvent.keyboard('{Tab}');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('downloads the figure shown as CSV: UTF-8 with a BOM, Arabic readable, named from the heading and date', async () => {
    const el = await counter();
    const files = catchDownloads();
    await choose(el, files, 0);
    const [file] = files;
    expect(file!.name).toBe('النازحون-في-نينوى-2024-04-30.csv');
    const bytes = new Uint8Array(await file!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.slice(3));
    expect(text).toBe('date,region,النازحون في نينوى\r\n2024-04-30,,229120\r\n');
    expect(focused(el)).toBe(part(el, 'download'));
  });

  it('downloads a standalone SVG: xmlns, a title, the credit, no script and no external reference', async () => {
    const el = await counter();
    const files = catchDownloads();
    await choose(el, files, 1);
    const file = files[0]!;
    expect(file.name).toBe('النازحون-في-نينوى-2024-04-30.svg');
    const text = await file.blob.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root.querySelector('title')!.textContent).toBe('النازحون في نينوى');
    expect(root.querySelectorAll('script, foreignObject')).toHaveLength(0);
    expect(text).not.toMatch(/href="(?!#)|url\((?!["']?#)|\son\w+=/);
    // the card says what the counter shows, in its digits (Arabic-Indic in ar-IQ)
    const lines = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(lines).toEqual(['٢٢٩٬١٢٠', 'النازحون في نينوى', screenText(part(el, 'as-of')!), 'المصدر: المنظمة الدولية للهجرة']);
    expect(lines[2]).toMatch(/^حتى ٣٠ .+ ٢٠٢٤$/);
  });

  it('downloads a PNG at twice the size of the SVG', async () => {
    const el = await counter();
    const files = catchDownloads();
    await choose(el, files, 1);
    await choose(el, files, 2);
    const svg = new DOMParser().parseFromString(await files[0]!.blob.text(), 'image/svg+xml').documentElement;
    const png = files[1]!;
    expect(png.name).toBe('النازحون-في-نينوى-2024-04-30.png');
    expect(png.blob.type).toBe('image/png');
    const size = pngSize(new Uint8Array(await png.blob.arrayBuffer()));
    expect(size).toEqual({ width: 2 * Number(svg.getAttribute('width')), height: 2 * Number(svg.getAttribute('height')) });
  });

  it('the trend downloads every published figure of its series, and its chart as a standalone SVG and a 2x PNG', async () => {
    await import('../../../src/components/trend/trend.define.js');
    const el = await mount<DtmCounter>('<div style="width: 600px"><dtm-trend heading="IDPs in Iraq" src="/data/samples/iraq-idps-national.dtm.json"></dtm-trend></div>', 'dtm-trend');
    await until(() => el.getAttribute('state') === 'ready', 10_000);
    await el.updateComplete;
    const files = catchDownloads();
    await choose(el, files, 0);
    expect(files[0]!.name).toBe('idps-in-iraq-2024-04.csv');
    const lines = (await files[0]!.blob.text()).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines).toHaveLength(81); // the header and all 80 published rows, whatever the chart draws
    expect(lines.at(-1)).toBe('2024-04,1098913');
    await choose(el, files, 1);
    const text = await files[1]!.blob.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelector('title')!.textContent).toBe('IDPs in Iraq');
    expect(doc.querySelectorAll('script, foreignObject')).toHaveLength(0);
    expect(doc.querySelectorAll('path').length).toBeGreaterThan(0);
    await choose(el, files, 2);
    const size = pngSize(new Uint8Array(await files[2]!.blob.arrayBuffer()));
    expect(size).toEqual({ width: 2 * Number(doc.documentElement.getAttribute('width')), height: 2 * Number(doc.documentElement.getAttribute('height')) });
  });

  it('the map downloads each governorate\'s published figure at its date, and the map as a standalone SVG', async () => {
    await import('../../../src/components/map/map.define.js');
    const el = await mount<DtmCounter>('<div style="width: 600px"><dtm-map label="IDPs" lang="ar" src="/data/samples/iraq-idps-governorates.dtm.json" at="2014-12"></dtm-map></div>', 'dtm-map');
    await until(() => el.getAttribute('state') === 'ready', 10_000);
    await el.updateComplete;
    const files = catchDownloads();
    await choose(el, files, 0);
    expect(files[0]!.name).toMatch(/-2014-12-01\.csv$/);
    const lines = new TextDecoder().decode(await files[0]!.blob.arrayBuffer()).trim().split('\r\n');
    expect(lines[0]).toBe('region,name,IDPs');
    expect(lines).toHaveLength(2 + 18);
    expect(lines).toContain('IQG15,نينوى,162132');
    expect(lines).toContain('IQG03,المثنى,'); // no figure in December 2014: empty, not 0
    await choose(el, files, 1);
    const text = await files[1]!.blob.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('path').length).toBeGreaterThanOrEqual(18);
    expect(text).not.toMatch(/<script|href="(?!#)|url\((?!["']?#)/);
  });

  it('has no serious accessibility violation, open or closed', async () => {
    const el = await counter();
    expect(await axeViolations(el)).toEqual([]);
    part(el, 'download')!.focus();
    await userEvent.keyboard('{Enter}');
    await menuOpen(el);
    expect(await axeViolations(el)).toEqual([]);
  });
});
