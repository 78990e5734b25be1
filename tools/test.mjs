#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, each run to the end even when an earlier one failed, so one
 * run shows everything that is wrong. Ends with the line "N passed, N failed": every test case of the browser and
 * Node runners, plus each check that is not a test runner (typecheck, lint, build, size, …) counted as one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = [];
mkdirSync(`${root}.test-results`, { recursive: true });

function run(name, command, args, options = {}) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}: ${command} ${args.join(' ')}\n`);
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' }, ...options });
  const ok = child.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${ok ? '✔' : '✘'} ${name} (${seconds} s)\n`);
  return ok;
}

function step(name, command, args) {
  results.push({ name, passed: run(name, command, args) ? 1 : 0, failed: 0 });
  if (!results.at(-1).passed) results.at(-1).failed = 1;
}

/** A test runner: its own counts, read from the file it wrote; a runner that crashed counts as one failure. */
function runner(name, command, args, countsFile, readCounts) {
  rmSync(countsFile, { force: true });
  const ok = run(name, command, args);
  let counts = { passed: 0, failed: 0 };
  if (existsSync(countsFile)) counts = readCounts(readFileSync(countsFile, 'utf8'));
  if (!ok && counts.failed === 0) counts.failed = 1;
  if (ok && counts.passed === 0) counts.failed += 1; // a runner that ran nothing proves nothing
  results.push({ name, ...counts });
}

const bin = (name) => `${root}node_modules/.bin/${name}`;

step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('lint', bin('eslint'), ['--max-warnings', '0', '.']);
step('build', process.execPath, ['tools/build.mjs']);
step('README API tables match custom-elements.json', process.execPath, ['tools/readme-api.mjs', '--check']);
step('size budget', bin('size-limit'), []);
step('example feed validates', process.execPath, ['bin/digicanvis.mjs', 'validate', 'demo/feed.json']);
step('Storybook static build', bin('storybook'), ['build', '--quiet', '--test', '-o', 'storybook-static']);

runner(
  'browser tests (unit, components, axe)',
  bin('wtr'),
  [],
  `${root}.test-results/wtr.json`,
  (text) => {
    const c = JSON.parse(text);
    return { passed: c.passed, failed: c.failed };
  },
);

const tap = `${root}.test-results/node.tap`;
runner(
  'Node tests (CLI, schema, server, end-to-end on the demo)',
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, 'test/node/', 'test/e2e/'],
  tap,
  (text) => ({
    passed: Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0),
    failed: Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(text)?.[1] ?? 0),
  }),
);

process.stdout.write('\nSummary\n');
for (const r of results) process.stdout.write(`  ${r.failed ? '✘' : '✔'} ${r.name}: ${r.passed} passed, ${r.failed} failed\n`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
