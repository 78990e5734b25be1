// `digicanvis validate` on small feeds written to real files, each with one kind of mistake: link schemes, duplicate
// ids, council references, translations, and the summary it ends with.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from './helpers.mjs';

const council = (id, kind, name) => ({ id, name, kind, country: 'ES', location: { lat: 41.9, lon: 2.8 } });
const project = (id, councilId, areas, phase, kind, extra = {}) => ({
  id,
  title: `Projecte ${id}`,
  content_text: 'Descripció.',
  ...extra,
  _digicanvis: { council: councilId, areas, phase, kind, ...extra._digicanvis },
});

/** Three projects by two municipalities and a province, one FAQ entry: valid. */
function baseFeed() {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Prova',
    language: 'ca',
    items: [
      project('a', 'es-ine:17079', ['services', 'social'], 'pilot', 'service'),
      project('b', 'es-ine:17027', ['services'], 'implemented', 'process', { _digicanvis: { i18n: { es: { title: 'Proyecto b' } } } }),
      project('c', 'nuts:ES512', ['participation'], 'implemented', 'service', { language: 'es' }),
    ],
    _digicanvis: {
      version: 1,
      councils: [council('es-ine:17079', 'municipality', 'Girona'), council('es-ine:17027', 'municipality', 'Breda'), council('nuts:ES512', 'province', 'Diputació de Girona')],
      faq: [{ id: 'horaris', question: 'Quin horari teniu?', answer: 'De 9 a 14 h.', i18n: { en: { question: 'Opening hours?', answer: '9 to 2.' } } }],
    },
  };
}

describe('digicanvis validate: the publisher’s checks', () => {
  let dir;
  let count = 0;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'digicanvis-validate-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes the base feed changed by `change`, validates it, and returns the exit status and lines. */
  async function validate(change = () => {}) {
    const feed = baseFeed();
    change(feed);
    const path = join(dir, `feed-${++count}.json`);
    writeFileSync(path, JSON.stringify(feed));
    const { code, stdout, stderr } = await runCli('validate', path);
    assert.doesNotMatch(stderr, /only the schema was checked/, 'the reader is built');
    return { code, stdout, lines: stdout.split('\n') };
  }
  const hasLine = (lines, start, pattern) =>
    assert.ok(
      lines.some((line) => line.startsWith(`${start}  `) && pattern.test(line)),
      `no line "${start}  …${pattern}" in:\n${lines.join('\n')}`,
    );

  it('passes the valid base feed and ends with its summary', async () => {
    const { code, lines } = await validate();
    assert.equal(code, 0, lines.join('\n'));
    const end = lines.slice(lines.findIndex((line) => line.startsWith('feed-')));
    assert.deepEqual(end, [
      `feed-${count}.json: valid — 3 projects, 1 FAQ entry`,
      '  areas:     citizen-care 0, services 2, social 1, participation 1, management 0, transformation 0',
      '  phases:    prototype 0, pilot 1, implemented 2',
      '  kinds:     service 2, process 1, organization 0',
      '  councils:  3 in 1 country; projects by municipality 2, province 1',
      '  languages: ca (feed); projects ca 2, es 2 (of 3); FAQ ca 1, en 1 (of 1)',
      '',
    ]);
  });

  it('refuses javascript: and data: URLs, also in JSON Feed fields the widgets never show', async () => {
    const { code, lines } = await validate((feed) => {
      feed.favicon = 'javascript:alert(1)';
      feed.items[0].url = 'javascript:alert(2)';
      feed.items[0].external_url = 'javascript:alert(3)';
      feed.items[1].banner_image = 'data:image/png;base64,AAAA';
      feed.items[1].attachments = [{ url: 'data:text/html,<script>alert(4)</script>', mime_type: 'text/html' }];
      feed.items[2].authors = [{ name: 'Anna', avatar: 'javascript:alert(5)' }];
      feed._digicanvis.faq[0].links = [{ title: 'Seu', url: 'javascript:alert(6)' }];
    });
    assert.equal(code, 1);
    hasLine(lines, '$.favicon', /"favicon" must be an http\(s\) URL, not "javascript:alert\(1\)"/);
    hasLine(lines, '$.items[0].url', /must be an http\(s\) URL, not "javascript:alert\(2\)" {2}\[item a\]$/);
    hasLine(lines, '$.items[0].external_url', /must be an http\(s\) URL, not "javascript:alert\(3\)" {2}\[item a\]$/);
    hasLine(lines, '$.items[1].banner_image', /must be an http\(s\) URL, not "data:image/);
    hasLine(lines, '$.items[1].attachments[0].url', /must be an https, http, mailto or tel URL, not "data:text/);
    hasLine(lines, '$.items[2].authors[0].avatar', /must be an http\(s\) URL, not "javascript:alert\(5\)"/);
    hasLine(lines, '$._digicanvis.faq[0].links[0].url', /must be an https, http, mailto or tel URL, not "javascript:alert\(6\)"/);
    assert.match(lines.join('\n'), /^feed-\d+\.json: 7 errors$/m);
  });

  it('allows mailto: and tel: where the contract allows links, and only http(s) for pages and images', async () => {
    const ok = await validate((feed) => {
      feed.items[0]._digicanvis.contacts = [{ name: 'Anna', url: 'mailto:anna@girona.example' }];
      feed.items[0].attachments = [{ url: 'tel:+34972000000', mime_type: 'text/plain' }];
    });
    assert.equal(ok.code, 0, ok.stdout);
    const bad = await validate((feed) => {
      feed.items[0].image = 'mailto:anna@girona.example';
    });
    assert.equal(bad.code, 1);
    hasLine(bad.lines, '$.items[0].image', /must be an http\(s\) URL/);
  });

  it('finds duplicate item, council and FAQ ids', async () => {
    const { code, lines } = await validate((feed) => {
      feed.items.push(project('a', 'es-ine:17079', ['services'], 'pilot', 'service'));
      feed._digicanvis.councils.push(council('es-ine:17027', 'municipality', 'Breda again'));
      feed._digicanvis.faq.push({ id: 'horaris', question: 'Horari?', answer: 'Matins.' });
    });
    assert.equal(code, 1);
    hasLine(lines, '$.items[3].id', /duplicate item id "a"/);
    hasLine(lines, '$._digicanvis.councils[3].id', /duplicate council id "es-ine:17027"/);
    hasLine(lines, '$._digicanvis.faq[1].id', /duplicate FAQ id "horaris"/);
  });

  it('finds projects and partners naming a council the feed does not define, and counts what is still shown', async () => {
    const { code, lines } = await validate((feed) => {
      feed.items[0]._digicanvis.council = 'es-ine:99999';
      feed.items[1]._digicanvis.partners = ['es-ine:88888'];
    });
    assert.equal(code, 1);
    hasLine(lines, '$.items[0]._digicanvis.council', /"es-ine:99999" is not in _digicanvis\.councils {2}\[item a\]$/);
    hasLine(lines, '$.items[1]._digicanvis.partners[0]', /must be an id in _digicanvis\.councils, not "es-ine:88888"/);
    assert.ok(lines.includes('  shown:     2 of 3 projects (1 skipped)'), lines.join('\n'));
    assert.ok(lines.includes('  phases:    prototype 0, pilot 0, implemented 2'), 'the skipped pilot is not counted');
  });

  it('refuses translations under keys that are not BCP 47 language tags, once each', async () => {
    const { code, lines } = await validate((feed) => {
      feed.items[0]._digicanvis.i18n = { english: { title: 'Project a' }, 'en-x': { title: 'Project a' }, 'pt-BR': { title: 'Projeto a' } };
      feed._digicanvis.faq[0].i18n.castellano = { question: '¿Horario?', answer: 'De 9 a 14 h.' };
    });
    assert.equal(code, 1);
    hasLine(lines, '$.items[0]._digicanvis.i18n.english', /"english" is not a BCP 47 language tag/);
    hasLine(lines, '$.items[0]._digicanvis.i18n["en-x"]', /"en-x" is not a BCP 47 language tag/);
    hasLine(lines, '$._digicanvis.faq[0].i18n.castellano', /"castellano" is not a BCP 47 language tag/);
    assert.equal(lines.filter((line) => line.includes('"english"')).length, 1, 'schema and reader report it once');
    assert.ok(!lines.some((line) => line.includes('pt-BR') && !line.startsWith('  ')), 'pt-BR is a good tag');
    assert.match(lines.join('\n'), /^feed-\d+\.json: 3 errors$/m);
  });

  it('warns about a translation without the title, question or answer, or with no texts, and stays valid', async () => {
    const { code, lines } = await validate((feed) => {
      feed.items[0]._digicanvis.i18n = { es: { summary: 'Solo el resumen' }, fr: {} };
      feed._digicanvis.faq[0].i18n.es = { question: '¿Horario?' };
    });
    assert.equal(code, 0, lines.join('\n'));
    hasLine(lines, '$.items[0]._digicanvis.i18n.es.title', /warning: "title" is missing from the "es" translation: readers show the ca title instead {2}\[item a\]$/);
    hasLine(lines, '$.items[0]._digicanvis.i18n.fr', /warning: the "fr" translation has no texts/);
    hasLine(lines, '$._digicanvis.faq[0].i18n.es.answer', /warning: "answer" is missing from the "es" translation/);
    assert.match(lines.join('\n'), /^feed-\d+\.json: valid — 3 projects, 1 FAQ entry, 3 warnings$/m);
  });

  it('warns about a javascript: link inside content_html, which the sanitizer removes', async () => {
    const { code, lines } = await validate((feed) => {
      feed.items[2].content_html = '<p>Vegeu <a href="javascript:alert(1)">la memòria</a>.</p>';
    });
    assert.equal(code, 0);
    hasLine(lines, '$.items[2].content_html', /warning: has a javascript: link, which the sanitizer removes {2}\[item c\]$/);
  });
});
