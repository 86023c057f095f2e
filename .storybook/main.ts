import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // the sample data, for stories that read it with src="samples/…"
  staticDirs: [{ from: '../data/samples', to: '/samples' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (config) => {
    // one pre-bundled copy of lit for the stories and @storybook/web-components
    config.optimizeDeps ??= {};
    config.optimizeDeps.include = [...(config.optimizeDeps.include ?? []), 'lit', 'lit/directive-helpers.js'];
    config.define = { ...config.define, __DTM_VERSION__: JSON.stringify('storybook') };
    return config;
  },
};
export default config;
