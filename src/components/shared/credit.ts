/** Small pieces every widget renders the same way. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ResolvedLocale } from '../../i18n/locale.js';
import { messages } from '../../i18n/messages.js';
import { withoutDirectionControls } from '../../internal/text.js';
import { safeHttpUrl } from '../../internal/url.js';

/**
 * "Source: IOM Iraq", a link only for http(s) URLs (anything else stays text). Without a name,
 * the link text is the URL's host. `nothing` when there is neither.
 */
export function sourceCredit(loc: ResolvedLocale, source: string | undefined, sourceUrl: string | undefined, part = 'source'): TemplateResult | typeof nothing {
  const href = safeHttpUrl(sourceUrl);
  const name = withoutDirectionControls(source ?? '').trim() || (href ? new URL(href).hostname : '');
  if (!name) return nothing;
  // the name is isolated (bdi): a direction mark in it cannot turn the rest of the line around
  return html`<span part=${part}>${messages(loc.lang).source}: <bdi>${href ? html`<a part="link" href=${href} rel="noopener noreferrer">${name}</a>` : name}</bdi></span>`;
}

/** Reads an aspect ratio attribute (`16/9`, `4 / 3`, `2`); `fallback` for anything else. */
export function parseRatio(raw: string | undefined, fallback: number): number {
  const m = /^(\d+(?:\.\d+)?)\s*(?:\/\s*(\d+(?:\.\d+)?))?$/.exec((raw ?? '').trim());
  // the regex has validated both numbers as plain decimals: the conversion is exact
  const r = m ? Number(m[1]) / (m[2] ? Number(m[2]) : 1) : fallback;
  return r > 0.2 && r < 10 ? r : fallback;
}
