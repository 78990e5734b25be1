/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import councilTheme from '../demo/themes/council.css?inline';

// `npm run analyze` writes the manifest before the build; a fresh checkout without it still
// shows every story, only without the generated controls and docs tables.
const manifests = import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

type Theme = 'light' | 'dark' | 'council';

const councilStyle = document.createElement('style');
councilStyle.id = 'dc-council-theme';
councilStyle.textContent = councilTheme;

/**
 * Puts the preview page in the chosen look, as a council's page would: the dark scheme by the page's own
 * `color-scheme` (the elements' only opt-in), the council theme by its stylesheet (demo/themes/council.css).
 */
function applyTheme(theme: Theme): void {
  document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : '';
  if (theme === 'council') document.head.append(councilStyle);
  else councilStyle.remove();
}

const preview: Preview = {
  parameters: {
    // An accessibility violation fails the story's test, it is not a to-do.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    theme: {
      description: 'The look of the elements: light (the default), the dark scheme, or the example council theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light (default)' },
          { value: 'dark', title: 'Dark (color-scheme: dark)' },
          { value: 'council', title: 'Council theme (demo/themes/council.css)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    (story, context) => {
      applyTheme((context.globals.theme as Theme | undefined) ?? 'light');
      return story();
    },
  ],
};

export default preview;
