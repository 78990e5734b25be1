import { expect } from '@open-wc/testing';
import { parseFeedText, readFeedPage } from '../../src/feed/index.js';
import { readAssistantData } from '../../src/feed/faq.js';
import { validateFeed } from '../../src/feed/validate.js';

async function fixture(name: string): Promise<unknown> {
  const response = await fetch(`/test/fixtures/${name}`);
  return response.json();
}

const base = new URL('/test/fixtures/feed-small.json', location.href).href;

describe('readFeedPage', () => {
  it('keeps every valid item and skips each bad one with its path and reason', async () => {
    const result = readFeedPage(await fixture('feed-small.json'), { baseUrl: base });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.feed.projects.map((p) => p.id)).to.deep.equal(['girona-chatbot', 'lleida-open-data', 'porto-telecare']);
    const skipped = result.problems.filter((p) => p.skipped);
    expect(skipped.map((p) => [p.itemId, p.path])).to.deep.include.members([
      ['bad-phase', '$.items[2]._digicanvis.phase'],
      ['dangling-council', '$.items[3]._digicanvis.council'],
      ['girona-chatbot', '$.items[4].id'],
      [undefined, '$.items[5]'],
    ]);
    const phase = skipped.find((p) => p.itemId === 'bad-phase');
    expect(phase?.message).to.contain('"finished"');
  });

  it('reads a page a few items at a time to the same projects and problems as at once', async () => {
    const json = await fixture('feed-small.json');
    const whole = readFeedPage(json, { baseUrl: base });
    const sliced = readFeedPage(json, { baseUrl: base }, 0);
    if (!whole.ok || !sliced.ok) throw new Error('the fixture did not read');
    expect(sliced.feed.projects, 'nothing read before more()').to.have.length(0);
    expect(whole.more(5), 'a page read at once has nothing left').to.equal(0);
    const lefts = [sliced.more(0)];
    while (lefts.at(-1)! > 0) lefts.push(sliced.more(2));
    expect(lefts.length, 'items read two at a time').to.be.greaterThan(2);
    expect(lefts.slice(1).every((left, i) => left === Math.max(0, lefts[i]! - 2)), 'two fewer left each time').to.equal(true);
    expect(sliced.feed.projects).to.deep.equal(whole.feed.projects);
    expect(sliced.problems.map(({ path, itemId, skipped }) => [path, itemId, skipped]).sort()).to.deep.equal(
      whole.problems.map(({ path, itemId, skipped }) => [path, itemId, skipped]).sort(),
    );
  });

  it('drops bad optional fields but still shows the item', async () => {
    const result = readFeedPage(await fixture('feed-small.json'), { baseUrl: base });
    if (!result.ok) throw new Error(result.error.message);
    const lleida = result.feed.projects.find((p) => p.id === 'lleida-open-data')!;
    expect(lleida.areas).to.deep.equal(['participation']);
    expect(lleida.visits).to.equal(false);
    expect(result.problems.some((p) => p.path === '$.items[1]._digicanvis.areas[1]' && !p.skipped)).to.equal(true);
    expect(result.problems.some((p) => p.path === '$.items[1]._digicanvis.visits')).to.equal(true);
    const porto = result.feed.projects.find((p) => p.id === 'porto-telecare')!;
    expect(porto.url, 'javascript: URL dropped').to.equal(undefined);
    expect(porto.started, 'impossible date dropped').to.equal(undefined);
    expect(porto.language).to.equal('pt');
    expect(result.problems.some((p) => p.path === '$.items[6].url' && p.itemId === 'porto-telecare')).to.equal(true);
  });

  it('normalizes councils, translations and links', async () => {
    const result = readFeedPage(await fixture('feed-small.json'), { baseUrl: base });
    if (!result.ok) throw new Error(result.error.message);
    const { feed } = result;
    expect(feed.councils.get('es-ine:25120')?.country).to.equal('ES');
    expect(feed.councils.has('es-ine:43148'), 'council with latitude 141 skipped').to.equal(false);
    expect(result.problems.some((p) => p.path === '$._digicanvis.councils[3].location.lat')).to.equal(true);
    const chatbot = feed.projects[0];
    expect(chatbot.i18n.en.title).to.equal('Citizen office virtual assistant');
    expect(chatbot.language).to.equal('ca');
    expect(chatbot.savings).to.deep.equal({ amount: 42000, currency: 'EUR', period: 'year', note: "Hores d'atenció telefònica" });
    const { faq, help, problems } = readAssistantData(feed);
    expect(faq).to.have.length(1);
    expect(faq[0].links).to.deep.equal([{ title: 'Cita', url: 'https://seu.example/cita' }]);
    expect(help.phone).to.equal('010');
    expect(problems.map((p) => p.path)).to.deep.equal(['$._digicanvis.faq[0].links[1].url', '$._digicanvis.faq[1].answer']);
    expect(readAssistantData(feed), 'read once').to.equal(readAssistantData(feed));
  });

  it('says clearly when a document is JSON Feed but not DigiCanvis', async () => {
    const result = readFeedPage({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [] });
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.error.code).to.equal('not-digicanvis');
      expect(result.error.message).to.contain('not a DigiCanvis feed');
    }
  });

  it('refuses a higher major version and says which', async () => {
    const result = readFeedPage(await fixture('feed-v2.json'));
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.error.code).to.equal('version-unsupported');
      expect(result.error.version).to.equal(2);
      expect(result.error.message).to.contain('version 2');
    }
  });

  it('refuses what is not a JSON Feed at all', () => {
    for (const doc of [null, [], 'feed', 42, { items: [] }]) {
      const result = readFeedPage(doc);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error.code).to.equal('not-jsonfeed');
    }
  });

  it('lists feed-level problems for validators', () => {
    const problems = validateFeed({ version: 'https://jsonfeed.org/version/1.1', _digicanvis: { version: 1 } });
    expect(problems.map((p) => p.path)).to.include.members(['$.title', '$.language', '$._digicanvis.councils', '$.items']);
    expect(problems.every((p) => p.severity === 'error')).to.equal(true);
  });

  it('quotes odd keys in JSON paths', () => {
    const doc = {
      version: 'https://jsonfeed.org/version/1.1', title: 't', language: 'ca', items: [],
      _digicanvis: { version: 1, councils: [], faq: [{ question: 'q', answer: 'a', i18n: { 'not a tag': {} } }] },
    };
    expect(validateFeed(doc).map((p) => p.path)).to.include('$._digicanvis.faq[0].i18n["not a tag"]');
  });
});

describe('parseFeedText', () => {
  it('tells an HTML page from broken JSON', () => {
    const servedAsHtml = parseFeedText('{"version": "https://jsonfeed.org/version/1.1"}', 'text/html; charset=UTF-8');
    expect(servedAsHtml.ok, 'a good feed served as text/html still reads').to.equal(true);
    const html = parseFeedText('<!DOCTYPE html><html></html>', 'text/html');
    expect(html.ok === false && html.error.code).to.equal('html');
    const sniffed = parseFeedText('\n  <html><body>oops</body></html>', 'application/json');
    expect(sniffed.ok === false && sniffed.error.code).to.equal('html');
    const broken = parseFeedText('{"version": ', 'application/json');
    expect(broken.ok === false && broken.error.code).to.equal('not-json');
    const bom = parseFeedText('\uFEFF{"a":1}');
    expect(bom.ok && bom.json).to.deep.equal({ a: 1 });
  });
});

describe('readFeedPage leniency where the contract allows a safe reading', () => {
  const doc = (item: object, council: object = {}): unknown => ({
    version: 'https://jsonfeed.org/version/1.1',
    title: 't',
    language: 'en',
    items: [item],
    _digicanvis: {
      version: 1,
      councils: [{ id: 'geonames:3117735', name: 'Madrid', kind: 'municipality', country: 'ES', location: { lat: 40.4165, lon: -3.70256 }, ...council }],
    },
  });
  const item = (extra: object = {}): object => ({
    id: 'a',
    title: 'A',
    _digicanvis: { council: 'geonames:3117735', areas: ['services'], kind: 'process', phase: 'pilot', ...extra },
  });

  it('reads a numeric id as a string and reports it', () => {
    const result = readFeedPage(doc({ ...item(), id: 7 }));
    expect(result.ok && result.feed.projects[0].id).to.equal('7');
    expect(result.problems.map((p) => p.path)).to.deep.equal(['$.items[0].id']);
  });

  it('keeps the projects of a council whose kind it does not know', () => {
    const result = readFeedPage(doc(item(), { kind: 'island-council' }));
    expect(result.ok && result.feed.councils.get('geonames:3117735')?.kind).to.equal('other');
    expect(result.ok && result.feed.projects).to.have.length(1);
  });

  it('reads numbers written as text, as spreadsheets export them, and reports each', () => {
    const result = readFeedPage(doc(item(), { location: { lat: '40.4165', lon: ' -3.70256 ' }, population: '3332035' }));
    expect(result.ok && result.feed.councils.get('geonames:3117735')).to.deep.include({ location: { lat: 40.4165, lon: -3.70256 }, population: 3332035 });
    expect(result.ok && result.feed.projects).to.have.length(1);
    expect(result.problems.map((p) => [p.path, p.message, !!p.skipped])).to.deep.equal([
      ['$._digicanvis.councils[0].location.lat', '"lat" must be a number, not "40.4165"; read as 40.4165', false],
      ['$._digicanvis.councils[0].location.lon', '"lon" must be a number, not " -3.70256 "; read as -3.70256', false],
      ['$._digicanvis.councils[0].population', '"population" must be a number, not "3332035"; read as 3332035', false],
    ]);
    // Text that is not a number (a decimal comma, a unit) is still refused.
    for (const lat of ['40,4165', '40.4165 N', '', '1e2']) {
      const refused = readFeedPage(doc(item(), { location: { lat, lon: -3.7 } }));
      expect(refused.ok && refused.feed.councils.size, lat).to.equal(0);
    }
  });

  it('says a project is skipped because its council was left out, not because the council is missing', () => {
    const result = readFeedPage(doc(item(), { location: { lat: 140, lon: -3.7 } }));
    expect(result.ok && result.feed.projects).to.deep.equal([]);
    expect(result.problems.filter((p) => p.skipped).map((p) => [p.path, p.message])).to.deep.equal([
      ['$._digicanvis.councils[0].location', '"location" needs a usable "lat" and "lon"'],
      ['$.items[0]._digicanvis.council', '"geonames:3117735" is left out of _digicanvis.councils'],
    ]);
  });

  it('reads savings without a currency as euros, and drops savings without a period', () => {
    const euros = readFeedPage(doc(item({ savings: { amount: 1000, period: 'year' } })));
    expect(euros.ok && euros.feed.projects[0].savings).to.deep.equal({ amount: 1000, currency: 'EUR', period: 'year' });
    const noPeriod = readFeedPage(doc(item({ savings: { amount: 1000, currency: 'EUR' } })));
    expect(noPeriod.ok && noPeriod.feed.projects[0].savings).to.equal(undefined);
    expect(noPeriod.problems.map((p) => p.path)).to.deep.equal(['$.items[0]._digicanvis.savings.period']);
  });

  it('takes any scheme-qualified council id (a scheme with dots, a code with spaces), as the schema does', () => {
    for (const id of ['ine.es:08019', 'other:Sant Joan', 'ES-INE:08019']) {
      const result = readFeedPage({ ...(doc(item({ council: id }), { id }) as object) });
      expect(result.ok && result.feed.projects.map((p) => p.council), id).to.deep.equal([id]);
      expect(result.problems, id).to.deep.equal([]);
    }
    const bad = readFeedPage(doc(item({ council: '08019' }), { id: '08019' }));
    expect(bad.ok && bad.feed.projects, 'no scheme').to.have.length(0);
  });

  it('refuses a higher major version however it is written', () => {
    for (const version of [2, '2', '2.0.0-beta', 'v2']) {
      const result = readFeedPage({ ...(doc(item()) as Record<string, object>), _digicanvis: { ...(doc(item()) as { _digicanvis: object })._digicanvis, version } });
      expect(!result.ok && result.error.code, String(version)).to.equal('version-unsupported');
    }
  });

  it('reads a leap second as the second before it', () => {
    const result = readFeedPage(doc({ ...item(), date_published: '2016-12-31T23:59:60Z' }));
    expect(result.ok && result.feed.projects[0].datePublished).to.equal('2016-12-31T23:59:59Z');
    expect(result.problems).to.deep.equal([]);
  });

  it('resolves relative links in content_html against the feed page when the item has no url of its own', () => {
    const result = readFeedPage(doc({ ...item(), content_html: '<a href="doc.pdf">Doc</a>' }), { baseUrl: 'https://feeds.example.org/dc/feed.json' });
    expect(result.ok && result.feed.projects[0].contentBase).to.equal('https://feeds.example.org/dc/feed.json');
  });
});

describe('readAssistantData', () => {
  const feedWith = (dc: object) => {
    const result = readFeedPage(
      {
        version: 'https://jsonfeed.org/version/1.1',
        title: 't',
        language: 'ca',
        items: [],
        _digicanvis: { version: 1, councils: [], ...dc },
      },
      { baseUrl: 'https://feeds.example.org/feed.json' },
    );
    if (!result.ok) throw new Error(result.error.message);
    return readAssistantData(result.feed);
  };

  it('gives an entry without an id one that no other entry has, in either order, after its question', () => {
    const first = feedWith({ faq: [{ question: 'Q1', answer: 'A1' }, { id: 'faq-1', question: 'Q2', answer: 'A2' }] });
    expect(first.faq.map((e) => e.question)).to.deep.equal(['Q1', 'Q2']);
    expect(new Set(first.faq.map((e) => e.id)).size).to.equal(2);
    expect(first.problems).to.deep.equal([]);
    const second = feedWith({ faq: [{ id: 'faq-2', question: 'Q1', answer: 'A1' }, { question: 'Q2', answer: 'A2' }] });
    expect(second.faq.map((e) => e.question)).to.deep.equal(['Q1', 'Q2']);
    expect(new Set(second.faq.map((e) => e.id)).size).to.equal(2);
    // Named after its question, not its place: the same id with another entry put before it; two alike apart.
    const alone = feedWith({ faq: [{ question: 'Q1', answer: 'A1' }] }).faq[0]!.id;
    expect(alone).to.match(/^faq-[0-9a-z]+$/);
    expect(feedWith({ faq: [{ question: 'Q0', answer: 'A0' }, { question: 'Q1', answer: 'A1' }] }).faq[1]!.id).to.equal(alone);
    const twins = feedWith({ faq: [{ question: 'Q1', answer: 'A1' }, { question: 'Q1', answer: 'A2' }] }).faq.map((e) => e.id);
    expect(twins).to.deep.equal([alone, `${alone}-2`]);
  });

  it('keeps a help address that is a mailto: or tel: link', () => {
    expect(feedWith({ help: { url: 'mailto:ajuda@example.cat' } }).help.url).to.equal('mailto:ajuda@example.cat');
    expect(feedWith({ help: { url: 'tel:+34972000000' } }).help.url).to.equal('tel:+34972000000');
    const script = feedWith({ help: { url: 'javascript:alert(1)' } });
    expect(script.help.url).to.equal(undefined);
    expect(script.problems.map((p) => p.path)).to.deep.equal(['$._digicanvis.help.url']);
  });
});

describe('pages after the first', () => {
  it('take the first page\'s language when they leave it out', async () => {
    const page = (await (await fetch('/test/fixtures/paged-3.json')).json()) as Record<string, unknown>;
    delete page.language;
    const first = readFeedPage(await (await fetch('/test/fixtures/paged-1.json')).json());
    if (!first.ok) throw new Error(first.error.message);
    const result = readFeedPage(page, { councils: first.feed.councils, language: 'ca' });
    expect(result.ok && result.feed.projects[0].language).to.equal('ca');
    expect(result.problems.filter((p) => p.path === '$.language')).to.have.length(0);
  });
});

describe('skipped items are counted once', () => {
  it('marks exactly one problem as skipped for an item with several fatal faults', () => {
    const result = readFeedPage({
      version: 'https://jsonfeed.org/version/1.1',
      title: 't',
      language: 'ca',
      items: [{ id: 'broken', _digicanvis: { council: 'es-ine:00000', areas: ['nowhere'], kind: 'x', phase: 'y' } }],
      _digicanvis: { version: 1, councils: [] },
    });
    const skipped = result.problems.filter((p) => p.skipped);
    expect(skipped).to.have.length(1);
    expect(skipped[0].itemId).to.equal('broken');
    expect(result.problems.length, 'the other faults are still reported').to.be.greaterThan(1);
  });
});
