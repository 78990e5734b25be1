// `digicanvis from-csv`: the CSV reader on its own (from the build, as the command loads it), then the command run as a
// process on real files, as a publisher runs it.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readJson, repoFile, runCli } from './helpers.mjs';

const built = repoFile('dist/node/from-csv.js');
assert.ok(existsSync(built), 'dist/node/from-csv.js is missing: run npm run build first');
const { parseCsv, detectDelimiter, writeCsv, parseNumber, parseDate, decodeCsv, CsvEncodingError } = await import(built);

/** Text as Excel on Windows saves "CSV": Windows-1252 bytes (Latin-1 below 0x80 and from 0xA0; ’ is 0x92 there). */
const windows1252 = (text) => Buffer.from(text.replace(/’/g, '\x92').replace(/€/g, '\x80'), 'latin1');


describe('parseCsv', () => {
  it('reads quoted cells with doubled quotes, separators and line breaks inside', () => {
    const { header, records } = parseCsv('a,b,c\n"x, y","say ""hi""","line 1\nline 2"\n');
    assert.deepEqual(header, ['a', 'b', 'c']);
    assert.deepEqual(records, [{ row: 2, cells: ['x, y', 'say "hi"', 'line 1\nline 2'] }]);
  });

  it('takes CRLF line ends, also inside quotes, and a UTF-8 byte-order mark', () => {
    const { header, records } = parseCsv('\uFEFFid,text\r\n1,"a\r\nb"\r\n2,c\r\n');
    assert.deepEqual(header, ['id', 'text'], 'the BOM is not part of the first column name');
    assert.deepEqual(records.map((r) => r.cells), [['1', 'a\nb'], ['2', 'c']]);
  });

  it('numbers rows as the spreadsheet shows them: a multi-line cell is one row, blank rows still count', () => {
    const { records } = parseCsv('id,text\n1,"two\nlines"\n\n,\n4,d');
    assert.deepEqual(records.map((r) => [r.row, r.cells[0]]), [[2, '1'], [5, '4']]);
  });

  it('finds ; and tab separators from the header, and keeps commas in ; files as text', () => {
    assert.equal(detectDelimiter('id;name;kind\n1;a,b;c'), ';');
    assert.equal(detectDelimiter('id\tname\n1\ta;b'), '\t');
    assert.equal(detectDelimiter('"a;b",c,d\n'), ',', 'separators inside quotes do not count');
    const { delimiter, records } = parseCsv('id;amount;name\n1;12,5;"Sant Joan; Despí"\n');
    assert.equal(delimiter, ';');
    assert.deepEqual(records[0].cells, ['1', '12,5', 'Sant Joan; Despí']);
  });

  it('reports a quoted cell that is never closed, with the row it starts on', () => {
    const { problems } = parseCsv('id,text\n1,ok\n2,"never closed\n3,lost\n');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].row, 3);
    assert.match(problems[0].message, /never closed/);
  });

  it('keeps a stray quote inside an unquoted cell, as spreadsheets do', () => {
    assert.deepEqual(parseCsv('a,b\n12" screen,x\n').records[0].cells, ['12" screen', 'x']);
  });

  it('reads back what writeCsv writes, whatever the cells hold', () => {
    const rows = [['id', 'text', 'empty'], ['1', 'comma, "quote"; semi\r\nnew line', ''], [' padded ', 'é ñ ç ·', 'x']];
    for (const delimiter of [',', ';', '\t']) {
      const table = parseCsv(writeCsv(rows, delimiter));
      assert.equal(table.delimiter, delimiter);
      assert.deepEqual([table.header, ...table.records.map((r) => r.cells)], rows.map((r) => r.map((c) => c.replace(/\r\n/g, '\n'))));
    }
  });
});

describe('decodeCsv: the bytes of a file as the spreadsheet meant them', () => {
  it('reads UTF-8 strictly, with or without its byte-order mark', () => {
    const text = 'id,name\nnuts:ES512,Diputació de Girona\n';
    assert.deepEqual(decodeCsv(Buffer.from(text)), { text, encoding: 'utf-8' });
    assert.deepEqual(decodeCsv(Buffer.from(`\uFEFF${text}`)), { text, encoding: 'utf-8' }, 'the mark is not part of the first column name');
  });

  it('reads what is not UTF-8 as Windows-1252 (Excel on Windows, "CSV"), letters and all, never as U+FFFD', () => {
    const text = 'id;title\r\nnarva-cita-previa;Cita prèvia multicanal a l’oficina d’atenció ciutadana a Narva\r\nnuts:ES512;Diputació de Girona: 82.500 €\r\n';
    const { text: read, encoding } = decodeCsv(windows1252(text));
    assert.equal(encoding, 'windows-1252');
    assert.equal(read, text);
    assert.ok(!read.includes('\uFFFD'));
  });

  it('knows every character of Windows-1252 (the WHATWG index), not Latin-1 as Node\'s own TextDecoder has it', () => {
    // Not compared with new TextDecoder('windows-1252'): Node since 20.18.3 decodes that as Latin-1 (nodejs/node#60888).
    const high = [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f];
    assert.equal(decodeCsv(Uint8Array.from(high)).text, '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
    const rest = Uint8Array.from({ length: 255 }, (_, i) => i + 1).filter((b) => b < 0x80 || b > 0x9f);
    assert.equal(decodeCsv(rest).text, String.fromCharCode(...rest), 'the other bytes are the code points of the same number');
  });

  it('refuses a byte Windows-1252 has no character for, naming its line, instead of guessing further', () => {
    const bytes = Buffer.concat([windows1252('id;name\r\nnuts:ES512;Diputació\r\n'), Buffer.from([0x81, 0x0d, 0x0a])]);
    assert.throws(() => decodeCsv(bytes), (error) => error instanceof CsvEncodingError && /byte 0x81 on line 3/.test(error.message));
  });

  it('reads UTF-16 when its byte-order mark says so (Excel\'s "Unicode text", tab-separated), either byte order', () => {
    const text = 'id\tname\r\nes-ine:17079\tGirona\r\nnuts:ES512\tDiputació de Girona\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    assert.deepEqual(decodeCsv(le), { text, encoding: 'utf-16le' });
    const be = Buffer.from(le).swap16();
    assert.deepEqual(decodeCsv(be), { text, encoding: 'utf-16be' });
    assert.equal(parseCsv(decodeCsv(le).text).records[1].cells[1], 'Diputació de Girona');
    assert.throws(() => decodeCsv(le.subarray(0, le.length - 1)), CsvEncodingError, 'a half character at the end');
  });

  it('refuses what is not a CSV text at all, saying what to save instead', () => {
    const cases = [
      [Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), /workbook \(\.xlsx or \.ods\)/],
      [Buffer.from('id,name\nx,Girona\n', 'utf16le'), /zero byte on line 1\): UTF-16 without a byte-order mark/],
      [Buffer.concat([Buffer.from('\uFEFFid,name\nnuts:ES512,Diputació\n'), windows1252('es-ine:17079,Girona ò\n')]), /byte-order mark\) but line 3 is not UTF-8/],
    ];
    for (const [bytes, message] of cases) {
      assert.throws(() => decodeCsv(bytes), (error) => error instanceof CsvEncodingError && message.test(error.message) && /CSV UTF-8/.test(error.message));
    }
  });
});

describe('numbers and dates as people type them', () => {
  it('reads decimal and thousands separators, and lets the file decide 1.500', () => {
    assert.equal(parseNumber('12.500,50', true), 12500.5);
    assert.equal(parseNumber('12,500.50', false), 12500.5);
    assert.equal(parseNumber('1 234,5', true), 1234.5);
    assert.equal(parseNumber('1.500', true), 1500, 'a ; file: the point groups thousands');
    assert.equal(parseNumber('1.500', false), 1.5, 'a , file: the point is decimal');
    assert.equal(parseNumber('0,75', false), 0.75, 'not three digits after it: a decimal comma anyway');
    for (const bad of ['abc', '1.2.3', '12,34,567', '1,', '']) assert.equal(parseNumber(bad, true), undefined, bad);
  });

  it('reads ISO and day-first dates, and refuses days that do not exist', () => {
    assert.equal(parseDate('2024-05-31'), '2024-05-31');
    assert.equal(parseDate('31/05/2024'), '2024-05-31');
    assert.equal(parseDate('1.2.2024'), '2024-02-01');
    assert.equal(parseDate('2024-02-30'), undefined);
    assert.equal(parseDate('05/31/2024'), undefined, 'month first is not a date here');
  });
});

describe('digicanvis from-csv', () => {
  let dir;
  const write = (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const FEED = ['--title', 'Projectes', '--language', 'ca'];
  const COUNCILS = 'id,name,kind,country,population,lat,lon\nes-ine:17079,Girona,municipality,ES,103369,41.98311,2.82493\n';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'digicanvis-csv-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('turns the example spreadsheets back into the very projects, councils and FAQ entries of the demo feed', async () => {
    const output = join(dir, 'examples.json');
    const { code, stderr } = await runCli('from-csv', 'examples/csv/councils.csv', 'examples/csv/projects.csv', 'examples/csv/faq.csv', ...FEED, '-o', output);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /^examples\.json: 7 projects, 8 councils, 4 FAQ entries; valid$/m);
    const feed = JSON.parse(readFileSync(output, 'utf8'));
    const demo = readJson('demo/feed.json');
    for (const [list, demoList] of [
      [feed.items, demo.items],
      [feed._digicanvis.councils, demo._digicanvis.councils],
      [feed._digicanvis.faq, demo._digicanvis.faq],
    ]) {
      for (const object of list) assert.deepEqual(object, demoList.find((o) => o.id === object.id));
    }
    const validated = await runCli('validate', output);
    assert.equal(validated.code, 0, validated.stdout);
    assert.match(validated.stdout, /^examples\.json: valid — 7 projects, 4 FAQ entries$/m);
  });

  it('keeps examples/csv/ what tools/example-feed/csv.mjs makes of demo/feed.json', async () => {
    const { exampleCsv } = await import('../../tools/example-feed/csv.mjs');
    for (const [name, text] of Object.entries(exampleCsv())) assert.equal(readFileSync(repoFile(`examples/csv/${name}`), 'utf8'), text, name);
  });

  it('writes the feed to standard output without -o, with the feed options given', async () => {
    const councils = write('c.csv', COUNCILS);
    const projects = write('p.csv', 'id,council,title,content_text,areas,kind,phase\ngirona-1,es-ine:17079,Xatbot,Un assistent.,citizen-care,service,pilot\n');
    const { code, stdout } = await runCli('from-csv', councils, projects, ...FEED, '--home-page-url', 'https://www.girona.cat/', '--help-phone', '010');
    assert.equal(code, 0);
    const feed = JSON.parse(stdout);
    assert.equal(feed.title, 'Projectes');
    assert.equal(feed.home_page_url, 'https://www.girona.cat/');
    assert.deepEqual(feed._digicanvis.help, { phone: '010' });
    assert.equal(feed._digicanvis.faq, undefined, 'no FAQ file, no FAQ');
    assert.equal(feed.items[0].id, 'girona-1');
  });

  it('reads a ; file as Catalan Excel saves it: BOM, CRLF, decimal commas, lists with |, dates day first, translations', async () => {
    const councils = write('councils-excel.csv', '\uFEFFid;name;kind;country;population;lat;lon\r\nes-ine:17079;Girona;municipality;es;103.369;41,98311;2,82493\r\n');
    const projects = write(
      'projects-excel.csv',
      '\uFEFFID;Council;Title;Content text;Areas;Kind;Phase;Savings amount;Savings period;Visits;Started;Title@es;Barriers@es;Contact1 name;Contact1 email\r\n' +
        'p1;es-ine:17079;"Títol amb ""cometes""";"Primera línia;\r\nsegona";Participation |  services ;service;pilot;12.500,50;year;sí;31/05/2024;Título;"Uno\r\nDos";Anna;anna@girona.example\r\n',
    );
    const { code, stdout, stderr } = await runCli('from-csv', councils, projects, ...FEED);
    assert.equal(code, 0, stderr);
    const feed = JSON.parse(stdout);
    assert.deepEqual(feed._digicanvis.councils[0], {
      id: 'es-ine:17079', name: 'Girona', kind: 'municipality', country: 'ES', population: 103369, location: { lat: 41.98311, lon: 2.82493 },
    });
    const [item] = feed.items;
    assert.equal(item.title, 'Títol amb "cometes"');
    assert.equal(item.content_text, 'Primera línia;\nsegona');
    assert.deepEqual(item._digicanvis.areas, ['participation', 'services']);
    assert.deepEqual(item._digicanvis.savings, { amount: 12500.5, currency: 'EUR', period: 'year' });
    assert.equal(item._digicanvis.visits, true);
    assert.equal(item._digicanvis.started, '2024-05-31');
    assert.deepEqual(item._digicanvis.contacts, [{ name: 'Anna', email: 'anna@girona.example' }]);
    assert.deepEqual(item._digicanvis.i18n, { es: { title: 'Título', barriers: ['Uno', 'Dos'] } });
  });

  it('names file, row and column of every problem, keeps going, and writes nothing', async () => {
    const councils = write('councils.csv', `${COUNCILS}es-ine:17079,Girona bis,city,ES,,91,2\n`);
    const projects = write(
      'projects.csv',
      [
        'id,council,title,content_text,areas,kind,phase,url,savings_amount,started,visits,contact1_email',
        'ok,es-ine:17079,Bé,Text,services,service,pilot,,,,,',
        'p2,es-ine:17079,Dos,Text,participation|educacio,service,pilot,javascript:alert(1),,,,',
        'p3,es-ine:99999,Tres,,services,process,finished,"data:text/html;base64,AAAA",abc,2024-02-30,maybe,nobody@',
        'ok,es-ine:17079,Repetit,Text,services,service,pilot,,,,,',
      ].join('\n'),
    );
    const output = join(dir, 'never.json');
    const { code, stdout, stderr } = await runCli('from-csv', councils, projects, ...FEED, '-o', output);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(existsSync(output), false, 'nothing is written when there is an error');
    const expected = [
      "councils.csv row 3, column 'id': council id 'es-ine:17079' is already used in row 2",
      "councils.csv row 3, column 'kind': 'city' is not a kind of council: municipality, county, province, region, consortium, other",
      "councils.csv row 3, column 'lat': '91' is not a latitude: it must be between -90 and 90",
      "projects.csv row 3, column 'areas': 'educacio' is not one of the six areas: citizen-care, services, social, participation, management, transformation",
      "projects.csv row 3, column 'url': 'javascript:alert(1)': a javascript: URL is not allowed here, only https or http",
      "projects.csv row 4, column 'council': 'es-ine:99999' is not a council id of the councils file",
      "projects.csv row 4, column 'content_text': a description is required: content_text (plain text) or content_html",
      "projects.csv row 4, column 'phase': 'finished' is not a phase: prototype, pilot, implemented",
      "projects.csv row 4, column 'url': 'data:text/html;base64,AAAA': a data: URL is not allowed here, only https or http",
      "projects.csv row 4, column 'savings_amount': 'abc' is not a number",
      "projects.csv row 4, column 'started': '2024-02-30' is not a date: write it as 2024-05-31 (or 31/05/2024)",
      "projects.csv row 4, column 'visits': 'maybe' is not yes or no",
      "projects.csv row 4, column 'contact1_name': is required for a contact that has other details",
      "projects.csv row 4, column 'contact1_email': 'nobody@' is not an email address",
      "projects.csv row 5, column 'id': project id 'ok' is already used in row 2",
    ];
    const lines = stderr.trim().split('\n');
    for (const line of expected) assert.ok(lines.includes(line), `missing: ${line}\n${stderr}`);
    assert.match(lines.at(-1), /^\d+ errors: no feed written$/);
  });

  it('reports a cell shifted by an unquoted separator, a missing required column, and warns about unknown columns', async () => {
    const councils = write('c2.csv', COUNCILS);
    const projects = write('p2.csv', 'id,council,title,content_text,kind,phase,notes,title@english\np,es-ine:17079,T,Text, with a comma,service,pilot,x,\n');
    const { code, stderr } = await runCli('from-csv', councils, projects, ...FEED);
    assert.equal(code, 1);
    assert.match(stderr, /^p2\.csv row 1: the required column 'areas' is missing$/m);
    assert.match(stderr, /^p2\.csv row 1, column 'notes': warning: not a column DigiCanvis reads: ignored/m);
    assert.match(stderr, /^p2\.csv row 1, column 'title@english': 'english' is not a BCP 47 language tag/m);
    assert.match(stderr, /^p2\.csv row 2: 9 cells but the header has 8 columns: is a "," in a cell that is not quoted\?$/m);
  });

  it('writes the feed with warnings only, and says how many', async () => {
    const councils = write('c3.csv', COUNCILS);
    const projects = write('p3.csv', 'id,council,title,content_text,areas,kind,phase,internal notes\np,es-ine:17079,T,Text,services,service,pilot,call Anna\n');
    const { code, stdout, stderr } = await runCli('from-csv', councils, projects, ...FEED);
    assert.equal(code, 0, stderr);
    assert.equal(JSON.parse(stdout).items.length, 1);
    assert.match(stderr, /column 'internal_notes': warning: .*\n.*1 warning; valid$/m);
  });

  it('reads Excel\'s Windows-1252 "CSV" as the letters it means, and says once per file that it guessed', async () => {
    const councils = join(dir, 'councils-1252.csv');
    writeFileSync(
      councils,
      windows1252('id;name;kind;country;population;lat;lon;url;\r\ngeonames:590031;Narva;municipality;EE;66980;59,37722;28,19028;;\r\nnuts:ES512;Diputació de Girona;province;ES;;41,98311;2,82493;https://www.ddgi.cat/;\r\n'),
    );
    const projects = join(dir, 'projects-1252.csv');
    writeFileSync(
      projects,
      windows1252(
        'id;council;title;content_text;areas;kind;phase\r\n' +
          'narva-cita-previa;geonames:590031;Cita prèvia multicanal a l’oficina d’atenció ciutadana a Narva;La cita prèvia unifica en una sola agenda totes les finestretes municipals.;citizen-care | services;process;implemented\r\n' +
          'diputacio-girona-teleassistencia;nuts:ES512;Teleassistència avançada per a la gent gran de la Diputació de Girona;Els sensors detecten caigudes.;social;service;implemented\r\n',
      ),
    );
    const faq = write('faq-utf8.csv', 'question,answer\nCom demano cita prèvia?,"Per web, telèfon o missatge."\n');
    const output = join(dir, 'feed-1252.json');
    const { code, stderr } = await runCli('from-csv', councils, projects, faq, ...FEED, '-o', output);
    assert.equal(code, 0, stderr);
    const feed = JSON.parse(readFileSync(output, 'utf8'));
    assert.ok(!JSON.stringify(feed).includes('\uFFFD'), 'no replacement character anywhere');
    assert.equal(feed._digicanvis.councils[1].name, 'Diputació de Girona');
    assert.deepEqual(feed.items.map((item) => item.title), [
      'Cita prèvia multicanal a l’oficina d’atenció ciutadana a Narva',
      'Teleassistència avançada per a la gent gran de la Diputació de Girona',
    ]);
    assert.equal(feed._digicanvis.faq[0].question, 'Com demano cita prèvia?');
    for (const name of ['councils-1252.csv', 'projects-1252.csv']) {
      const notes = stderr.split('\n').filter((line) => line.startsWith(`${name}: note: `));
      assert.equal(notes.length, 1, `one note for ${name}:\n${stderr}`);
      assert.match(notes[0], /not UTF-8, so it was read as Windows-1252, what Excel on Windows saves as "CSV".*save it as "CSV UTF-8"/);
    }
    assert.doesNotMatch(stderr, /faq-utf8\.csv: note/, 'a UTF-8 file is not guessed at');
    assert.match(stderr, /feed-1252\.json: 2 projects, 2 councils, 1 FAQ entry; valid$/m);
  });

  it('reads Excel\'s "Unicode text" (UTF-16 with its mark, tab-separated), and refuses an undecodable file with exit 2', async () => {
    const councils = join(dir, 'councils-utf16.txt');
    writeFileSync(councils, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\tname\tkind\tcountry\tlat\tlon\r\nnuts:ES512\tDiputació de Girona\tprovince\tES\t41,98311\t2,82493\r\n', 'utf16le')]));
    const projects = write('p-utf16.csv', 'id,council,title,content_text,areas,kind,phase\np,nuts:ES512,Teleassistència,Text,social,service,implemented\n');
    const read = await runCli('from-csv', councils, projects, ...FEED);
    assert.equal(read.code, 0, read.stderr);
    assert.equal(JSON.parse(read.stdout)._digicanvis.councils[0].name, 'Diputació de Girona');
    assert.doesNotMatch(read.stderr, /note/, 'the byte-order mark says which encoding: nothing guessed');

    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, Buffer.concat([windows1252('id;name\r\nnuts:ES512;Diputació de Girona\r\n'), Buffer.from([0x8d])]));
    const refused = await runCli('from-csv', broken, projects, ...FEED);
    assert.equal(refused.code, 2);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /^digicanvis: .*broken\.csv: neither UTF-8 nor Windows-1252 \(byte 0x8D on line 3 .*"CSV UTF-8"$/m);
  });

  it('exits 2 on usage errors and unreadable files', async () => {
    const councils = write('c4.csv', COUNCILS);
    for (const args of [['from-csv', councils], ['from-csv', councils, councils, '--language', 'ca'], ['from-csv', councils, councils, '--title', 'T']]) {
      const { code, stderr } = await runCli(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^digicanvis: /);
    }
    const missing = await runCli('from-csv', councils, join(dir, 'nope.csv'), ...FEED);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.csv: cannot read the file \(no such file\)/);
  });

  it('checks the feed options too', async () => {
    const councils = write('c5.csv', COUNCILS);
    const projects = write('p5.csv', 'id,council,title,content_text,areas,kind,phase\np,es-ine:17079,T,Text,services,service,pilot\n');
    const { code, stderr } = await runCli('from-csv', councils, projects, '--title', 'T', '--language', 'english', '--home-page-url', 'javascript:alert(1)');
    assert.equal(code, 1);
    assert.match(stderr, /^--language: 'english' is not a BCP 47 language tag/m);
    assert.match(stderr, /^--home-page-url: 'javascript:alert\(1\)' is not an absolute https or http URL$/m);
  });
});
