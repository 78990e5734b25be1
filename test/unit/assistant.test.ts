import { expect } from '@open-wc/testing';
import { missesWhatIsAsked as missesWith } from '../../src/assistant/asked-for.js';
import { forgetConversation, loadConversation, saveConversation } from '../../src/assistant/conversation.js';
import { intentOf } from '../../src/assistant/intents.js';
import { citedSources, declined, modelMessages } from '../../src/assistant/llm.js';
import { FaqIndex, NO_LANGUAGE, entryTexts } from '../../src/assistant/match.js';
import { LANGUAGE } from '../../src/assistant/language.js';
import { findProjects, indexProjectsFor, projectQuestion, projectsIndexed } from '../../src/assistant/projects.js';
import { replyTo, type ReplyContext } from '../../src/assistant/reply.js';
import { readFeedPage } from '../../src/feed/index.js';
import { readAssistantData } from '../../src/feed/faq.js';
import type { FaqEntry, Feed } from '../../src/feed/types.js';

interface Labelled {
  q: string;
  lang: string;
  expect: string | null;
  kind: string;
  split: 'dev' | 'test';
}

let feed: Feed;
let index: FaqIndex;
let questions: Labelled[];

const context = (misses = 0, language = 'ca'): ReplyContext => ({
  index,
  projects: feed.projects,
  councils: feed.councils,
  language,
  feedLanguage: feed.language,
  misses,
});

before(async () => {
  const json: unknown = await (await fetch('/demo/feed.json')).json();
  const result = readFeedPage(json, { baseUrl: new URL('/demo/feed.json', location.href).href });
  if (!result.ok) throw new Error(result.error.message);
  feed = result.feed;
  // As the element builds it: the feed's entries, and the questions that are not the council's to answer.
  index = new FaqIndex(readAssistantData(feed).faq, feed.language, undefined, { language: LANGUAGE });
  questions = ((await (await fetch('/test/bench/assistant-questions.json')).json()) as { questions: Labelled[] }).questions;
});

/** How many of `asked` the assistant gets right: the right entry for the answerable, "not sure" for the others. */
function grade(asked: Labelled[], about = context()): { right: number; unsure: number; answerable: number; unanswerable: number } {
  const answerable = asked.filter((question) => question.expect);
  const unanswerable = asked.filter((question) => !question.expect);
  const right = answerable.filter((question) => {
    const reply = replyTo(question.q, about).message;
    return reply.kind === 'answer' && reply.entry === question.expect;
  }).length;
  const unsure = unanswerable.filter((question) => replyTo(question.q, about).message.kind !== 'answer').length;
  return { right: right / answerable.length, unsure: unsure / unanswerable.length, answerable: answerable.length, unanswerable: unanswerable.length };
}

const labelledSet = async (file: string): Promise<Labelled[]> => ((await (await fetch(`/test/bench/${file}`)).json()) as { questions: Labelled[] }).questions;

// The benchmark prints the same figures per set, split and language; here they guard against a change that loses them.
// Issue 6 asks 90% and 90%: "not sure" is not there yet on the later sets, most of whose unanswerable questions are near a
// subject of the FAQ (npm run bench prints them). These floors keep what is reached.
describe('the assistant against its labelled questions (test/bench/assistant-questions.json)', () => {
  for (const split of ['dev', 'test'] as const) {
    it(`answers the answerable ${split} questions with the right entry, and is unsure of the others, no worse than today`, () => {
      const graded = grade(questions.filter((question) => question.split === split));
      expect(graded.answerable + graded.unanswerable).to.be.greaterThan(90);
      expect(graded.right, 'right').to.be.at.least(0.88);
      expect(graded.unsure, 'unsure').to.be.at.least(0.95);
    });
  }
});

// The later sets, each written blind by someone who saw only the FAQ: the holdout (nothing tuned on it), the third (the
// changes after the holdout were chosen on it), the fourth (written after those, never tuned on), the fifth (written
// before the changes it measures, never tuned on), the sixth (nearly all its unanswerable questions near a subject of
// the FAQ; the last changes were chosen on it), the seventh (written after those, never tuned on), the eighth
// (written later, measured once before any change) and the ninth (written after the changes of 2026-12-02).
for (const [file, about, size, unsure] of [
  ['assistant-holdout.json', 'nothing was tuned on it', 120, 0.85],
  ['assistant-third.json', 'mostly near-topic questions it cannot answer', 180, 0.86],
  ['assistant-fourth.json', 'never tuned on', 160, 0.78],
  ['assistant-fifth.json', 'never tuned on', 200, 0.68],
  ['assistant-sixth.json', 'nearly all near-topic questions it cannot answer', 240, 0.6],
  ['assistant-seventh.json', 'written after the last changes, never tuned on', 200, 0.72],
  ['assistant-eighth.json', 'written after the seventh, never tuned on', 200, 0.77],
  ['assistant-ninth.json', 'written after the changes of 2026-12-02, never tuned on', 200, 0.8],
] as const) {
  describe(`the assistant against test/bench/${file} (${about})`, () => {
    it(`answers at least 90% of its answerable questions with the right entry, and is unsure of at least ${unsure * 100}% of the others`, async () => {
      const graded = grade(await labelledSet(file));
      expect(graded.answerable + graded.unanswerable).to.equal(size);
      expect(graded.right, 'right').to.be.at.least(0.9);
      expect(graded.unsure, 'unsure').to.be.at.least(unsure);
    });
  });
}

// Other councils' FAQs, phrased once to a few times in one language with a few translations, each written with its
// questions by someone who never saw the matcher (the bench prints them): floors at what is reached.
for (const [file, size, right, unsure] of [
  ['assistant-feed-villanueva.json', 160, 0.86, 0.8],
  ['assistant-feed-santpere.json', 150, 0.62, 0.68],
  ['assistant-feed-almenara.json', 180, 0.62, 0.81],
  ['assistant-feed-castellvell.json', 180, 0.47, 0.77],
] as const) {
  describe(`the assistant against another council's FAQ, test/bench/${file}`, () => {
    it(`answers at least ${right * 100}% of its answerable questions with the right entry, and is unsure of at least ${unsure * 100}% of the others`, async () => {
      const other = (await (await fetch(`/test/bench/${file}`)).json()) as { language: string; faq: unknown[]; questions: Labelled[] };
      const read = readFeedPage({ version: 'https://jsonfeed.org/version/1.1', title: 'FAQ', language: other.language, items: [], _digicanvis: { version: 1, councils: [], faq: other.faq } });
      if (!read.ok) throw new Error(read.error.message);
      const faq = new FaqIndex(readAssistantData(read.feed).faq, read.feed.language, undefined, { language: LANGUAGE });
      const graded = grade(other.questions, { index: faq, projects: [], councils: read.feed.councils, language: other.language, feedLanguage: read.feed.language, misses: 0 });
      expect(graded.answerable + graded.unanswerable).to.equal(size);
      expect(graded.right, 'right').to.be.at.least(right);
      expect(graded.unsure, 'unsure').to.be.at.least(unsure);
    });
  });
}

/** Whether `entry` misses what `question` asks for, by the cues the element loads (cues.ts). */
const missesWhatIsAsked = (question: string, entry: FaqEntry): boolean => missesWith(question, entry, LANGUAGE);

describe('the fact a question asks for (asked-for.ts)', () => {
  const entry = (answer: string): FaqEntry => ({ id: 'x', question: 'q', answer, alternatives: [], keywords: [], links: [], areas: [], i18n: {} });
  it('is not sure when the entry on the subject does not give the price, time, number, phone or hours asked for', () => {
    const howTo = entry('Presenta la sol·licitud a la seu electrònica amb el plànol del local.');
    for (const question of [
      'Quant costa la llicència?',
      '¿Cuánto cuesta la licencia?',
      'how much is the licence',
      'Quant triga a resoldre’s?',
      'How long does it take?',
      'Quants ajuntaments hi participen?',
      'Quin és el telèfon de l’oficina?',
      '¿A qué hora abre?',
    ])
      expect(missesWhatIsAsked(question, howTo), question).to.equal(true);
  });

  it('answers when the entry gives it, in any of its languages', () => {
    expect(missesWhatIsAsked('Quant costa?', entry('La taxa és de 35 € l’any.'))).to.equal(false);
    expect(missesWhatIsAsked('Quant costa?', entry('L’alta és gratuïta.'))).to.equal(false);
    expect(missesWhatIsAsked('Quant costa?', entry('El cost depèn dels ingressos.'))).to.equal(false);
    expect(missesWhatIsAsked('How long does it take?', entry('Arriba en dos dies hàbils.'))).to.equal(false);
    expect(missesWhatIsAsked('What time does it open?', entry('Obre de dilluns a divendres, de 9 a 14 h.'))).to.equal(false);
    const translated = { ...entry('Demana-ho a l’oficina.'), i18n: { en: { answer: 'It costs 10 euros.' } } };
    expect(missesWhatIsAsked('how much does it cost', translated)).to.equal(false);
  });

  it('is not sure when the question turns the subject around (leaving, renewing, appealing) and the entry never says so', () => {
    const joining = { ...entry('Porta el DNI i el contracte de lloguer a l’oficina.'), question: 'Com m’empadrono?', alternatives: ['Alta al padró'] };
    expect(missesWhatIsAsked('Com em dono de baixa del padró?', joining)).to.equal(true);
    expect(missesWhatIsAsked('¿Cómo me doy de baja del padrón?', joining)).to.equal(true);
    expect(missesWhatIsAsked('Com m’empadrono?', joining)).to.equal(false);
    const leaving = { ...joining, alternatives: ['Alta i baixa del padró'] };
    expect(missesWhatIsAsked('Com em dono de baixa del padró?', leaving)).to.equal(false);
    expect(missesWhatIsAsked('How do I appeal the bill?', entry('Pay by card at the tax office website.'))).to.equal(true);
    expect(missesWhatIsAsked('How do I appeal the bill?', entry('Pay by card; to appeal it, write to the tax office.'))).to.equal(false);
    // "Recurring payments" is not an appeal.
    expect(missesWhatIsAsked('How do I appeal a parking fine?', entry('Recurring payments are taken on the first of the month.'))).to.equal(true);
    expect(missesWhatIsAsked('¿Cómo recurro la multa?', entry('Puedes presentar un recurso en la sede electrónica.'))).to.equal(false);
  });

  it('reads a turn in any of the three languages, and the validity, instalments, refunds and discounts an entry does not give', () => {
    const leaving = { ...entry('Amb el DNI, a l’oficina.'), question: 'Com em dono de baixa del padró?' };
    expect(missesWhatIsAsked('¿Cómo me doy de baja del padrón?', leaving)).to.equal(false);
    expect(missesWhatIsAsked('How do I unregister from the padró?', leaving)).to.equal(false);
    const paying = entry('El IBI se paga del 1 de junio al 31 de julio, con tarjeta en la sede electrónica o en el banco.');
    for (const question of ['¿Puedo fraccionar el IBI?', 'Es pot pagar l’IBI en terminis ajornats?', 'Can I pay the IBI in installments?', 'Hi ha descompte de l’IBI per a famílies nombroses?', '¿Me devuelven el IBI si vendo el piso?', '¿Estoy exento del IBI?'])
      expect(missesWhatIsAsked(question, paying), question).to.equal(true);
    expect(missesWhatIsAsked('¿Puedo fraccionar el IBI?', entry('Se puede fraccionar en dos plazos pidiéndolo antes de mayo.'))).to.equal(false);
    expect(missesWhatIsAsked('¿Hay bonificación del IBI?', entry('Las familias numerosas tienen una bonificación del 50 %.'))).to.equal(false);
    const card = entry('La tarjeta es gratuita y se entrega en un mes.');
    expect(missesWhatIsAsked('Per quant de temps és vàlida la targeta?', card)).to.equal(true);
    expect(missesWhatIsAsked('Per quant de temps és vàlida la targeta?', entry('La tarjeta es gratuita y vale 5 años.'))).to.equal(false);
    expect(missesWhatIsAsked('¿Cuánto vale la tarjeta?', entry('La tarjeta es gratuita.'))).to.equal(false);
  });

  it('is not sure when asked when, and the answer gives no day, date or period', () => {
    const howTo = entry('Presenta la sol·licitud a l’escola o en línia.');
    expect(missesWhatIsAsked('Quan s’obre la convocatòria?', howTo)).to.equal(true);
    expect(missesWhatIsAsked('¿Hasta cuándo se puede pedir?', howTo)).to.equal(true);
    expect(missesWhatIsAsked('When is it open?', howTo)).to.equal(true);
    expect(missesWhatIsAsked('Quan s’obre la convocatòria?', entry('S’obre cada any a la primavera.'))).to.equal(false);
    expect(missesWhatIsAsked('When are the meetings?', entry('L’últim dijous de cada mes a les 19 h.'))).to.equal(false);
    // "quan" in the middle of a question is not asking when.
    expect(missesWhatIsAsked('Què he de fer quan em canvio de pis?', howTo)).to.equal(false);
  });

  it('is not sure when asked who someone is, or who pays, unless the entry’s own questions ask who', () => {
    const wedding = { ...entry('Reserveu la sala i indiqueu qui oficiarà la cerimònia.'), question: 'Com ens casem a l’ajuntament?' };
    expect(missesWhatIsAsked('Qui és l’alcalde?', wedding)).to.equal(true);
    expect(missesWhatIsAsked('¿Quién paga el IBI si vendo el piso?', wedding)).to.equal(true);
    expect(missesWhatIsAsked('Who funds it?', wedding)).to.equal(true);
    expect(missesWhatIsAsked('Qui és l’alcalde?', { ...wedding, alternatives: ['Qui és l’alcaldessa?'] })).to.equal(false);
    // Who may do something is what many answers say.
    expect(missesWhatIsAsked('Qui pot casar-se a l’ajuntament?', wedding)).to.equal(false);
  });

  it('is not sure when asked to cancel or recover something the entry never mentions cancelling or recovering', () => {
    const booking = { ...entry('Demana cita a la web o per telèfon.'), question: 'Com demano cita prèvia?' };
    expect(missesWhatIsAsked('Com anul·lo la cita?', booking)).to.equal(true);
    expect(missesWhatIsAsked('How do I cancel my appointment?', booking)).to.equal(true);
    expect(missesWhatIsAsked('com recupero el PIN?', booking)).to.equal(true);
    expect(missesWhatIsAsked('Com anul·lo la cita?', { ...booking, answer: 'Rebràs un SMS amb un enllaç per anul·lar-la.' })).to.equal(false);
  });

  it('reads what is asked, not words that look like it', () => {
    const howTo = entry('Omple el formulari a la web.');
    // A sentence that starts with "when" does not ask when.
    expect(missesWhatIsAsked('Quan em canvio de pis, he d’avisar?', howTo)).to.equal(false);
    expect(missesWhatIsAsked('Quan vaig a signar em diu que el certificat no és vàlid', howTo)).to.equal(false);
    expect(missesWhatIsAsked('Sabeu quan s’obre?', howTo)).to.equal(true);
    // "Uns quants" is a few, not how many; "qui es pot" is who can, not who is; "people who are" is not a question.
    expect(missesWhatIsAsked('He fet obres i tinc uns quants sacs de runa, on els porto?', howTo)).to.equal(false);
    expect(missesWhatIsAsked('Qui es pot casar a l’ajuntament?', howTo)).to.equal(false);
    expect(missesWhatIsAsked('Can people who are over 65 apply?', howTo)).to.equal(false);
    // A deadline is not a limit; "baixar" (to download) is not "baixa" (leaving).
    expect(missesWhatIsAsked('Quina és la data límit per demanar-ho?', howTo)).to.equal(false);
    expect(missesWhatIsAsked('On puc baixar el volant?', howTo)).to.equal(false);
    // The turn is read by its stem: "anulo" is answered by an entry that says "anular".
    expect(missesWhatIsAsked('¿Cómo anulo la cita?', entry('Puedes anular la cita desde el enlace del SMS.'))).to.equal(false);
  });

  it('takes a count or a limit from a number of things, not from a time or a date', () => {
    const hours = entry('Obre de 9 a 14 h i de 16 a 19 h; tanca el 31 de desembre.');
    expect(missesWhatIsAsked('Quants sacs puc portar?', hours)).to.equal(true);
    expect(missesWhatIsAsked('¿Cuántos sacos puedo llevar como máximo?', hours)).to.equal(true);
    expect(missesWhatIsAsked('Quants sacs puc portar?', entry('Fins a 6 sacs per visita.'))).to.equal(false);
    expect(missesWhatIsAsked('Quin percentatge de bonificació hi ha?', entry('La bonificació és del 50%.'))).to.equal(false);
  });

  it('takes a price from an amount, "free" or what it depends on, not from a fee merely named', () => {
    expect(missesWhatIsAsked('Quant es paga de gual?', entry('La taxa es cobra cada any.'))).to.equal(true);
    expect(missesWhatIsAsked('Quant es paga de gual?', entry('La quota depèn dels metres de la porta.'))).to.equal(false);
  });

  it('does not take a question that only mentions a phone or an address for one asking for it', () => {
    const howTo = entry('Descarrega l’app i valida el codi que rebràs.');
    expect(missesWhatIsAsked('Com activo l’idCAT Mòbil al meu telèfon?', howTo)).to.equal(false);
    expect(missesWhatIsAsked('We moved to a new street: do we need to tell you the new address?', howTo)).to.equal(false);
    expect(missesWhatIsAsked('Com em dono d’alta?', howTo)).to.equal(false);
  });
});

const faqEntry = (id: string, question: string, answer: string): FaqEntry => ({ id, question, answer, alternatives: [], keywords: [], links: [], areas: [], i18n: {} });

describe('FaqIndex', () => {
  it('forgives accents, case, a typo and word order', () => {
    for (const question of ['HORARI DE LA DEIXALLERIA', 'deixalleria horari', 'horari de la deixaleria', 'horari de la deixallèria'])
      expect(index.answer(question).best?.entry.id, question).to.equal('deixalleria');
  });

  it('tells the language of a question, and answers in it where the entry has it', () => {
    expect(index.answer('How can I pay the IBI tax?').language).to.equal('en');
    expect(index.answer('¿Dónde pago la contribución?').language).to.equal('es');
    const reply = replyTo('How can I pay the IBI tax?', context()).message;
    expect(reply).to.include({ kind: 'answer', entry: 'pagar-impostos', lang: 'en' });
  });

  it('offers at most three closest questions when it is not sure', () => {
    const answer = index.answer('quin temps farà demà a la platja');
    expect(answer.best).to.equal(undefined);
    expect(answer.closest.length).to.be.at.most(3);
  });

  it('answers a pasted book at once, from its beginning', () => {
    const book = `Com puc pagar l’IBI i els altres impostos municipals? ${'bla '.repeat(20_000)}`;
    const start = performance.now();
    const answer = index.answer(book);
    expect(performance.now() - start).to.be.below(200);
    expect(answer.best?.entry.id).to.equal('pagar-impostos');
  });

  it('indexed a few entries at a time, answers as when indexed at once', () => {
    const faq = readAssistantData(feed).faq;
    const deferred = new FaqIndex(faq, feed.language, undefined, { defer: true, language: LANGUAGE });
    expect(deferred.left).to.equal(faq.length + LANGUAGE.outOfScope.split('\n').length);
    while (deferred.left) deferred.more(5);
    for (const question of questions.slice(0, 40))
      expect(deferred.answer(question.q).closest.map((m) => [m.entry.id, m.score]), question.q).to.deep.equal(index.answer(question.q).closest.map((m) => [m.entry.id, m.score]));
  });

  it('does not take a four-letter word for the stem of a longer one ("casa" is not "casarse")', () => {
    const home = faqEntry('llar', 'Com empadrono tothom de casa?', 'Porta el DNI de tothom a l’oficina.');
    const small = new FaqIndex([home], 'ca');
    expect(small.answer('casarse').best).to.equal(undefined);
    expect(small.answer('casas').best?.entry.id).to.equal('llar');
  });

  it('keeps a name written in capitals that spells a small word ("el CAP" is a health centre, not "cap")', () => {
    const hours = faqEntry('horari', 'Quin horari té l’oficina?', 'Obre de dilluns a divendres de 9 a 14 h.');
    const small = new FaqIndex([hours], 'ca');
    expect(small.answer('Quin horari té l’oficina?').best?.entry.id).to.equal('horari');
    expect(small.answer('Quin horari té el CAP?').best, 'CAP').to.equal(undefined);
    // A question written all in capitals keeps its small words small.
    expect(small.answer('QUIN HORARI TÉ L’OFICINA?').best?.entry.id).to.equal('horari');
  });

  it('is not sure when a question that is not the council’s comes nearly as close as the best entry', () => {
    const card = faqEntry('targeta', 'Com demano la targeta d’aparcament per a persones amb discapacitat?', 'Amb el certificat de discapacitat, a l’ajuntament.');
    const alone = new FaqIndex([card], 'ca');
    const withOutside = new FaqIndex([card], 'ca', undefined, { language: { ...NO_LANGUAGE, outOfScope: 'On es demana el certificat de discapacitat?' } });
    const question = 'On demano el certificat de discapacitat?';
    expect(alone.answer(question).best?.entry.id).to.equal('targeta');
    expect(withOutside.answer(question).best).to.equal(undefined);
    // Still answered when the entry is clearly closer.
    expect(withOutside.answer('targeta d’aparcament per a persones amb discapacitat').best?.entry.id).to.equal('targeta');
  });

  it('answers with the next entry, when the best one does not give the fact asked for and the next, as close, does', () => {
    const where = faqEntry('on', 'On és la deixalleria i quin horari té?', 'Al polígon; consulta l’horari a la web.');
    const hours = faqEntry('horari', 'Horari de la deixalleria', 'Obre de dilluns a dissabte de 9 a 14 h.');
    const small = new FaqIndex([where, hours], 'ca', undefined, { language: { ...LANGUAGE, outOfScope: '' } });
    // (Not quite one of their phrasings: one of those would be answered by its own entry, as its author wrote it.)
    const answer = small.answer('Quin horari té la deixalleria del poble?');
    expect(answer.closest[0]?.entry.id, 'the closest').to.equal('on');
    expect(answer.best?.entry.id, 'the answer').to.equal('horari');
  });

  it('answers the FAQ’s own phrasings with their entry, whatever they seem to ask for and whatever out-of-scope question is close', () => {
    const faq = readAssistantData(feed).faq;
    const phrasings = faq.flatMap((entry) => [entry.question, ...entry.alternatives, ...Object.values(entry.i18n).flatMap((t) => [t.question ?? '', ...(t.alternatives ?? [])])].filter(Boolean).map((q) => [entry.id, q] as const));
    const wrong = phrasings.filter(([id, q]) => index.answer(q).best?.entry.id !== id);
    expect(phrasings.length).to.be.greaterThan(2000);
    expect(wrong.length / phrasings.length, wrong.slice(0, 10).join('\n')).to.be.below(0.01);
    // "Quant costa el gual?" is one of the gual entry's own phrasings: its author says the entry answers it.
    expect(index.answer('Quant costa el gual?').best?.entry.id).to.equal('gual');
  });

  it('does not take "caps de setmana" (weekends) for a health centre, nor a question in capitals for names', () => {
    expect(index.answer('Quin horari té la deixalleria els caps de setmana?').best?.entry.id).to.equal('deixalleria');
    expect(index.answer('QUIN HORARI TÉ LA DEIXALLERIA').best?.entry.id).to.equal('deixalleria');
  });

  describe('on a FAQ phrased once, in one language, as most councils’ are', () => {
    const plain = [
      { id: 'censo-canino', question: '¿Cómo inscribo a mi perro en el censo municipal de animales?', answer: 'Con el microchip y la cartilla de vacunas, en la Oficina de Atención Ciudadana.' },
      { id: 'recogida-muebles', question: '¿Cómo pido la recogida de muebles viejos?', answer: 'Llamando al 950 000 000; la recogida es gratuita y pasa los martes.' },
      { id: 'escuela-infantil', question: '¿Cuándo es la matrícula de la escuela infantil municipal?', answer: 'En abril, en la sede electrónica o en la escuela.' },
      { id: 'ibi', question: '¿Cómo pago el IBI?', answer: 'Con tarjeta en la sede electrónica, en el banco con la carta de pago o domiciliándolo.' },
    ];
    const indexOf = (faq: object[], language = LANGUAGE) => {
      const read = readFeedPage({ version: 'https://jsonfeed.org/version/1.1', title: 'FAQ', language: 'es', items: [], _digicanvis: { version: 1, councils: [], faq } });
      if (!read.ok) throw new Error(read.error.message);
      return new FaqIndex(readAssistantData(read.feed).faq, 'es', undefined, { language });
    };
    const answered = (faq: FaqIndex, question: string) => faq.answer(question).best?.entry.id;

    it('answers questions in other words and other languages, through words of the same meaning', () => {
      const faq = indexOf(plain);
      expect(answered(faq, 'com registro el meu gos al cens?')).to.equal('censo-canino');
      expect(answered(faq, 'recollida de mobles vells')).to.equal('recogida-muebles');
      expect(answered(faq, 'who collects old furniture')).to.equal('recogida-muebles');
      expect(answered(faq, 'com pago l’IBI?')).to.equal('ibi');
      expect(answered(faq, 'quin temps farà demà')).to.equal(undefined);
      expect(answered(faq, 'how do I renew my passport')).to.equal(undefined);
      // Without the language data's words of the same meaning, the Catalan question finds no Spanish entry.
      expect(answered(indexOf(plain, { ...LANGUAGE, concepts: '' }), 'com registro el meu gos al cens?')).to.equal(undefined);
    });

    it('answers an entry’s own question with that entry, when a longer one close to it is raised as far', () => {
      const faq = indexOf([
        { id: 'menor', question: 'Com demano el certificat de padró per a un menor?', answer: 'Amb el llibre de família, a l’OAC.' },
        { id: 'certificat', question: 'Com demano el certificat de padró?', answer: 'A la seu electrònica o a l’OAC.' },
      ]);
      expect(answered(faq, 'Com demano el certificat de padró?')).to.equal('certificat');
      expect(answered(faq, 'Com demano el certificat de padró per a un menor?')).to.equal('menor');
    });

    it('does not take a question in another language for the language of a FAQ written in one', () => {
      const faq = indexOf(plain);
      for (const question of ['how do I renew my passport', 'vull parlar amb una persona', 'hola'])
        expect(faq.answer(question).language, question).to.equal(undefined);
      const reply = replyTo('I want to talk to a person', { index: faq, projects: [], councils: new Map(), language: 'es', feedLanguage: 'es', misses: 0 });
      expect(reply.message.kind).to.equal('handover');
      expect('lang' in reply.message && reply.message.lang).to.equal(false);
    });

    it('answers an entry phrased once about its subject, and not sure of an out-of-scope question on another side of it', () => {
      // (Its one question names the subject: a subject needs three of an entry's phrasings only when it has three. The
      // out-of-scope question, phrased once too, is held against the entry's score after the boost.)
      const faq = indexOf([{ id: 'biblioteca', question: 'Horario de la biblioteca', answer: 'De lunes a viernes de 9 a 20 h.' }, ...plain], { ...LANGUAGE, outOfScope: 'Horario de la biblioteca de la universidad' });
      expect(answered(faq, '¿Qué horario tiene la biblioteca?')).to.equal('biblioteca');
      expect(answered(faq, 'horari de la biblioteca')).to.equal('biblioteca');
      expect(answered(faq, '¿Qué horario tiene la biblioteca de la universidad?')).to.equal(undefined);
    });

    it('matches an entry phrased many ways on its own words only', () => {
      const rich = indexOf(plain.map((entry) => ({ ...entry, alternatives: Array.from({ length: 20 }, (_, i) => entry.question.replace('?', ` (${i + 1})?`)) })));
      expect(answered(rich, 'recollida de mobles vells')).to.equal(undefined);
      expect(answered(rich, '¿Cómo pido la recogida de muebles viejos?')).to.equal('recogida-muebles');
    });
  });

  it('falls back to the entry’s own language when it has no translation', () => {
    const entry = readAssistantData(feed).faq.find((item) => item.id === 'volant-empadronament')!;
    expect(entryTexts(entry, 'eu', 'ca')).to.include({ lang: 'ca', answer: entry.answer });
    expect(entryTexts(entry, 'es-ES', 'ca').lang).to.equal('es');
  });
});

describe('replyTo', () => {
  it('hands over to a person when asked, in any of the three languages', () => {
    for (const text of ['Vull parlar amb una persona', 'quiero hablar con alguien', 'talk to a human please', 'telèfon'])
      expect(replyTo(text, context()).message, text).to.include({ kind: 'handover', misses: false });
  });

  it('hands over after two answers in a row it was not sure of', () => {
    const first = replyTo('quin temps farà demà', context());
    expect(first.message.kind).to.equal('unsure');
    expect(first.misses).to.equal(1);
    const second = replyTo('qui guanyarà la lliga', context(first.misses));
    expect(second.message).to.include({ kind: 'handover', misses: true });
    expect(second.misses).to.equal(0);
  });

  it('greets and thanks back without counting a miss', () => {
    expect(replyTo('hola', context(1))).to.deep.include({ misses: 1, message: { from: 'assistant', kind: 'hello' } });
    expect(replyTo('moltes gràcies!', context(1)).message.kind).to.equal('welcome');
  });

  it('finds projects near a council of the feed, nearest first', () => {
    const reply = replyTo('chatbots a prop de Girona', context()).message;
    if (reply.kind !== 'projects') throw new Error(`got ${reply.kind}`);
    expect(reply.place).to.equal('es-ine:17079');
    expect(reply.projects.length).to.be.greaterThan(0);
    const first = feed.projects.find((project) => project.id === reply.projects[0]);
    expect(`${first?.title} ${first?.summary}`.toLowerCase()).to.match(/chatbot|assistent|virtual/);
  });

  it('finds projects by subject, and keeps a FAQ question about projects for the FAQ', () => {
    const reply = replyTo('open data projects', context()).message;
    if (reply.kind !== 'projects') throw new Error(`got ${reply.kind}`);
    expect(reply.projects.length).to.be.greaterThan(0);
    expect(replyTo('Com pot el meu ajuntament afegir un projecte a l’observatori?', context()).message).to.include({ kind: 'answer', entry: 'observatori-afegir-projecte' });
  });
});

describe('intents and project questions', () => {
  it('reads greetings, thanks and requests for a person', () => {
    expect(intentOf('Bon dia!')).to.equal('greeting');
    expect(intentOf('gracias')).to.equal('thanks');
    expect(intentOf('I want to speak to someone')).to.equal('person');
    expect(intentOf('targeta per a persones amb mobilitat reduïda')).to.equal(undefined);
  });

  it('reads being told it is not helping, and hands over to a person at once', () => {
    for (const text of [
      'No m’entens!',
      'Aquest xat no serveix per a res',
      'això no m’ajuda',
      'No serveix de res',
      'no m’estàs ajudant',
      'Això és inútil',
      'No m’ajuda gens',
      'ets inútil, no entens res',
      'no sirves para nada',
      'No sirve de nada',
      'no me sirve',
      'Eso no es lo que he preguntado',
      'no me estás ayudando',
      '¿Por qué no me entiendes?',
      "You don't understand",
      "That's not what I asked",
      'not what I asked',
      'this is useless',
      "that doesn't answer my question",
      "you're not listening",
      'useless bot',
    ])
      expect(intentOf(text, LANGUAGE.frustration), text).to.equal('frustrated');
    // (Read with the language data only.)
    expect(intentOf('no m’entens')).to.equal(undefined);
    // Something else that does not work is a question; so is a complaint followed by a question.
    for (const text of [
      'El meu certificat digital no serveix, què faig?',
      'El meu certificat digital no serveix per a res',
      'Mi certificado digital no sirve para nada',
      'Això no serveix per al padró?',
      '¿Eso no sirve para el padrón?',
      '¿Por qué no me ayudas a pagar el IBI?',
      '¿Esto no sirve como justificante?',
      '¿No es esto obligatorio?',
      'El recibo no es lo que pedí',
      'L’import del rebut no és el que he demanat',
      'La app de incidencias no funciona',
      'What if you don’t understand Catalan?',
      'The receptionist was not helpful',
      'The staff at the office were not helpful, how do I complain?',
      'I gave the wrong answer on the form',
      'I applied for the grant but it didn’t help',
      'resposta incorrecta al formulari',
      'no m’entens: vull saber com pagar l’IBI',
    ])
      expect(intentOf(text, LANGUAGE.frustration), text).to.equal(undefined);
    const reply = replyTo('no m’has entès gens', context());
    expect(reply.message).to.include({ kind: 'handover', misses: true });
    expect(reply.misses).to.equal(0);
    expect(replyTo('no m’entens: vull saber com pagar l’IBI', context()).message).to.include({ kind: 'answer', entry: 'pagar-impostos' });
    expect(replyTo('El meu certificat digital no serveix per a res', context()).message).to.include({ kind: 'answer', entry: 'certificat-digital' });
  });

  it('names the place after "near", preferring the longest council name', () => {
    const question = projectQuestion('projectes de participació a prop de Sant Cugat del Vallès', feed.councils.values());
    expect(question?.place?.name).to.equal('Sant Cugat del Vallès');
    expect(question?.text).to.equal('participacio');
    expect(projectQuestion('com pago l’IBI', feed.councils.values())).to.equal(undefined);
  });

  it('builds the projects’ search index a slice at a time, and then finds as when built at once', async () => {
    const projects = [...feed.projects];
    expect(projectsIndexed(projects)).to.equal(false);
    await indexProjectsFor(projects, feed.councils);
    expect(projectsIndexed(projects)).to.equal(true);
    const question = projectQuestion('open data projects', feed.councils.values())!;
    expect(findProjects(question, projects, feed.councils).map((item) => item.project.id)).to.deep.equal(findProjects(question, feed.projects, feed.councils).map((item) => item.project.id));
  });

  it('gives every project of the place when only a place is asked about', () => {
    const question = projectQuestion('projects near Barcelona', feed.councils.values())!;
    const found = findProjects(question, feed.projects, feed.councils);
    expect(found.length).to.equal(5);
    const distances = found.map((item) => item.km ?? Infinity);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
  });
});

describe('the language model’s answer (llm.ts)', () => {
  it('asks for [0] when the entries do not answer, and reads it as a decline only when no entry is cited', () => {
    const [system] = modelMessages({ question: 'Quant costa el gual?', sources: [{ question: 'Com demano un gual?', answer: 'A la seu electrònica.', links: [] }], language: 'ca' });
    expect(system!.content).to.contain('reply with [0] and nothing else');
    expect(declined('[0]', 3)).to.equal(true);
    expect(declined(' [0]\n', 3)).to.equal(true);
    expect(declined('Les entrades no ho diuen. [0]', 3)).to.equal(true);
    expect(declined('Es demana a la seu electrònica [1]; el preu no hi consta [0].', 3)).to.equal(false);
    expect(declined('Es demana a la seu electrònica.', 3)).to.equal(false);
    // (A citation of an entry that was not sent is no citation.)
    expect(declined('[0] [7]', 3)).to.equal(true);
    expect(citedSources('Sí [2], i també [1] i [2].', 3)).to.deep.equal([1, 0]);
    expect(citedSources('Sense fonts.', 2)).to.deep.equal([0, 1]);
  });
});

describe('the conversation in sessionStorage', () => {
  it('survives being saved and read again, and is forgotten when cleared', () => {
    saveConversation('test', { messages: [{ from: 'visitor', text: 'hola' }, { from: 'assistant', kind: 'hello' }], misses: 1 });
    expect(loadConversation('test')).to.deep.equal({ messages: [{ from: 'visitor', text: 'hola' }, { from: 'assistant', kind: 'hello' }], misses: 1 });
    forgetConversation('test');
    expect(loadConversation('test')).to.equal(undefined);
  });

  it('keeps only the messages it can show, whatever another version or script stored', () => {
    const good = [
      { from: 'visitor', text: 'hola' },
      { from: 'assistant', kind: 'answer', entry: 'gual', lang: 'ca', question: 'gual?', helpful: true },
      { from: 'assistant', kind: 'unsure', suggestions: ['gual'] },
      { from: 'assistant', kind: 'handover', misses: true },
      { from: 'assistant', kind: 'projects', projects: ['a'], place: 'es-ine:17079' },
      { from: 'assistant', kind: 'area', area: 'social', entries: [], projects: [] },
      { from: 'assistant', kind: 'generated', text: 'x [1]', sources: ['gual'], cited: [0], lang: 'ca', question: 'q' },
    ];
    const bad = [
      { from: 'assistant', kind: 'answer', entry: 'gual' },
      { from: 'assistant', kind: 'unsure' },
      { from: 'assistant', kind: 'projects', projects: [1] },
      { from: 'assistant', kind: 'generated', text: 'x', sources: ['gual'], cited: ['0'], lang: 'ca', question: 'q' },
      { from: 'assistant', kind: 'handover' },
      { from: 'someone', text: 'x' },
      { from: 'assistant', kind: 'future' },
    ];
    sessionStorage.setItem('digicanvis-assistant:kinds', JSON.stringify({ messages: [...bad, ...good], misses: 0 }));
    expect(loadConversation('kinds')?.messages).to.deep.equal(good);
  });

  it('ignores what it cannot read', () => {
    sessionStorage.setItem('digicanvis-assistant:bad', '{"messages":[null,{"from":"visitor"},{"from":"visitor","text":"ok"}]}');
    expect(loadConversation('bad')?.messages).to.deep.equal([{ from: 'visitor', text: 'ok' }]);
    sessionStorage.setItem('digicanvis-assistant:bad', 'not json');
    expect(loadConversation('bad')).to.equal(undefined);
  });
});
