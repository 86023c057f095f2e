// Where the tests find Chrome or Chromium: $CHROMIUM_PATH, else the usual system locations.
// Never a browser downloaded by a package: this machine's network reaches only the registries.
import { existsSync } from 'node:fs';

export const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export const HOW_TO_GET_CHROMIUM = [
  'No Chrome or Chromium found for the browser tests.',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  macOS:          brew install --cask chromium   (or use Google Chrome)',
  '  Any system:     set CHROMIUM_PATH to a Chrome or Chromium binary, e.g.',
  '                  CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
  `Looked for: ${process.env.CHROMIUM_PATH ? `$CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : CANDIDATES.join(', ')}`,
].join('\n');

/**
 * Flags for Debian's Chromium run as root on a machine without network: no sandbox, no
 * background connections (they would be refused, many at a time), no GPU.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Serves `handler` on a free loopback port; resolves to its origin and a close function. */
export async function listenLocal(handler) {
  const { createServer } = await import('node:http');
  const server = createServer(handler);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Opens a benchmark page and returns its result (bench/page.ts `report`). Waits for the page's
 * console message rather than polling it, so that nothing of ours runs in the page while it is timed.
 */
export async function benchResult(page, url, timeout = 120_000) {
  const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench:done', timeout });
  await page.goto(url);
  await done;
  return page.evaluate(() => window.__result);
}
