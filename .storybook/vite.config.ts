import { defineConfig } from 'vite';

export default defineConfig({
  // Storybook copies its own static folders (see main.ts); Vite's default public/ folder is unused.
  publicDir: false,
});
