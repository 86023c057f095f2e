/**
 * The states every data widget shows in place of its picture, written once: the `WidgetState`
 * type, and the bodies of the loading, error, empty and needs-data states. One rule for part
 * names: an error (the data or a part of the widget could not be read) is `part="error"`; an
 * informational message (no figures, no data set yet) is `part="message"`. The class names are
 * the ones the stylesheets use (`.frame`, `.skeleton`, `.skeleton-rest`, `.message`, `.error`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/locale.js';
import { messages } from '../../i18n/messages.js';
import { needsData } from '../../i18n/needs-data.js';

/** What a widget is showing, reflected on the host as the `state` attribute. */
export type WidgetState = 'ready' | 'loading' | 'empty' | 'stale' | 'error';

/** True for the states that show the picture (`stale` is the last good data, marked). */
export const isDrawable = (state: WidgetState): boolean => state === 'ready' || state === 'stale';

/** An informational message (no figures yet, no data set): read as text, not as an alert. */
export function infoMessage(text: string): TemplateResult {
  return html`<p class="message" part="message">${text}</p>`;
}

/** An error told in one line, where the data chunk's error card cannot be shown. */
export function errorMessage(text: string): TemplateResult {
  return html`<p class="message error" part="error">${text}</p>`;
}

/** The skeleton of a chart or map while its data is on its way, with the room its legend will take. */
export function loadingBody(lang: Lang): TemplateResult {
  return html`<div class="frame"><div class="skeleton" aria-hidden="true"></div><span class="sr-only">${messages(lang).loading}</span></div>
    <div class="skeleton-rest" aria-hidden="true"></div>`;
}

/** No figure to draw: why, in the widget's language (an empty text shows an empty frame, never a blank widget). */
export function emptyBody(text: string): TemplateResult {
  return html`<div class="frame">${infoMessage(text)}</div>`;
}

/** No `src` and no inline data: what to set. */
export function needsDataBody(lang: Lang): TemplateResult {
  return emptyBody(needsData(lang));
}

/**
 * An error in place of the picture: `card` (the data chunk's error card, with its "Try again"),
 * else `fallback` as one line (the data chunk itself could not be downloaded).
 */
export function errorBody(card: TemplateResult | typeof nothing | undefined, fallback: string): TemplateResult {
  return html`<div class="frame">${card && card !== nothing ? card : errorMessage(fallback)}</div>`;
}
