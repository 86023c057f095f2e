import { css, type CSSResult } from 'lit';

export const timeStyles: CSSResult = css`
  .root {
    line-height: 1.35;
  }
  p {
    margin: 0;
  }
  .label output {
    font-weight: 700;
  }
  .row {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin-block: 0.25rem;
  }
  button[part='play'] {
    white-space: nowrap;
  }
  .track {
    position: relative;
    flex: 1;
    block-size: 2rem;
    cursor: pointer;
    touch-action: none;
    border-radius: 0.25rem;
  }
  .track:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .rail,
  .done {
    position: absolute;
    inset-block-start: calc(50% - 2px);
    inset-inline-start: 0;
    block-size: 4px;
    border-radius: 2px;
  }
  .rail {
    inline-size: 100%;
    background: var(--dtm-color-border, #d5dbe3);
  }
  .done {
    background: var(--_accent);
  }
  .tick {
    position: absolute;
    inset-block-start: calc(50% + 5px);
    inline-size: 1px;
    block-size: 6px;
    background: var(--_muted);
  }
  .thumb {
    position: absolute;
    inset-block-start: calc(50% - 9px);
    inline-size: 18px;
    block-size: 18px;
    margin-inline-start: -9px;
    border-radius: 50%;
    background: var(--_accent);
    border: 2px solid Canvas;
    box-sizing: border-box;
  }
  @media (prefers-reduced-motion: no-preference) {
    .thumb,
    .done {
      transition:
        inset-inline-start 0.3s ease,
        inline-size 0.3s ease;
    }
  }
  .ends {
    display: flex;
    justify-content: space-between;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
`;
