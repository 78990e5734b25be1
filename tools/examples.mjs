/**
 * The examples of examples/ as the demo server shows them (`npm start`, and the end-to-end test of the examples):
 * the React and Vue apps bundled on request with esbuild, as a site's own bundler would bundle them, and the WordPress
 * and Drupal snippets put unchanged into pages laid out like those systems' themes, with `dist/` and the feed at the
 * paths the snippets use.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The apps: their entry, and what their framework needs from a bundler. */
const APPS = {
  react: { entry: 'main.jsx', define: { 'process.env.NODE_ENV': '"production"' } },
  vue: {
    entry: 'main.js',
    // The build of Vue that compiles templates in the page (the example's template is a string).
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  },
};

/** The themes around each snippet, reduced to what shapes the content: the containers and their classes. */
const PAGES = {
  wordpress: {
    lang: 'ca',
    title: 'Observatori · WordPress (exemple)',
    css: ':root{font-family:system-ui,sans-serif;line-height:1.6}.wp-site-blocks{padding:0 1.5rem}.entry-content{max-width:840px;margin:0 auto}.entry-content>*{margin-block:1.5rem}',
    open: '<div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">Ajuntament</a></p></header><main class="wp-block-group"><h1 class="wp-block-post-title">Observatori</h1><div class="entry-content wp-block-post-content is-layout-constrained">',
    close: '</div></main></div>',
  },
  drupal: {
    lang: 'es',
    title: 'Km0 · Drupal (ejemplo)',
    css: 'body{font-family:system-ui,sans-serif;margin:0}.layout-container{max-width:1100px;margin:0 auto;padding:1rem}',
    open: '<div class="dialog-off-canvas-main-canvas"><div class="layout-container"><main role="main"><div class="region region-content"><div class="block block-block-content"><h2>Proyectos cerca</h2><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">',
    close: '</div></div></div></main></div></div>',
  },
};

/**
 * Routes to mount on the demo server: `/examples/<app>/app.js` and each CMS's page, plus the folders where the
 * snippets expect the library and the feed.
 */
export function exampleMounts(root, feedHandler) {
  const dist = join(root, 'dist');
  const mounts = {
    // Every example's files (the plain HTML page among them); the more specific routes below are tried first.
    '/examples/': join(root, 'examples'),
    '/wp-content/uploads/digicanvis/dist/': dist,
    '/wp-content/uploads/digicanvis/feed.json': feedHandler,
    '/libraries/digicanvis/dist/': dist,
    '/libraries/digicanvis/feed.json': feedHandler,
  };
  for (const [name, app] of Object.entries(APPS)) {
    // The folder first: the server tries mounts from the last one added, and app.js must win over the folder.
    mounts[`/examples/${name}/`] = join(root, 'examples', name);
    mounts[`/examples/${name}/app.js`] = async (req, res) => {
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: [join(root, 'examples', name, app.entry)],
        bundle: true,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        minify: true,
        write: false,
        logLevel: 'silent',
        alias: app.alias ?? {},
        define: app.define,
        // The package's own name, as an app that installed it would import it: its `exports` map, to dist/.
        plugins: [selfReference(root)],
      });
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(result.outputFiles[0].contents);
    };
  }
  for (const [name, page] of Object.entries(PAGES)) {
    mounts[`/examples/${name}/`] = async (req, res) => {
      const snippet = await readFile(join(root, 'examples', name, 'block.html'), 'utf8');
      const html = `<!doctype html><html lang="${page.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${page.title}</title><style>${page.css}</style></head><body>${page.open}\n${snippet}\n${page.close}</body></html>`;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(html);
    };
  }
  return mounts;
}

function selfReference(root) {
  return {
    name: 'digicanvis-self-reference',
    setup(build) {
      build.onResolve({ filter: /^digicanvis-widgets(\/|$)/ }, async ({ path }) => {
        const { exports } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
        const target = exports[`.${path.slice('digicanvis-widgets'.length)}`];
        if (!target) return { errors: [{ text: `digicanvis-widgets does not export ${path}` }] };
        return { path: join(root, target.default) };
      });
    },
  };
}
