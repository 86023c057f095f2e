import { css, type CSSResult } from 'lit';

/*
 * Shared by every widget: the public --dtm-* tokens are read here into private --_* locals, once
 * per theme. Widgets' own styles use only the locals, so a host page themes every widget with the
 * same few properties. Light is the default; `theme="dark"` forces dark; `theme="auto"` follows
 * prefers-color-scheme.
 */
const dark: CSSResult = css`
  --_text: var(--dtm-color-text, #eef2f6);
  --_muted: var(--dtm-color-muted, #b4bfcc);
  --_background: var(--dtm-color-background, #151b23);
  --_accent: var(--dtm-color-accent, #8fb4ff);
  --_link: var(--dtm-color-link, #9cc2ff);
  --_up: var(--dtm-color-up, #7cc4f2);
  --_down: var(--dtm-color-down, #f5a35c);
  --_error: var(--dtm-color-error, #ff9b8f);
  --_border: var(--dtm-color-border, #3a4552);
  color-scheme: dark;
`;

export const hostStyles: CSSResult = css`
  :host {
    display: block;
    box-sizing: border-box;
    --_font: var(
      --dtm-font-family,
      system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', Tahoma, sans-serif
    );
    --_text: var(--dtm-color-text, #1b2530);
    --_muted: var(--dtm-color-muted, #4f5d6c);
    --_background: var(--dtm-color-background, transparent);
    --_accent: var(--dtm-color-accent, #0033a0);
    --_link: var(--dtm-color-link, #0b57d0);
    --_up: var(--dtm-color-up, #0f5f8c);
    --_down: var(--dtm-color-down, #a3480b);
    --_error: var(--dtm-color-error, #b42318);
    --_border: var(--dtm-color-border, #d5dbe3);
    --_radius: var(--dtm-radius, 0.5rem);
    --_padding: var(--dtm-padding, 0);
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_background);
    border-radius: var(--_radius);
    padding: var(--_padding);
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark' i]) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto' i]) {
      ${dark}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--_link);
  }
  a:focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
    border-radius: 2px;
  }
  /* the widgets' outlined buttons: Download, the board's Clear selection, the slider's Play */
  .button {
    font: inherit;
    font-size: 0.875rem;
    color: inherit;
    background: transparent;
    border: 1px solid var(--dtm-color-border, #d5dbe3);
    border-radius: var(--dtm-radius, 0.5rem);
    padding: 0.25rem 0.6rem;
    cursor: pointer;
  }
`;
