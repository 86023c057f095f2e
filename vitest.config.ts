import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/*
 * Debian's Chromium (apt-get install -y chromium), never a downloaded browser. Run as root with
 * no network: no sandbox, no background networking. SwiftShader gives WebGL2 without a GPU
 * (needed by the map later).
 */
const chromiumArgs = [...CHROMIUM_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

// A factory: Vitest writes each project's name into this object, so projects cannot share one.
const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({ launchOptions: { executablePath: chromiumPath() ?? '/usr/bin/chromium', args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const, viewport: { width: 1024, height: 768 } }],
});

export default defineConfig({
  define: { __DTM_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    // pinned so that date and number output never depends on the machine
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        // every dependency pre-bundled before the first test: one found later (by whichever file
        // happens to run first) makes Vite optimise again and reload the page, which broke the run
        // ("Browser connection was closed") when a test file with vi.mock ran first
        optimizeDeps: { include: ['lit', 'lit/directives/guard.js', '@lit/context', 'd3-geo', 'topojson-client', 'maplibre-gl', 'axe-core'] },
        // globalSetup: dtm-publish writes reports/publish-fixture/ for test/browser/publish.test.ts
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: ['test/browser/publish.setup.ts'], testTimeout: 30_000, browser: browser() },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        // one pre-bundled copy of lit for the stories and @storybook/web-components
        optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
        test: { name: 'storybook', testTimeout: 30_000, browser: browser() },
      },
    ],
  },
});
