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
