#!/usr/bin/env node
// The front-line assistant (<dc-assistant>), measured in headless Chromium on the code the element runs (src/assistant,
// bundled with esbuild into memory) and the example feed:
// - how often it is right: the labelled visitor questions of test/bench/assistant-questions.json (Catalan, Spanish,
//   English; written without looking at the matcher; half `dev`, which thresholds were tuned on, half `test`, which
//   nothing was tuned on): top-1 accuracy on the answerable ones, "not sure" rate on the others, per split and language;
// - how fast: every labelled question and a 10,000-character message answered against 1,000 FAQ entries (the example's
//   34, then variants of them about each of 966 real Catalan municipalities, GeoNames CC BY 4.0, so that the vocabulary
//   grows as a large FAQ's would).
// Not part of `npm test`; run with `node test/bench/assistant.bench.mjs`. Writes test/bench/assistant-results.md.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { measuredOn, percentile, reportOverBudget } from './common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const ROUNDS = Number(process.env.BENCH_RUNS ?? 5);
const ENTRIES = 1000;
const BUDGET = { accuracy: 0.9, unsure: 0.9, answerMs: 20 };

const HARNESS = `
import { FaqIndex } from './src/assistant/match.ts';
import { LANGUAGE } from './src/assistant/language.ts';
import { replyTo } from './src/assistant/reply.ts';
import { readFeedPage } from './src/feed/read.ts';
import { readAssistantData } from './src/feed/faq.ts';

window.bench = ({ json, questions, places, entries, rounds }) => {
  const feed = readFeedPage(json, { baseUrl: 'https://observatori.digicanvis.example/feed.json' }).feed;
  const faq = readAssistantData(feed).faq;
  const context = (index) => ({ index, projects: feed.projects, councils: feed.councils, language: 'ca', feedLanguage: feed.language, misses: 0 });

  // As the element builds it: the feed's entries and the questions that are not the council's to answer.
  const index = new FaqIndex(faq, feed.language, undefined, { language: LANGUAGE });
  const graded = questions.map((question) => {
    const message = replyTo(question.q, context(index)).message;
    return { ...question, got: message.kind === "answer" ? message.entry : null, offered: message.kind === "unsure" ? message.suggestions : [] };
  });

  // 1,000 entries: the real ones, then each again about one municipality (its name in every text and keyword).
  const large = [...faq];
  for (let i = 0; large.length < entries; i++) {
    const base = faq[i % faq.length];
    const place = places[i % places.length];
    const about = (text) => text + ' (' + place + ')';
    large.push({
      ...base,
      id: base.id + '-' + i,
      question: about(base.question),
      answer: about(base.answer),
      alternatives: base.alternatives.map(about),
      keywords: [...base.keywords, place],
      i18n: Object.fromEntries(Object.entries(base.i18n).map(([lang, t]) => [lang, { question: t.question && about(t.question), answer: t.answer && about(t.answer), alternatives: (t.alternatives ?? []).map(about) }])),
    });
  }
  let start = performance.now();
  const big = new FaqIndex(large, feed.language, undefined, { language: LANGUAGE });
  const indexMs = performance.now() - start;
  const asked = [...questions.map((question) => question.q), 'Com puc pagar l’IBI? ' + 'Una frase llarga sobre el padró i els impostos. '.repeat(210)];
  const times = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of asked) {
      start = performance.now();
      replyTo(question, context(big));
      times.push(performance.now() - start);
    }
  }
  return { graded, times, indexMs, entries: large.length };
};

// Another council's feed: its FAQ alone (no projects), and the questions written about it.
window.benchFeed = ({ language, faq, questions }) => {
  const json = { version: 'https://jsonfeed.org/version/1.1', title: 'FAQ', language, items: [], _digicanvis: { version: 1, councils: [], faq } };
  const feed = readFeedPage(json, { baseUrl: 'https://council.example/feed.json' }).feed;
  const index = new FaqIndex(readAssistantData(feed).faq, feed.language, undefined, { language: LANGUAGE });
  return questions.map((question) => {
    const message = replyTo(question.q, { index, projects: [], councils: feed.councils, language, feedLanguage: feed.language, misses: 0 }).message;
    return { ...question, got: message.kind === 'answer' ? message.entry : null, offered: message.kind === 'unsure' ? message.suggestions : [] };
  });
};
`;

const json = JSON.parse(readFileSync(join(repoRoot, 'demo/feed.json'), 'utf8'));
const { questions: labelled } = JSON.parse(readFileSync(join(here, 'assistant-questions.json'), 'utf8'));
// The later sets, each written by someone who saw only the FAQ's questions and answers, never the matcher. `listed`: its
// misses are printed, for the changes chosen on it; the others' are not, so that they stay sets nobody tunes on.
const LATER = [
  { split: 'holdout', file: 'assistant-holdout.json', listed: false, about: 'nothing tuned on it' },
  { split: 'third', file: 'assistant-third.json', listed: true, about: 'the changes after the holdout chosen on it' },
  { split: 'fourth', file: 'assistant-fourth.json', listed: false, about: 'written after those changes, never tuned on' },
  { split: 'fifth', file: 'assistant-fifth.json', listed: false, about: 'written before the changes it measures, never tuned on' },
  { split: 'sixth', file: 'assistant-sixth.json', listed: true, about: 'mostly near-topic; the last changes chosen on it' },
  { split: 'seventh', file: 'assistant-seventh.json', listed: false, about: 'written after the last changes, never tuned on' },
  { split: 'eighth', file: 'assistant-eighth.json', listed: false, about: 'written after the seventh, never tuned on' },
  { split: 'ninth', file: 'assistant-ninth.json', listed: false, about: 'written after the changes of 2026-12-02, never tuned on' },
];
const later = LATER.map((set) => ({ ...set, questions: JSON.parse(readFileSync(join(here, set.file), 'utf8')).questions.map((question) => ({ ...question, split: set.split })) }));
/** "a, b and c". */
const listing = (parts) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join(''));
// Other councils' FAQs, each with questions written about it: how the matcher does on a feed that is not the example.
const FEEDS = [
  { name: 'Villanueva del Río (es)', file: 'assistant-feed-villanueva.json', listed: true },
  { name: 'Sant Pere de Vilamar (ca)', file: 'assistant-feed-santpere.json', listed: false },
  { name: 'Almenara del Campo (es)', file: 'assistant-feed-almenara.json', listed: true },
  { name: 'Castellvell de la Serra (ca)', file: 'assistant-feed-castellvell.json', listed: false },
].map((set) => ({ ...set, ...JSON.parse(readFileSync(join(here, set.file), 'utf8')) }));
const questions = [...labelled, ...later.flatMap((set) => set.questions)];
const places = readFileSync(join(repoRoot, 'demo/data/municipalities-catalonia.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[1].replace(/^"|"$/g, ''));

const bundle = await build({
  stdin: { contents: HARNESS, resolveDir: repoRoot, loader: 'ts' },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'warning',
});

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>assistant bench</title>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text, type: 'module' });
  await page.waitForFunction(() => typeof window.bench === 'function');
  const { graded, times, indexMs, entries } = await page.evaluate((args) => window.bench(args), { json, questions, places, entries: ENTRIES, rounds: ROUNDS });
  const feeds = [];
  for (const set of FEEDS) feeds.push({ ...set, graded: await page.evaluate((args) => window.benchFeed(args), { language: set.language, faq: set.faq, questions: set.questions }) });

  const rate = (list, ok) => (list.length ? list.filter(ok).length / list.length : NaN);
  // Answered with the right entry, or not sure with the right one among the closest questions it offers (a tap away).
  const found = (q) => q.got === q.expect || (!q.got && q.offered.includes(q.expect));
  const pct = (value) => `${(value * 100).toFixed(1)}%`;
  const rows = [];
  const groups = [
    ['all', () => true],
    ['first set, dev half (tuned on)', (q) => q.split === 'dev'],
    ['first set, test half (watched while tuning)', (q) => q.split === 'test'],
    ...later.map((set) => [`${set.split} set (${set.about})`, (q) => q.split === set.split]),
    ['ca', (q) => q.lang === 'ca'],
    ['es', (q) => q.lang === 'es'],
    ['en', (q) => q.lang === 'en'],
  ];
  for (const [name, keep] of groups) {
    const group = graded.filter(keep);
    const answerable = group.filter((q) => q.expect);
    const unanswerable = group.filter((q) => !q.expect);
    rows.push({ name, answerable: answerable.length, accuracy: rate(answerable, (q) => q.got === q.expect), found: rate(answerable, found), unanswerable: unanswerable.length, unsure: rate(unanswerable, (q) => !q.got) });
  }
  const feedRows = feeds.map((set) => {
    const answerable = set.graded.filter((q) => q.expect);
    const unanswerable = set.graded.filter((q) => !q.expect);
    return { name: set.name, answerable: answerable.length, accuracy: rate(answerable, (q) => q.got === q.expect), found: rate(answerable, found), unanswerable: unanswerable.length, unsure: rate(unanswerable, (q) => !q.got) };
  });
  const sorted = [...times].sort((a, b) => a - b);
  const timing = { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) };
  const all = rows[0];

  const table = [
    '| questions | answerable | top-1 right | right, or offered when not sure | unanswerable | "not sure" |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.name} | ${row.answerable} | ${pct(row.accuracy)} | ${pct(row.found)} | ${row.unanswerable} | ${pct(row.unsure)} |`),
  ].join('\n');
  const unlisted = new Set(later.filter((set) => !set.listed).map((set) => set.split));
  const wrong = graded.filter((q) => q.got !== q.expect && !unlisted.has(q.split)).map((q) => `- (${q.split}, ${q.lang}, ${q.kind}) “${q.q}”: expected ${q.expect ?? 'not sure'}, answered ${q.got ?? 'not sure'}`);
  const report = `# Assistant benchmark

${measuredOn(browser)}. \`node test/bench/assistant.bench.mjs\`.

Labelled questions against the example feed's ${json._digicanvis.faq.length} FAQ entries, in Catalan, Spanish and English, every set written by someone who saw only the FAQ's questions and answers, never the matcher: the first set (test/bench/assistant-questions.json, ${labelled.length} questions; its \`dev\` half was used to choose weights and thresholds, and its \`test\` half was looked at while doing so), then ${listing(later.map((set) => `the ${set.split} (test/bench/${set.file}, ${set.questions.length} questions: ${set.about})`))}. The holdout's totals were seen when subjects were added to topics.ts (its questions never), and the fifth's when the last changes were made; from the third on, most unanswerable questions are near a subject the FAQ covers (its price, its timing, another side of it), and the sixth's nearly all are. Budget (issue 6): top-1 at least 90% on answerable questions, "not sure" at least 90% on unanswerable ones.

${table}

Answer time with ${entries} FAQ entries (every labelled question and a 10,000-character message, ${ROUNDS} rounds): median ${timing.p50.toFixed(2)} ms, p95 ${timing.p95.toFixed(2)} ms, slowest ${timing.max.toFixed(2)} ms (budget ${BUDGET.answerMs} ms). Indexing the ${entries} entries: ${indexMs.toFixed(0)} ms.

## Other councils' FAQs

A council's FAQ is seldom the example's (34 entries phrased some 70 ways each, in three languages): these are FAQs of other, imaginary councils, written with their questions by people who never saw the matcher. ${FEEDS.map((set) => `${set.name} (test/bench/${set.file}, ${set.faq.length} entries, ${set.questions.length} questions): ${set.about[0].toLowerCase()}${set.about.slice(1)}`).join(' ')}

| feed | answerable | top-1 right | right, or offered when not sure | unanswerable | "not sure" |
| --- | ---: | ---: | ---: | ---: | ---: |
${feedRows.map((row) => `| ${row.name} | ${row.answerable} | ${pct(row.accuracy)} | ${pct(row.found)} | ${row.unanswerable} | ${pct(row.unsure)} |`).join('\n')}

"Right, or offered when not sure": answered with the right entry, or not sure with the right entry among the (at most three) closest questions it offers, a tap away.

## Questions it gets wrong, in the sets changes were chosen on

(Only the sets changes were chosen on are listed: ${listing(later.filter((set) => !set.listed).map((set) => `the ${set.split}`))} stay sets nobody tunes on.)

${wrong.join('\n')}
${feeds
  .filter((set) => set.listed)
  .flatMap((set) => set.graded.filter((q) => q.got !== q.expect).map((q) => `- (${set.name}, ${q.lang}, ${q.kind}) “${q.q}”: expected ${q.expect ?? 'not sure'}, answered ${q.got ?? 'not sure'}`))
  .join('\n')}
`;
  process.stdout.write(`assistant: top-1 ${pct(all.accuracy)} of ${all.answerable} answerable, "not sure" ${pct(all.unsure)} of ${all.unanswerable} unanswerable (${later.map((set, i) => `${set.split}: ${pct(rows[3 + i].accuracy)}, ${pct(rows[3 + i].unsure)}`).join('; ')})\n`);
  process.stdout.write(`assistant: other councils' FAQs (right; right or offered; not sure): ${feedRows.map((row) => `${row.name}: ${pct(row.accuracy)}, ${pct(row.found)}, ${pct(row.unsure)}`).join('; ')}\n`);
  process.stdout.write(`assistant: answer at ${entries} FAQ entries: median ${timing.p50.toFixed(2)} ms, p95 ${timing.p95.toFixed(2)} ms, slowest ${timing.max.toFixed(2)} ms\n`);
  await writeFile(join(here, 'assistant-results.md'), report);
  const failures = [];
  if (all.accuracy < BUDGET.accuracy) failures.push(`top-1 accuracy ${pct(all.accuracy)} < ${pct(BUDGET.accuracy)}`);
  if (all.unsure < BUDGET.unsure) failures.push(`"not sure" on unanswerable ${pct(all.unsure)} < ${pct(BUDGET.unsure)}`);
  if (timing.max > BUDGET.answerMs) failures.push(`slowest answer ${timing.max.toFixed(2)} ms > ${BUDGET.answerMs} ms`);
  reportOverBudget(failures);
} finally {
  await browser.close();
}
