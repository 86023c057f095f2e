import { css, type CSSResult } from 'lit';

export const trendStyles: CSSResult = css`
  :host {
    /* Okabe-Ito, distinguishable with the common colour-vision deficiencies; on light
       backgrounds its orange and sky blue (2.3:1 against white) give way to plum and maroon
       (6.5 and 12:1), chosen so that no two series come closer under simulated deutan, protan
       or tritan vision than Okabe-Ito's own closest pair; on dark ones the grey is lightened.
       test/unit/trend/palette.test.ts checks both. */
    --_s0: var(--dtm-series-1, #0072b2);
    --_s1: var(--dtm-series-2, #d55e00);
    --_s2: var(--dtm-series-3, #009e73);
    --_s3: var(--dtm-series-4, #cc79a7);
    --_s4: var(--dtm-series-5, #a82481);
    --_s5: var(--dtm-series-6, #562929);
    --_s6: var(--dtm-series-7, #8c6d31);
    --_s7: var(--dtm-series-8, #555555);
    --_grid: var(--dtm-color-grid, #e3e8ee);
    --_small: var(--dtm-trend-small-size, 0.75rem);
    --_heading-size: var(--dtm-trend-heading-size, 1.05rem);
    --_rule: var(--_grid);
    line-height: 1.4;
  }
  :host([theme='dark' i]) {
    --_grid: var(--dtm-color-grid, #2c3642);
    --_halo: #151b23;
    --_s4: var(--dtm-series-5, #e69f00);
    --_s5: var(--dtm-series-6, #56b4e9);
    --_s7: var(--dtm-series-8, #cccccc);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto' i]) {
      --_grid: var(--dtm-color-grid, #2c3642);
      --_halo: #151b23;
      --_s4: var(--dtm-series-5, #e69f00);
      --_s5: var(--dtm-series-6, #56b4e9);
      --_s7: var(--dtm-series-8, #cccccc);
    }
  }
  .frame.fixed-height {
    aspect-ratio: auto;
    block-size: var(--_height);
  }
  svg {
    overflow: visible;
    font-size: 12px;
  }
  .grid line {
    stroke: var(--_grid);
  }
  .axis text {
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .axis line {
    stroke: var(--_muted);
  }
  .line {
    fill: none;
    stroke-width: var(--dtm-trend-line-width, 2px);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .area {
    fill-opacity: var(--dtm-trend-area-opacity, 0.18);
    stroke: none;
  }
  .stacked .area {
    fill-opacity: 0.75;
  }
  .s0 {
    stroke: var(--_s0);
    fill: var(--_s0);
  }
  .s1 {
    stroke: var(--_s1);
    fill: var(--_s1);
  }
  .s2 {
    stroke: var(--_s2);
    fill: var(--_s2);
  }
  .s3 {
    stroke: var(--_s3);
    fill: var(--_s3);
  }
  .s4 {
    stroke: var(--_s4);
    fill: var(--_s4);
  }
  .s5 {
    stroke: var(--_s5);
    fill: var(--_s5);
  }
  .s6 {
    stroke: var(--_s6);
    fill: var(--_s6);
  }
  .s7 {
    stroke: var(--_s7);
    fill: var(--_s7);
  }
  .line {
    fill: none;
  }
  /* series differ by dash as well as colour (WCAG 1.4.1): solid, dashed, dotted, dash-dot … */
  .d1 {
    stroke-dasharray: 7 4;
  }
  .d2 {
    stroke-dasharray: 1.5 3.5;
  }
  .d3 {
    stroke-dasharray: 8 3 1.5 3;
  }
  .key {
    display: inline-block;
    inline-size: 1.5em;
    block-size: 0.75em;
    margin-inline-end: 0.375em;
    vertical-align: -0.05em;
    overflow: visible;
  }
  .key line {
    stroke: currentColor;
    stroke-width: 2.5px;
  }
  .mark circle {
    stroke: var(--_halo, #fff);
    stroke-width: 1.5px;
  }
  .mark text {
    fill: var(--_text);
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_halo, #fff);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .annotation line {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }
  .annotation text {
    fill: var(--_muted);
    paint-order: stroke;
    stroke: var(--_halo, #fff);
    stroke-width: 3px;
  }
  .cursor {
    stroke: var(--_muted);
  }
  /*
   * The lines on a layer of their own: moving the cursor or the tooltip repaints them only,
   * not the series (at 3 x 100k a keyboard step took 150 ms re-rastering the paths, now about
   * 15 ms). Print does not composite, so it stays vector-sharp.
   */
  .series {
    will-change: transform;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: 0.375em;
    border-radius: 2px;
    background: currentColor;
    vertical-align: -0.05em;
  }
  .c0 {
    color: var(--_s0);
  }
  .c1 {
    color: var(--_s1);
  }
  .c2 {
    color: var(--_s2);
  }
  .c3 {
    color: var(--_s3);
  }
  .c4 {
    color: var(--_s4);
  }
  .c5 {
    color: var(--_s5);
  }
  .c6 {
    color: var(--_s6);
  }
  .c7 {
    color: var(--_s7);
  }
  .legend button {
    font: inherit;
    font-size: var(--_small);
    color: var(--_text);
    background: none;
    border: 1px solid transparent;
    border-radius: 0.25rem;
    padding: 0.125rem 0.375rem;
    cursor: pointer;
  }
  .legend button[aria-pressed='false'] {
    opacity: 0.45;
    text-decoration: line-through;
  }
  .legend button:focus-visible {
    outline: 2px solid var(--_link);
  }
  /* printed, the legend's toggles read as a plain legend */
  @media print {
    .legend button {
      border-color: transparent;
      padding-inline: 0;
    }
  }
`;
