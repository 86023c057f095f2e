/**
 * The accessible frame of a chart or map, written once: the plot is one tab stop, a group with a
 * role description and the heading as its name, described by the keyboard hint and the generated
 * summary; beside it, the summary, the hint and a live region that reads the cursor. The widget
 * gives the words and the handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** The plot's handlers; an absent one is not listened to. */
export interface PlotHandlers {
  readonly keydown: (e: KeyboardEvent) => void;
  readonly pointerdown?: (e: PointerEvent) => void;
  readonly pointermove?: (e: PointerEvent) => void;
  readonly pointerleave?: (e: PointerEvent) => void;
  readonly pointercancel?: (e: PointerEvent) => void;
  readonly click?: (e: MouseEvent) => void;
  readonly blur?: (e: FocusEvent) => void;
}

/** The focusable plot around `content` (the SVG picture). */
export function plotGroup(role: string, label: string, on: PlotHandlers, content: unknown): TemplateResult {
  return html`<div
    class="plot"
    part="plot"
    tabindex="0"
    role="group"
    aria-roledescription=${role}
    aria-label=${label}
    aria-describedby="hint summary"
    @keydown=${on.keydown}
    @pointerdown=${on.pointerdown ?? nothing}
    @pointermove=${on.pointermove ?? nothing}
    @pointerleave=${on.pointerleave ?? nothing}
    @pointercancel=${on.pointercancel ?? nothing}
    @click=${on.click ?? nothing}
    @blur=${on.blur ?? nothing}
  >
    ${content}
  </div>`;
}

/** The generated summary (the plot's description), the keyboard hint and the cursor's live region. */
export function plotTexts(summary: string, hint: string, live: string): TemplateResult {
  return html`<p class="summary" part="summary" id="summary">${summary}</p>
    <span class="sr-only" id="hint">${hint}</span>
    <span class="sr-only" role="status" part="live">${live}</span>`;
}
