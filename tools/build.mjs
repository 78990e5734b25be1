#!/usr/bin/env node
/**
 * `npm run build`: the library (`dist/`), its type declarations, and `custom-elements.json`, the manifest that the
 * README's API tables and Storybook's controls are made from.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;

const steps = [
  [bin('vite'), ['build', '--logLevel', 'warn']],
  [bin('tsc'), ['-p', 'tsconfig.build.json']],
  // The command-line validator runs the browser's reader in Node: one self-contained module with no DOM in it.
  [bin('esbuild'), ['src/feed/validate.ts', '--bundle', '--format=esm', '--platform=neutral', '--target=es2022', '--outfile=dist/node/validate.js', '--log-level=warning']],
  // `digicanvis from-csv`: the CSV reader and converter, with the checks they share with the reader.
  [bin('esbuild'), ['src/publish/from-csv.ts', '--bundle', '--format=esm', '--platform=neutral', '--target=es2022', '--outfile=dist/node/from-csv.js', '--log-level=warning']],
  // The entries in Node (package.json's `node` condition): importing any of them on a server that renders pages must not
  // throw; there the elements are stand-ins that define nothing, and the feed reader and store and the search run.
  [process.execPath, ['tools/node-entries.mjs']],
  // Globs, Lit support and the plugins (defaults, event names, shipped paths) are in custom-elements-manifest.config.mjs.
  [bin('cem'), ['analyze', '--quiet']],
];

for (const [command, args] of steps) {
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`build failed at: ${command.split('/').pop()} ${args.join(' ')}`);
    process.exit(status ?? 1);
  }
}
console.error('built dist/ and custom-elements.json');
