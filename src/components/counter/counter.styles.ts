import { css, type CSSResult } from 'lit';

export const counterStyles: CSSResult = css`
  .root {
    /* the figure scales with the counter's own width (cqi), so a long figure fits a narrow card */
    container-type: inline-size;
    line-height: 1.35;
    text-align: var(--dtm-counter-align, start);
  }
  p {
    margin: 0;
  }
  .figure {
    display: inline-grid;
    /* down to 1rem: seven digits with their separators still fit a 100 px card */
    font-size: var(--dtm-counter-figure-size, clamp(1rem, 17cqi, 3.25rem));
    font-weight: var(--dtm-counter-figure-weight, 700);
    line-height: 1.1;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  /* The final figure, invisible, holds the space; the counting figure sits on top of it, so the
     page around the counter never moves while it counts. */
  .figure > .sizer,
  .figure > .shown {
    grid-area: 1 / 1;
    white-space: nowrap;
  }
  .sizer {
    visibility: hidden;
  }
  /* loading: a block the size of a figure, so nothing moves when the data arrives */
  .skeleton {
    display: inline-block;
    inline-size: 5ch;
    block-size: 1em;
    border-radius: 0.25rem;
    background: var(--_border);
    animation: dtm-pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes dtm-pulse {
    to {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  /* a long word (a URL-like source, a label without spaces) wraps inside the card, never past it */
  .label,
  .change,
  .partial,
  .footer,
  .message {
    overflow-wrap: anywhere;
  }
  .label {
    margin-block-start: 0.25rem;
    font-size: var(--dtm-counter-label-size, 1rem);
  }
  .change,
  .partial,
  .footer,
  .message {
    margin-block-start: 0.375rem;
    font-size: var(--dtm-counter-small-size, 0.8125rem);
    color: var(--_muted);
  }
  .change.up {
    color: var(--_up);
  }
  .change.down {
    color: var(--_down);
  }
  .arrow {
    display: inline-block;
    margin-inline-end: 0.25em;
  }
  .footer > * + *::before {
    content: ' · ';
  }
  .message.error {
    color: var(--_error);
    font-weight: 600;
  }
  /* Print the final figure, never a frame of the count-up. */
  @media print {
    .sizer {
      visibility: visible;
    }
    .shown {
      visibility: hidden;
    }
  }
`;
