/**
 * The embed builder (dist/embed/index.html): pick a widget, give data, see what the data layer made
 * of it, set options, and copy a snippet. The whole state lives in `location.hash`, so a reload or
 * a shared link gives the same builder and the same snippets. Rendered with Lit: every value the
 * editor types is bound as text or as an attribute, never parsed as HTML.
 */
import '../src/define.js';
import { html, nothing, render, type TemplateResult } from 'lit';
import manifestJson from '../custom-elements.json';
import { tableFromText } from '../src/data/table.js';
import type { ReasonCode } from '../src/data/pipeline.js';
import { dataMessages } from '../src/i18n/data-messages.js';
import type { DtmErrorDetail, DtmLoadDetail } from '../src/data/source.js';
import { VERSION } from '../src/internal/version.js';
import { WIDGET_ATTRIBUTES, type WidgetName } from '../src/internal/widget-attributes.js';
import { optionFields, type Manifest, type OptionField } from './options.js';
import { Preview } from './preview.js';
import { SAMPLES, sampleOf, sampleUrl } from './samples.js';
import { SNIPPET_KINDS, siteScript, snippet, type SnippetKind } from './snippets.js';
import { attributesOf, cleanBase, defaultBase, hashFromState, PREVIEW_WIDTHS, stateFromHash, type BuilderState, type PreviewWidth } from './state.js';
import { snippetHelp } from './help.js';

declare const __DTM_IIFE_INTEGRITY__: string | undefined;

const manifest = manifestJson as unknown as Manifest;
const app = document.getElementById('app')!;
let state: BuilderState = stateFromHash(location.hash, VERSION);
let height = 0;
let report: { load?: DtmLoadDetail; error?: DtmErrorDetail } = {};
let columns: string[] = [];
let columnsFor = '';
let integrity: string | undefined = typeof __DTM_IIFE_INTEGRITY__ !== 'undefined' ? __DTM_IIFE_INTEGRITY__ : undefined;
let announcement = '';

/** Where the preview reads a sample: beside the builder once built, from data/samples/ in `npm start`. */
const samplesHere = import.meta.env.DEV ? '/data/samples/' : './samples/';
type DataMode = 'none' | 'sample' | 'url' | 'paste';

function dataMode(s: BuilderState): DataMode {
  if (s.data) return 'paste';
  const src = s.values['src'];
  if (!src) return 'none';
  return sampleOf(src, s.base) ? 'sample' : 'url';
}

/** The pasted data's type: JSON when it starts like JSON, else CSV. */
const pastedType = (text: string): 'json' | 'csv' => (/^\s*[[{]/.test(text) ? 'json' : 'csv');

function set(next: Partial<BuilderState>, values?: Record<string, string | undefined>): void {
  const merged: Record<string, string> = { ...state.values };
  for (const [k, v] of Object.entries(values ?? {})) {
    if (v === undefined || v === '') delete merged[k];
    else merged[k] = v;
  }
  const before = state;
  state = { ...state, ...next, values: merged };
  // a new file (or new pasted data) brings a new report; the old one would describe other data
  if (state.values['src'] !== before.values['src'] || state.data !== before.data || state.values['format'] !== before.values['format']) report = {};
  history.replaceState(null, '', hashFromState(state, VERSION));
  update();
}

function pickWidget(w: WidgetName): void {
  if (w === state.w) return;
  // keep what the new widget also takes (data, language, source), drop the rest
  const values = Object.fromEntries(Object.entries(state.values).filter(([k]) => WIDGET_ATTRIBUTES[w].includes(k)));
  const sample = sampleOf(values['src'], state.base);
  state = { ...state, w, values: { ...values, ...(sample?.presets[w] ?? {}) } };
  report = {};
  set({});
}

function pickSample(file: string): void {
  const sample = SAMPLES.find((s) => s.file === file);
  if (!sample) return;
  const drop = Object.fromEntries(WIDGET_ATTRIBUTES[state.w].filter((n) => n.endsWith('-field') || ['filter', 'region', 'value', 'at', 'compare', 'series-labels'].includes(n)).map((n) => [n, undefined]));
  const src = sampleUrl(state.base, file);
  if (src === state.values['src'] && !state.data) return; // the same file: nothing changes
  set({ data: undefined }, { ...drop, ...(sample.presets[state.w] ?? {}), src });
}

function setBase(raw: string): void {
  const base = cleanBase(raw) ?? defaultBase(VERSION);
  const sample = sampleOf(state.values['src'], state.base);
  set({ base }, sample ? { src: sampleUrl(base, sample.file) } : {});
}

/** The `src` the preview loads: a sample from here (works offline), anything else as given. */
function previewAttributes(): Array<readonly [string, string]> {
  const sample = sampleOf(state.values['src'], state.base);
  return attributesOf(state).map(([n, v]): readonly [string, string] => (n === 'src' && sample ? [n, samplesHere + sample.file] : [n, v]));
}

/** The columns of the data, for the field menus: read here with the library's own table reader. */
async function loadColumns(): Promise<void> {
  const sample = sampleOf(state.values['src'], state.base);
  const key = state.data ? `data:${state.data}` : (state.values['src'] ?? '');
  if (key === columnsFor) return;
  columnsFor = key;
  columns = [];
  let text = state.data;
  if (!text && key) {
    try {
      const res = await fetch(sample ? samplesHere + sample.file : new URL(key, location.href).href);
      text = res.ok ? await res.text() : undefined;
    } catch {
      text = undefined; // the widget says why; the menus just stay on "automatic"
    }
  }
  if (columnsFor !== key) return;
  const table = text ? tableFromText(text, (state.values['format'] as 'auto') ?? 'auto') : undefined;
  columns = table?.ok ? table.table.columns.map((c) => c.name) : [];
  update();
}

async function copy(kind: SnippetKind, text: string, area: HTMLTextAreaElement): Promise<void> {
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    area.focus();
    area.select();
    ok = document.execCommand?.('copy') ?? false;
  }
  announcement = ok ? `Copied the ${kind} snippet.` : `Could not copy: the ${kind} snippet is selected, press Ctrl+C (⌘C) to copy it.`;
  update();
}

/** A JSDoc description with its `code` spans as <code>, as text bindings (never parsed as HTML). */
function prose(text: string): Array<string | TemplateResult> {
  return text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));
}

function field(f: OptionField, list: readonly string[] = f.values): TemplateResult {
  const id = `opt-${f.name}`;
  const value = state.values[f.name] ?? '';
  const onInput = (e: Event): void => set({}, { [f.name]: (e.target as HTMLInputElement).value });
  const help = f.description ? html`<small id="${id}-help">${prose(f.description)}</small>` : nothing;
  if (f.control === 'select' || list !== f.values) {
    const choices = value && !list.includes(value) ? [...list, value] : list;
    return html`<div class="field"><label for=${id}>${f.name}</label>
      <select id=${id} aria-describedby=${f.description ? `${id}-help` : nothing} @change=${onInput}>
        <option value="" ?selected=${!value}>${f.default ? `(default: ${f.default})` : '(automatic)'}</option>
        ${choices.map((v) => html`<option .value=${v} ?selected=${v === value}>${v}</option>`)}
      </select>${help}</div>`;
  }
  return html`<div class="field"><label for=${id}>${f.name}</label>
    <input id=${id} type="text" .value=${value} placeholder=${f.default || nothing} inputmode=${f.numeric ? 'decimal' : nothing}
      list=${f.values.length ? `${id}-list` : nothing} aria-describedby=${f.description ? `${id}-help` : nothing} @change=${onInput} />
    ${f.values.length ? html`<datalist id="${id}-list">${f.values.map((v) => html`<option .value=${v}></option>`)}</datalist>` : nothing}${help}</div>`;
}

function stepWidget(): TemplateResult {
  const names: Record<WidgetName, string> = { counter: 'Counter: one big figure', trend: 'Trend: a chart over time', map: 'Map: figures by area' };
  return html`<fieldset class="choices"><legend>Widget</legend>
    ${(Object.keys(names) as WidgetName[]).map((w) => html`<label><input type="radio" name="w" .value=${w} .checked=${state.w === w} @change=${() => pickWidget(w)} /> ${names[w]}</label>`)}
  </fieldset>`;
}

function stepData(fields: OptionField[]): TemplateResult {
  const mode = dataMode(state);
  const sample = sampleOf(state.values['src'], state.base);
  const choose = (m: DataMode): void => {
    if (m === 'sample') pickSample(SAMPLES.find((s) => s.presets[state.w])?.file ?? SAMPLES[0]!.file);
    else if (m === 'paste') set({ data: state.data ?? '[{"date": "2024-04-30", "value": 1098913}]' }, { src: undefined });
    else if (m === 'url') set({ data: undefined }, { src: state.values['src'] && !sample ? state.values['src'] : 'https://' });
    else set({ data: undefined }, { src: undefined });
  };
  const modes: Array<[DataMode, string]> = [['sample', 'A built-in sample'], ['url', 'The address (URL) of a published file'], ['paste', 'Pasted CSV or JSON'], ['none', state.w === 'counter' ? 'No data: type the figure under Options (value)' : 'No data yet']];
  return html`<fieldset class="choices"><legend>Data</legend>
      ${modes.map(([m, text]) => html`<label><input type="radio" name="data" .value=${m} .checked=${mode === m} @change=${() => choose(m)} /> ${text}</label>`)}
    </fieldset>
    ${mode === 'sample'
      ? html`<div class="field"><label for="sample">Sample</label><select id="sample" @change=${(e: Event) => pickSample((e.target as HTMLSelectElement).value)}>
          ${SAMPLES.map((s) => html`<option .value=${s.file} ?selected=${s === sample}>${s.title}${s.presets[state.w] ? '' : ' (suits another widget)'}</option>`)}
        </select><small>Real IOM DTM Iraq figures. Snippets load it from <code>${state.base}embed/samples/</code>.</small></div>`
      : nothing}
    ${mode === 'url'
      ? html`<div class="field"><label for="src">Address of the data (https)</label><input id="src" type="url" .value=${state.values['src'] ?? ''} @change=${(e: Event) => set({}, { src: (e.target as HTMLInputElement).value })} />
          <small>A DTM API response saved as a file, HXL, CSV or JSON records, on a site that allows other sites to read it (CORS).</small></div>`
      : nothing}
    ${mode === 'paste'
      ? html`<div class="field"><label for="paste">CSV or JSON</label><textarea id="paste" rows="6" .value=${state.data ?? ''} @change=${(e: Event) => set({ data: (e.target as HTMLTextAreaElement).value || undefined })}></textarea>
          <small>Becomes inline data in the module and classic snippets. An iframe or a div needs a published file: give its URL instead.</small></div>`
      : nothing}
    ${mode === 'none' ? nothing : fields.filter((f) => f.step === 'data' && f.name !== 'src').map((f) => field(f))}`;
}

function stepReport(fields: OptionField[]): TemplateResult {
  const { load, error } = report;
  const hasData = dataMode(state) !== 'none';
  const r = load?.report;
  const reasons = r ? Object.entries(r.reasons).filter(([, n]) => (n ?? 0) > 0) : [];
  return html`${!hasData
      ? html`<p>No data: the figure is typed in.</p>`
      : error
        ? html`<p class="bad">Not read: ${error.message}</p>`
        : !r
          ? html`<p>Reading…</p>`
          : html`<dl class="report">
              <dt>Format</dt><dd>${load!.format}</dd>
              <dt>Figures from</dt><dd>${r.fields.value || '(none found)'}</dd>
              ${r.fields.date ? html`<dt>Dates from</dt><dd>${r.fields.date}</dd>` : nothing}
              ${r.fields.region ? html`<dt>Areas from</dt><dd>${r.fields.region}</dd>` : nothing}
              ${r.fields.series ? html`<dt>Series from</dt><dd>${r.fields.series}</dd>` : nothing}
              <dt>Rows</dt><dd>${r.total} read: ${r.used} used, ${r.merged} merged, ${r.rejected} not shown</dd>
              ${reasons.length ? html`<dt>Why not shown</dt><dd><ul>${reasons.map(([code, n]) => html`<li>${dataMessages('en').reasons[code as ReasonCode] ?? code}: ${n}</li>`)}</ul></dd>` : nothing}
            </dl>`}
    ${hasData ? html`<div class="fields">${fields.filter((f) => f.step === 'fields').map((f) => (columns.length ? field(f, columns) : field(f)))}</div>` : nothing}`;
}

function stepOptions(fields: OptionField[]): TemplateResult {
  return html`<div class="fields">${fields.filter((f) => f.step === 'options').map((f) => field(f))}</div>`;
}

function previewControls(): TemplateResult {
  return html`<fieldset class="choices inline"><legend>Preview width</legend>
    ${PREVIEW_WIDTHS.map((w) => html`<label><input type="radio" name="preview" .checked=${state.preview === w} @change=${() => set({ preview: w as PreviewWidth })} /> ${w} px</label>`)}
  </fieldset>`;
}

function snippets(): TemplateResult {
  const attributes = attributesOf(state);
  const title = state.values['heading'] || state.values['label'] || `${state.w} (dtm-widgets)`;
  const input = { w: state.w, attributes, base: state.base, data: state.data ? { text: state.data, type: pastedType(state.data) } : undefined, integrity, height, title };
  return html`${SNIPPET_KINDS.map((kind) => {
    const text = snippet(kind, input);
    const help = snippetHelp(kind);
    const id = `snippet-${kind}`;
    return html`<section class="snippet" data-snippet=${kind} aria-labelledby="${id}-h">
      <h3 id="${id}-h">${help.title}</h3>
      <p class="when">${help.when}</p>
      ${kind.startsWith('iframe') && /^https:\/\/cdn\.jsdelivr\.net\//.test(state.base)
        ? html`<p class="warn">jsDelivr serves HTML as plain text (jsdelivr/jsdelivr#18252): before using this snippet, set <a href="#base">where the snippets load dtm-widgets from</a> to your organisation's copy of <code>dist/</code>.</p>`
        : nothing}
      ${kind === 'div' ? html`<p class="when">Your site administrator adds this script once, in the theme (footer): <code>${siteScript(state.base, integrity)}</code></p>` : nothing}
      ${text === undefined
        ? html`<p class="bad">${state.data && kind !== 'module' && kind !== 'classic' ? 'Pasted data cannot travel in an iframe or a div: publish the file and give its URL.' : 'This CSV cannot be inlined (it holds </script or <!--): publish it and give its URL.'}</p>`
        : html`<label class="sr-only" for=${id}>${help.title} code</label>
          <textarea id=${id} readonly rows=${Math.min(8, text.split('\n').length + 2)} .value=${text}></textarea>
          <button type="button" @click=${(e: Event) => copy(kind, text, (e.target as HTMLElement).previousElementSibling as HTMLTextAreaElement)}>Copy ${kind} snippet</button>`}
    </section>`;
  })}`;
}

const preview = new Preview(document.getElementById('preview')!, {
  onHeight: (h) => {
    height = h;
    update();
  },
  onLoad: (detail) => {
    report = { load: detail };
    update();
  },
  onError: (detail) => {
    report = { error: detail };
    update();
  },
});

function update(): void {
  const fields = optionFields(manifest, state.w);
  render(
    html`<section aria-labelledby="s1"><h2 id="s1">1. Pick a widget</h2>${stepWidget()}</section>
      <section aria-labelledby="s2"><h2 id="s2">2. Give data</h2>${stepData(fields)}</section>
      <section aria-labelledby="s3"><h2 id="s3">3. What the data layer made of it</h2>${stepReport(fields)}</section>
      <section aria-labelledby="s4"><h2 id="s4">4. Options</h2>${stepOptions(fields)}</section>`,
    app,
  );
  render(previewControls(), document.getElementById('preview-controls')!);
  render(snippets(), document.getElementById('snippets')!);
  const link = document.getElementById('permalink') as HTMLInputElement;
  link.value = location.href;
  const base = document.getElementById('base') as HTMLInputElement;
  if (document.activeElement !== base) base.value = state.base;
  document.getElementById('announce')!.textContent = announcement;
  const inline = state.data ? { text: state.data, type: pastedType(state.data) === 'json' ? ('application/json' as const) : ('text/csv' as const) } : undefined;
  preview.update({ tag: `dtm-${state.w}`, attributes: previewAttributes(), inline, width: state.preview });
  void loadColumns();
}

document.getElementById('base')!.addEventListener('change', (e) => setBase((e.target as HTMLInputElement).value));
window.addEventListener('hashchange', () => {
  if (location.hash === hashFromState(state, VERSION)) return;
  state = stateFromHash(location.hash, VERSION);
  report = {};
  update();
});

// `npm start` has no build-time hash: the one of the file built last, if there is one
if (!integrity && import.meta.env.DEV) {
  fetch('/dist/iife/dtm-widgets.js')
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(String(r.status)))))
    .then((bytes) => crypto.subtle.digest('SHA-384', bytes))
    .then((d) => {
      integrity = `sha384-${btoa(String.fromCharCode(...new Uint8Array(d)))}`;
      update();
    })
    .catch(() => undefined);
}
history.replaceState(null, '', hashFromState(state, VERSION));
update();
