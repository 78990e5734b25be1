import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // The library build's vite.config.ts makes a multi-entry library; Storybook needs a plain app config.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true },
  // The stories read the example feed and the test fixtures as the widgets would: over HTTP.
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../test/fixtures', to: '/test/fixtures' },
  ],
};

export default config;
