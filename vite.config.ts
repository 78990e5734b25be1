import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyLiteralsPlugin } from './tools/minify-literals.mjs';

const src = (path: string): string => resolve(import.meta.dirname, 'src', path);

/**
 * One library build serves both ways of using the elements: `dist/digicanvis.js` (the one-script loader that imports
 * each element's code when the page first uses it) and one ES module per element for bundlers (`dist/elements/`).
 * Chunk names carry no hash so the size budget and the README can name them.
 */
export default defineConfig({
  plugins: [minifyLiteralsPlugin()],
  // Files find each other relative to themselves (the search worker's address): the library may be served from any folder.
  base: './',
  // The search worker is a module of its own, as the elements are: same-origin, no inline code (strict pages allow it).
  worker: {
    format: 'es',
    rolldownOptions: { output: { entryFileNames: 'search/[name].js', chunkFileNames: 'search/[name].js', minify: true } },
  },
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
        'elements/area-filter': src('components/area-filter/area-filter.ts'),
        'elements/proximity-map': src('components/proximity-map/proximity-map.ts'),
        'elements/forum-thread': src('components/forum-thread/forum-thread.ts'),
        'elements/assistant': src('components/assistant/assistant.ts'),
        'search/index': src('search/index.ts'),
        'feed/index': src('feed/index.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        // Vite leaves whitespace in ES library output for bundlers' sake; this output also goes straight to browsers.
        minify: true,
        // No comments, as before, and now not the minifier's marks on the built-ins it knows to be pure either
        // (`/* @__PURE__ */ new Map`, `new Set`, `Error(…)`): a bundler knows built-ins as well, a browser skips them.
        comments: { legal: false, annotation: false, jsdoc: false },
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name].js',
        // Files compress better together: what nearly every page uses (Lit — not the map's libraries —, the data layer, the UI strings' loader,
        // the card and the list that shows cards) travels as one chunk. Only what the entries import statically
        // ($initial) goes in it: strings per language and card details, loaded with import(), keep chunks of their
        // own, as does the observatory's context provider.
        codeSplitting: {
          groups: [
            { name: 'core', test: /node_modules\/(?:lit|lit-html|lit-element|@lit\/reactive-element)\/(?!(?:development\/)?(?:directives\/|async-directive|directive-helpers|directive\.js))|node_modules\/@lit\/context\/(?!lib\/(controllers\/context-provider|value-notifier))|src\/(feed(?!\/(?:faq|links|index))|i18n|styles|events|define|components\/project-(card|list))/, tags: ['$initial'] },
            // Phone and email links, made only by the card's details and the assistant: not every page's.
            { name: 'links', test: /src\/feed\/links\.ts/ },
            // The search, folding included: the map's council field folds names with it, and the filter's page is the one to
            // keep small (a chunk of folding alone would cost it a request and some bytes; the map page gets the engine too).
            { name: 'search', test: /src\/search\/(fold|engine|build|remote|highlight|index)\.ts/ },
            // The libraries the map draws with (and the Lit directives only it uses, with the Directive base class that only
            // its own directives extend: 0.2 KB that a list page never runs), apart from the map's own code, so
            // that each has a budget of its own.
            // The table of the map's geometry parts, loaded with the first of them.
            { name: 'geometry-parts', test: /src\/geo\/geometry\/(index|parts)\.ts/ },
            // Floating UI places the map's popups and the assistant's panel: a chunk of its own, so the assistant does not bring d3.
            { name: 'floating-ui', test: /node_modules\/@floating-ui/ },
            // Lit's Directive base class, which the map's directives and the forum's guard extend: a chunk of its own, so
            // that the forum does not bring the map's libraries.
            { name: 'lit-directive', test: /node_modules\/lit-html\/(?:development\/)?directive\.js/ },
            { name: 'map-libraries', test: /node_modules\/(d3-|topojson-client|internmap|lit-html\/(?:development\/)?(?:directives\/(?:repeat|ref|live)|async-directive|directive-helpers))/ },
          ],
        },
      },
    },
  },
});
