import { css, type CSSResult } from 'lit';

export const mapStyles: CSSResult = css`
  :host {
    --_area-stroke: var(--dtm-map-area-stroke, #ffffff);
    --_nodata: var(--dtm-map-nodata, #9aa5b1);
    --_small: var(--dtm-map-small-size, 0.75rem);
    --_heading-size: var(--dtm-map-heading-size, 1.05rem);
    --_ratio: 4 / 3;
    line-height: 1.4;
  }
  :host([theme='dark' i]) {
    --_area-stroke: var(--dtm-map-area-stroke, #151b23);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto' i]) {
      --_area-stroke: var(--dtm-map-area-stroke, #151b23);
    }
  }
  svg {
    font-size: 11px;
  }
  /* the WebGL map sits under the SVG picture; once it has drawn, the SVG areas step aside and
     the map takes the pointer, while the plot keeps keyboard focus, labels and bubbles */
  .gl {
    position: absolute;
    inset: 0;
  }
  .skeleton-rest {
    --_rest: 7.5rem; /* legend, as-of line, summary, table button */
  }
  .gl-map {
    inline-size: 100%;
    block-size: 100%;
  }
  .gl-on .plot {
    pointer-events: none;
  }
  .gl-on .areas,
  .gl-on .marks {
    visibility: hidden;
  }
  .reset {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    z-index: 2;
    font: inherit;
    font-size: var(--_small);
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    background: var(--dtm-tooltip-background, Canvas);
    color: var(--_link);
    cursor: pointer;
  }
  .reset:focus-visible {
    outline: 2px solid var(--_link);
  }
  svg text {
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_halo, #fff);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  :host([theme='dark' i]) svg text {
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
  /* many areas (grouped.ts): the cursor and the selection drawn over the fills */
  .mark {
    fill: none;
    pointer-events: none;
  }
  .mark.active {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .mark.selected {
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
  /* points (lat-field, lon-field) are the targets themselves, over the WebGL map too */
  .bubble.site {
    pointer-events: auto;
    cursor: pointer;
  }
  .bubble.site.active {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .bubble.site.selected {
    stroke: var(--_link);
    stroke-width: 3px;
  }
  .legend {
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
  /* the bubbles' size key: its own width and height, not the picture's full-box svg rule */
  .legend .size-key {
    display: inline-block;
    inline-size: auto;
    block-size: auto;
    vertical-align: middle;
    margin-inline-end: 0.375em;
  }
  .swatch.nodata {
    background: repeating-linear-gradient(45deg, var(--_nodata) 0 2px, transparent 2px 5px);
  }
  th button {
    font: inherit;
    border: 0;
    margin: 0;
    padding: 0;
    background: none;
    color: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  th button:focus-visible {
    outline: 2px solid var(--_link);
  }
  /* on paper a button does nothing: "Reset view" goes; the table's sort buttons stay as headers */
  @media print {
    .reset {
      display: none;
    }
  }
`;
