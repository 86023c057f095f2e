import { css, type CSSResult } from 'lit';

/*
 * What the chart widgets (trend, map) share: the figure frame with its aspect ratio, the
 * focusable plot, the tooltip (positioned through --_tx/--_ty set in the CSSOM), the table and
 * its toggle, the summary and footer lines, the loading skeleton and the state message.
 * Each widget sets --_small and --_rule (table rules) on :host.
 */
export const chartStyles: CSSResult = css`
  figure {
    margin: 0;
  }
  .heading {
    margin: 0 0 0.5rem;
    font-size: var(--_heading-size, 1.05rem);
    font-weight: 600;
  }
  .frame {
    position: relative;
    aspect-ratio: var(--_ratio, 16 / 9);
    inline-size: 100%;
  }
  .plot {
    position: absolute;
    inset: 0;
    outline: none;
    border-radius: 0.25rem;
  }
  .plot:focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  /* physical coordinates inside the picture; each label takes its direction from its text */
  svg {
    direction: ltr;
    display: block;
    inline-size: 100%;
    block-size: 100%;
    font-family: var(--_font);
  }
  svg text {
    unicode-bidi: plaintext;
  }
  .tooltip {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 1;
    min-inline-size: 8rem;
    /* a long name wraps inside the chart: never a tooltip wider than the widget */
    max-inline-size: min(18rem, 100%);
    overflow-wrap: anywhere;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    background: var(--dtm-tooltip-background, Canvas);
    color: var(--_text);
    font-size: var(--_small);
    pointer-events: none;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.15);
    translate: var(--_tx, 0) var(--_ty, 0);
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip .value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .table-toggle,
  .table-pages button {
    font: inherit;
    font-size: var(--_small);
    color: var(--_link);
    background: none;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    padding: 0.125rem 0.5rem;
    margin-block-start: 0.5rem;
    cursor: pointer;
  }
  .table-toggle:focus-visible,
  .table-pages button:focus-visible {
    outline: 2px solid var(--_link);
  }
  .table-pages {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem;
    margin: 0;
    font-size: var(--_small);
    color: var(--_muted);
  }
  .table-pages button:disabled {
    color: var(--_muted);
    cursor: default;
  }
  .summary,
  .footer,
  .as-of {
    margin: 0.375rem 0 0;
    font-size: var(--_small);
    color: var(--_muted);
  }
  .footer > * + *::before {
    content: ' · ';
  }
  table {
    margin-block-start: 0.5rem;
    border-collapse: collapse;
    font-size: var(--_small);
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.125rem 0.5rem;
    text-align: end;
    border-block-end: 1px solid var(--_rule, var(--_border));
  }
  th:first-child,
  td:first-child {
    text-align: start;
  }
  .table-wrap {
    max-block-size: 20rem;
    overflow: auto;
  }
  /* a table wider than a narrow widget scrolls within it */
  .table-scroll {
    overflow-x: auto;
  }
  .skeleton {
    position: absolute;
    inset: 0;
    border-radius: 0.25rem;
    background: var(--_rule, var(--_border));
    animation: dtm-pulse 1.2s ease-in-out infinite alternate;
  }
  /* under the loading skeleton: the room legend, summary and table button will take, so that
     the page does not jump by a hundred pixels when the data arrives (a widget sets --_rest) */
  .skeleton-rest {
    block-size: var(--_rest, 6.5rem);
  }
  @keyframes dtm-pulse {
    to {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  .message {
    margin: 0;
    padding: 1rem;
    color: var(--_muted);
  }
  /* on paper a button does nothing: the table toggle, its page buttons and "Try again" go */
  @media print {
    .table-toggle,
    .table-pages,
    .retry {
      display: none;
    }
  }
`;
