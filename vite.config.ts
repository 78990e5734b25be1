import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const src = (path: string): string => resolve(import.meta.dirname, 'src', path);

/**
 * One library build serves both ways of using the elements: `dist/digicanvis.js` (the one-script loader that imports
 * each element's code when the page first uses it) and one ES module per element for bundlers (`dist/elements/`).
 * Chunk names carry no hash so the size budget and the README can name them.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    lib: {
      entry: {
        digicanvis: src('index.ts'),
        'elements/project-list': src('components/project-list/project-list.ts'),
        'elements/project-card': src('components/project-card/project-card.ts'),
        'elements/observatory': src('components/observatory/observatory.ts'),
        'feed/index': src('feed/index.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name].js',
      },
    },
  },
});
