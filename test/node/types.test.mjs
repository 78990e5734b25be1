// The package's types as an app sees them. A probe found `document.addEventListener('dc-feed-warning', (e) =>
// e.detail…)` failing under `tsc --strict` (the declarations that type the event were reached from no entry), the
// event detail types impossible to import, and no JSX types for React 19. Here the package is packed as it would be
// published (after `npm run build`), unpacked into a temporary app next to its own dependencies only (as a strict
// installer such as pnpm leaves it: a declaration that names a package this one does not depend on fails), and files
// written the way an app writes them are type-checked with `--strict`, under `bundler` and `nodenext` resolution.
// React's JSX goes through test/fixtures/react-19-types, a cut of @types/react 19 (the repository has no @types/react).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ts from 'typescript';
import { repoFile } from './helpers.mjs';

const pkg = JSON.parse(readFileSync(repoFile('package.json'), 'utf8'));
let app;

/** Source files (lib.dom above all) parsed once for every program of this file. */
const parsed = new Map();

/** The diagnostics of `tsc --strict --noEmit` on `files` of the app, as text ('' when there are none). */
function typeCheck(files, resolution, extra = {}) {
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    {
      strict: true,
      target: 'es2022',
      module: resolution === 'bundler' ? 'esnext' : 'nodenext',
      moduleResolution: resolution,
      lib: ['es2022', 'dom', 'dom.iterable'],
      types: [],
      // The package's declarations (and Lit's) are checked like the app's own; TypeScript's lib.dom is taken as read.
      skipLibCheck: false,
      skipDefaultLibCheck: true,
      noEmit: true,
      ...extra,
    },
    app,
  );
  assert.deepEqual(errors, []);
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) => {
    const key = `${fileName} ${JSON.stringify(language)}`;
    if (!parsed.has(key)) parsed.set(key, read(fileName, language, ...rest));
    return parsed.get(key);
  };
  const program = ts.createProgram(
    files.map((file) => join(app, file)),
    options,
    host,
  );
  const diagnostics = ts.getPreEmitDiagnostics(program);
  return ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => app, getNewLine: () => '\n' });
}

const ELEMENTS = {
  'observatory.js': 'dc-observatory',
  'project-list.js': 'dc-project-list',
  'project-card.js': 'dc-project-card',
  'area-filter.js': 'dc-area-filter',
  'proximity-map.js': 'dc-proximity-map',
  'forum-thread.js': 'dc-forum-thread',
  'assistant.js': 'dc-assistant',
};

/** Each element's own events (besides dc-feed-warning, which every one fires), with a field of their detail. */
const OWN_EVENTS = {
  'dc-proximity-map': ['dc-home-change', 'lat'],
  'dc-forum-thread': ['dc-forum-post', 'postId'],
  'dc-assistant': ['dc-assistant-feedback', 'helpful'],
  'dc-area-filter': ['change', 'q'],
};

/** One file per entry, importing that entry alone: its declarations must bring the typed events by themselves. */
const ONLY = Object.fromEntries(
  [
    ['loader', pkg.name, Object.values(ELEMENTS)],
    ...Object.entries(ELEMENTS).map(([entry, tag]) => [entry.replace('.js', ''), `${pkg.name}/${entry}`, [tag]]),
  ].map(([name, specifier, tags]) => [
    `only-${name}.ts`,
    [
      `import '${specifier}';`,
      `document.addEventListener('dc-feed-warning', (e) => { const path: string = e.detail.path; console.log(path, e.detail.pageUrl); });`,
      ...tags.flatMap((tag) => {
        const own = OWN_EVENTS[tag];
        return [
          `document.querySelector('${tag}')?.addEventListener('dc-feed-warning', (e) => console.log(e.detail.reason, e.detail.skipped));`,
          ...(own ? [`document.querySelector('${tag}')?.addEventListener('${own[0]}', (e) => console.log(e.detail.${own[1]}));`] : []),
        ];
      }),
      `// @ts-expect-error the detail is typed, not any`,
      `document.addEventListener('dc-feed-warning', (e) => e.detail.notAField);`,
      '',
    ].join('\n'),
  ]),
);

const FILES = {
  ...ONLY,
  // What the README shows, and every type it names, from the entries it names.
  'app.ts': `
import 'digicanvis-widgets/project-list.js';
import 'digicanvis-widgets/area-filter.js';
import { DcProximityMap, HomeChangeEvent, type HomeChangeDetail } from 'digicanvis-widgets/proximity-map.js';
import { DcForumThread, ForumPostEvent, type ForumPostDetail } from 'digicanvis-widgets/forum-thread.js';
import { DcAssistant, AssistantFeedbackEvent, type AssistantFeedbackDetail } from 'digicanvis-widgets/assistant.js';
import type { FeedWarningDetail, FeedWarningEvent, Selection, AreaFilterChangeEvent, SortOrder, CardLayout } from 'digicanvis-widgets';
import type { FeedWarningDetail as FromList } from 'digicanvis-widgets/project-list.js';
import type { Selection as FromFilter, AreaFilterChangeEvent as ChangeFromFilter } from 'digicanvis-widgets/area-filter.js';
import type { FeedWarningEvent as FromFeed } from 'digicanvis-widgets/feed.js';

document.addEventListener('dc-feed-warning', (e) => {
  const { feedUrl, pageUrl, itemId, path, reason, skipped } = e.detail; // path: "$.items[3]._digicanvis.phase"
  const detail: FeedWarningDetail = e.detail;
  const event: FeedWarningEvent = e;
  const same: FromList = detail;
  const again: FromFeed = event;
  console.log(feedUrl, pageUrl, itemId satisfies string | undefined, path, reason, skipped satisfies boolean, same, again);
});
document.addEventListener('dc-home-change', (e) => { const d: HomeChangeDetail = e.detail; console.log(d.councilId, d.source); });
document.addEventListener('dc-forum-post', (e) => { const d: ForumPostDetail = e.detail; console.log(d.status); });
document.addEventListener('dc-assistant-feedback', (e) => { const d: AssistantFeedbackDetail = e.detail; console.log(d.entryId); });

const list = document.createElement('dc-project-list');
list.addEventListener('dc-feed-warning', (e) => console.log(e.detail.severity));
const sort: SortOrder = list.sort;
const layout: CardLayout = document.createElement('dc-project-card').layout;
const filter = document.createElement('dc-area-filter');
filter.addEventListener('change', (e) => {
  const selection: Selection = e.detail;
  const again: FromFilter = selection;
  const event: AreaFilterChangeEvent = e;
  const same: ChangeFromFilter = event;
  console.log(selection.q, selection.areas, selection.sort, again, same);
});
filter.addEventListener('click', (e) => console.log(e.clientX)); // other events keep their own types
filter.value = { q: 'xatbot', areas: ['citizen-care'] };
const map: DcProximityMap = document.createElement('dc-proximity-map');
map.addEventListener('dc-home-change', (e) => console.log(e instanceof HomeChangeEvent, e.detail.lon));
const forum: DcForumThread = document.createElement('dc-forum-thread');
forum.addEventListener(ForumPostEvent.eventName, (e) => console.log(e));
const assistant: DcAssistant = document.createElement('dc-assistant');
assistant.addEventListener('dc-assistant-feedback', (e: AssistantFeedbackEvent) => console.log(e.detail.question));
console.log(sort, layout);

// @ts-expect-error the filter's change carries a Selection, not any
filter.addEventListener('change', (e) => e.detail.notAField);
// The loader ships no event class: its event types are types only.
import { FeedWarningEvent as NotAValue } from 'digicanvis-widgets';
// @ts-expect-error 'NotAValue' cannot be used as a value because it was exported using 'export type'
console.log(new NotAValue({} as FeedWarningDetail));
`,
  // React 19, after opting in with the types-only entry.
  'app.tsx': `
import type {} from 'digicanvis-widgets/react';
import 'digicanvis-widgets/observatory.js';
import 'digicanvis-widgets/area-filter.js';
import 'digicanvis-widgets/project-list.js';
import 'digicanvis-widgets/proximity-map.js';
import type { DcProximityMap } from 'digicanvis-widgets/proximity-map.js';

declare const ref: { current: DcProximityMap | null };
declare function setHome(home: string): void;

export function App({ feed, home }: { feed: string; home: string }) {
  return (
    <dc-observatory feed={feed} ondc-feed-warning={(e) => console.log(e.detail.path)}>
      <dc-area-filter heading-level="3" for="list" no-url onchange={(e) => console.log(e.detail.q)} value={{ q: 'x' }} />
      <dc-project-list id="list" page-size="6" sort="newest" className="projects" ondc-feed-warning={(e) => console.log(e.detail.reason)} />
      <dc-project-card feed={feed} project-id="p1" layout="compact" heading-level={4} />
      <dc-proximity-map ref={ref} home={home} radiusKm={50} weights={{ population: 2 }} heading-level="3" style={{ blockSize: '20rem' }}
        ondc-home-change={(e) => setHome(e.detail.councilId ?? \`\${e.detail.lat},\${e.detail.lon}\`)} />
      <dc-forum-thread thread="t1" poll-seconds="30" token="abc" ondc-forum-post={(e) => console.log(e.detail.postId, e.detail.status)} />
      <dc-assistant inline open llmHeaders={{ Authorization: 'Bearer x' }} llm-endpoint="https://llm.example/v1/chat/completions"
        ondc-assistant-feedback={(e) => console.log(e.detail.helpful)} />
      {/* @ts-expect-error sort is one of the orders */}
      <dc-project-list sort="random" />
      {/* @ts-expect-error the event's detail is typed */}
      <dc-proximity-map ondc-home-change={(e) => e.detail.notAField} />
      {/* @ts-expect-error no such attribute */}
      <dc-project-list pagesize="6" />
    </dc-observatory>
  );
}
`,
};

before(() => {
  assert.ok(existsSync(repoFile('dist/types/index.d.ts')), 'dist/types is missing: run `npm run build` first');
  const tmp = mkdtempSync(join(tmpdir(), 'digicanvis-types-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: repoFile('.'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  app = join(tmp, 'app');
  const installed = join(app, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(tmp, filename), '-C', installed, '--strip-components=1']);
  // The package's own dependencies, and nothing else of the repository's (no devDependencies: no @types/d3-geo, no lit-html).
  for (const name of Object.keys(pkg.dependencies)) {
    mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
    symlinkSync(repoFile(`node_modules/${name}`), join(app, 'node_modules', name), 'dir');
  }
  cpSync(repoFile('test/fixtures/react-19-types'), join(app, 'node_modules/@types/react'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'council-site', private: true, type: 'module' }));
  for (const [file, text] of Object.entries(FILES)) writeFileSync(join(app, file), text);
});

after(() => {
  if (app) rmSync(dirname(app), { recursive: true, force: true });
});

for (const resolution of ['bundler', 'nodenext']) {
  describe(`the packed package under tsc --strict, ${resolution} resolution`, () => {
    for (const file of Object.keys(ONLY)) {
      test(`${file.replace(/^only-|\.ts$/g, '')} entry alone: dc-feed-warning and the element's own events are typed on addEventListener`, () => {
        assert.equal(typeCheck([file], resolution), '');
      });
    }

    test('the README snippet, and the event and detail types imported from the documented entries', () => {
      assert.equal(typeCheck(['app.ts'], resolution), '');
    });

    test('React 19 JSX with digicanvis-widgets/react: attributes, properties and typed ondc-… events', () => {
      assert.equal(typeCheck(['app.tsx'], resolution, { jsx: 'react-jsx' }), '');
    });
  });
}

test('without digicanvis-widgets/react, JSX knows no DigiCanvis element (the entry is what adds them)', () => {
  writeFileSync(join(app, 'plain.tsx'), `import 'digicanvis-widgets/project-list.js';\nexport const list = <dc-project-list page-size="6" />;\n`);
  assert.match(typeCheck(['plain.tsx'], 'bundler', { jsx: 'react-jsx' }), /'dc-project-list' does not exist on type 'JSX.IntrinsicElements'/);
});
