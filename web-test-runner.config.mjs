import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumLaunchOptions } from './test/chromium.mjs';
import { faultServer } from './test/fault-server.mjs';
import { forumServerPlugin } from './test/forum-server.mjs';
import { modelServerPlugin } from './test/model-server.mjs';

const forumServer = forumServerPlugin();
const modelServer = modelServerPlugin();

/** Writes the counts of this run for tools/test.mjs, which adds them to the final "N passed, N failed" line. */
function countsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length, failedFiles: [] };
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) counts.skipped++;
          else if (t.passed) counts.passed++;
          else counts.failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load (syntax error, failing before/after hook) has no test results: count it as a failure.
        if (!session.passed && (session.errors?.length || !session.testResults)) {
          counts.failed++;
          counts.failedFiles.push(session.testFile);
        }
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/wtr.json', JSON.stringify(counts, null, 2));
    },
  };
}

/**
 * `executeServerCommand('set-geolocation', { lat, lon })` grants the test page the geolocation permission and has
 * Chromium report that position (its real Geolocation API, through DevTools' emulation); with no payload, the grant
 * is withdrawn, so the page's request is refused as a visitor's "Block" would.
 */
function geolocationCommand() {
  return {
    name: 'geolocation-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-geolocation') return undefined;
      const page = session.browser.getPage(session.id);
      const context = page.browserContext();
      if (!payload) {
        await context.clearPermissionOverrides();
        await context.overridePermissions(new URL(page.url()).origin, []);
        return true;
      }
      await context.overridePermissions(new URL(page.url()).origin, ['geolocation']);
      await page.setGeolocation({ latitude: payload.lat, longitude: payload.lon, accuracy: 50 });
      return true;
    },
  };
}

/** The DevTools session of a test's page, opened once per page and shared by the commands below. */
const devtools = new WeakMap();
async function devtoolsOf(session) {
  const page = session.browser.getPage(session.id);
  let cdp = devtools.get(page);
  if (!cdp) devtools.set(page, (cdp = await page.createCDPSession()));
  return cdp;
}

/**
 * `executeServerCommand('touch', { type: 'touchStart' | 'touchMove' | 'touchEnd', points: [{ x, y }, …] })` sends
 * Chromium real touch input (DevTools' Input.dispatchTouchEvent): the page gets the pointer and touch events a
 * phone's fingers would give, two fingers included, which no test command of the runner offers.
 */
function touchCommand() {
  return {
    name: 'touch-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      const cdp = await devtoolsOf(session);
      const touchPoints = payload.points.map(({ x, y }, id) => ({ x, y, id, radiusX: 5, radiusY: 5, force: 1 }));
      await cdp.send('Input.dispatchTouchEvent', { type: payload.type, touchPoints });
      return true;
    },
  };
}

/**
 * `executeServerCommand('block-urls', { urls: ['*pattern*', …] })` has Chromium fail every request whose URL matches
 * (DevTools' Network.setBlockedURLs), as a connection that dropped would; `{ urls: [] }` lets them through again.
 */
function blockCommand() {
  return {
    name: 'block-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'block-urls') return undefined;
      const cdp = await devtoolsOf(session);
      await cdp.send('Network.enable');
      await cdp.send('Network.setBlockedURLs', { urls: payload.urls });
      return true;
    },
  };
}

/**
 * `executeServerCommand('media-features', { 'forced-colors': 'active' })` has Chromium emulate media features the
 * runner's `emulateMedia` cannot: with this launcher (Puppeteer) it passes on only `colorScheme` and `reducedMotion`
 * and drops `forcedColors` without a word. Features set here and through `emulateMedia` add up (see createPage).
 */
function mediaFeaturesCommand() {
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures(Object.entries(payload).map(([name, value]) => ({ name, value })));
      return true;
    },
  };
}

export default {
  files: ['test/unit/**/*.test.ts', 'test/components/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // Listed as middleware (before the static files) and as a plugin (its server commands).
  middleware: [faultServer, forumServer.middleware, modelServer.middleware],
  reporters: [defaultReporter(), countsReporter()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), geolocationCommand(), touchCommand(), blockCommand(), mediaFeaturesCommand(), forumServer, modelServer],
  browsers: [
    chromeLauncher({
      launchOptions: chromiumLaunchOptions,
      // Each test file in a browser context (a window) of its own: two files run at once, and a page that shares a
      // window with another is a background tab, which gets no frames (no ResizeObserver, no animation frames).
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        // Puppeteer replaces every emulated media feature at each call: keep those a call does not name, as
        // Playwright's emulateMedia does, so that reduced motion and forced colours can be emulated together.
        const features = new Map();
        const emulate = page.emulateMediaFeatures.bind(page);
        page.emulateMediaFeatures = (list = []) => {
          for (const { name, value } of list) features.set(name, value);
          return emulate([...features].map(([name, value]) => ({ name, value })));
        };
        page.once('close', () => void context.close().catch(() => undefined));
        return page;
      },
    }),
  ],
};
