/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components';

// `npm run analyze` writes the manifest before the build; a fresh checkout without it still
// shows every story, only without the generated controls and docs tables.
const manifests = import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    // An accessibility violation fails the story's test, it is not a to-do.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
