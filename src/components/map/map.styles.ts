import { css, type CSSResult } from 'lit';

export const mapStyles: CSSResult = css`
  :host {
    --_area-stroke: var(--dtm-map-area-stroke, #ffffff);
    --_nodata: var(--dtm-map-nodata, #9aa5b1);
    --_small: var(--dtm-map-small-size, 0.75rem);
    line-height: 1.4;
  }
  :host([theme='dark']) {
    --_area-stroke: var(--dtm-map-area-stroke, #151b23);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_area-stroke: var(--dtm-map-area-stroke, #151b23);
    }
  }
  figure {
    margin: 0;
  }
  .heading {
    margin: 0 0 0.5rem;
    font-size: var(--dtm-map-heading-size, 1.05rem);
    font-weight: 600;
  }
  .frame {
    position: relative;
    aspect-ratio: var(--_ratio, 4 / 3);
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
  svg {
    direction: ltr;
    display: block;
    inline-size: 100%;
    block-size: 100%;
    font-family: var(--_font);
    font-size: 11px;
  }
  svg text {
    unicode-bidi: plaintext;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_halo, #fff);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  :host([theme='dark']) svg text {
    --_halo: #151b23;
  }
  .area {
    stroke: var(--_area-stroke);
    stroke-width: 1px;
    cursor: pointer;
  }
  .area.active {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .area.selected {
    stroke: var(--_link);
    stroke-width: 3px;
  }
  .hatch-bg {
    fill: var(--_background-plain, #f1f3f5);
  }
  .hatch-line {
    stroke: var(--_nodata);
    stroke-width: 1.5px;
  }
  .bubble {
    fill: var(--dtm-map-bubble, #d55e00);
    fill-opacity: 0.7;
    stroke: var(--_area-stroke);
    pointer-events: none;
  }
  .tooltip {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 1;
    min-inline-size: 8rem;
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
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--_small);
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    display: inline-block;
    inline-size: 1.1em;
    block-size: 0.8em;
    margin-inline-end: 0.375em;
    vertical-align: -0.05em;
    border: 1px solid var(--_border);
    background: var(--_swatch, transparent);
  }
  .swatch.nodata {
    background: repeating-linear-gradient(45deg, var(--_nodata) 0 2px, transparent 2px 5px);
  }
  .as-of,
  .summary,
  .footer {
    margin: 0.375rem 0 0;
    font-size: var(--_small);
    color: var(--_muted);
  }
  .footer > * + *::before {
    content: ' · ';
  }
  .table-toggle,
  th button {
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
  th button {
    border: 0;
    margin: 0;
    padding: 0;
    color: inherit;
    font-weight: 600;
  }
  .table-toggle:focus-visible,
  th button:focus-visible {
    outline: 2px solid var(--_link);
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
    border-block-end: 1px solid var(--_border);
  }
  th:first-child,
  td:first-child {
    text-align: start;
  }
  .skeleton {
    position: absolute;
    inset: 0;
    border-radius: 0.25rem;
    background: var(--_border);
    animation: dtm-pulse 1.2s ease-in-out infinite alternate;
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
`;
