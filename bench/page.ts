/**
 * What the benchmark pages share. The result is handed over with one console message at the end:
 * the Node side waits for it instead of polling the page (Playwright's waitForFunction runs its
 * injected script on every frame, inside the timed window).
 */

/** Resolves once the next frame has been produced. */
export const nextPaint = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** The message scripts/chromium.mjs `benchResult` waits for. */
const BENCH_DONE = 'bench:done';

export function report(result: unknown): void {
  (window as unknown as { __result: unknown }).__result = result;
  console.info(BENCH_DONE);
}
