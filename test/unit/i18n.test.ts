import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import {
  LocaleController,
  UI_LANGUAGES,
  catalogFor,
  contextLanguage,
  describeFeedError,
  intlLocales,
  formatCurrency,
  loadCatalog,
  preloadCatalog,
  translate,
  uiLanguageFor,
  useCatalogPart,
} from '../../src/i18n/index.js';
import { formatDate, formatDuration, formatFileSize } from '../../src/i18n/format-details.js';

/** Renders one UI string, as the elements do: nothing until its catalog is there. */
class LocaleProbe extends LitElement {
  readonly locale = new LocaleController(this);
  renders: string[] = [];
  protected override getUpdateComplete(): Promise<boolean> {
    return this.locale.settled(() => super.getUpdateComplete());
  }
  override render() {
    const text = this.locale.ready ? this.locale.t('sort.label') : '';
    this.renders.push(text);
    return text ? html`<span>${text}</span>` : nothing;
  }
}
customElements.define('dc-test-locale-probe', LocaleProbe);

/** Whether the page has requested the module of a language's catalog (or of a part of it: `es-errors`). */
const requested = (lang: string) =>
  performance.getEntriesByType('resource').some((entry) => new RegExp(`/i18n/messages/${lang}\\.[jt]s`).test(entry.name));

/** A probe mounted in a container of the given language, settled. */
async function probeIn(lang: string): Promise<LocaleProbe> {
  const wrapper = document.body.appendChild(document.createElement('div'));
  wrapper.lang = lang;
  const probe = wrapper.appendChild(document.createElement('dc-test-locale-probe')) as LocaleProbe;
  await probe.updateComplete;
  return probe;
}

const loadAll = () => Promise.all(UI_LANGUAGES.map((lang) => loadCatalog(lang)));

describe('i18n', () => {
  const originalLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = originalLang;
  });

  // First: the tests below load every catalog, and a page keeps what it has loaded.
  it('downloads the catalog of a language only when an element shows that language', async () => {
    expect(UI_LANGUAGES.map((lang) => catalogFor(lang))).to.deep.equal(UI_LANGUAGES.map(() => undefined));
    document.documentElement.lang = 'es-ES';
    const probe = await fixture<LocaleProbe>(html`<dc-test-locale-probe></dc-test-locale-probe>`);
    expect(probe.shadowRoot!.textContent).to.equal('Ordenar por');
    // Until the strings came, it rendered no text at all, not keys.
    expect(probe.renders.filter((text) => text !== 'Ordenar por').every((text) => text === '')).to.equal(true);
    expect(requested('es')).to.equal(true);
    expect(requested('ca')).to.equal(false);
    expect(requested('en')).to.equal(false);

    // A language switch downloads the new catalog, then re-renders: never a render without strings in between.
    probe.renders = [];
    document.documentElement.lang = 'ca';
    await waitUntil(() => probe.shadowRoot!.textContent === 'Ordena per', 'the probe did not switch to Catalan');
    expect(requested('ca')).to.equal(true);
    expect(probe.renders.every((text) => text === 'Ordenar por' || text === 'Ordena per')).to.equal(true);
  });

  // Second: no element of this page has shown an error yet.
  it('downloads the error messages only when an error must be shown, except those for an unreachable feed', async () => {
    const probe = await probeIn('es');
    expect(requested('es-errors')).to.equal(false);
    expect(catalogFor('es')?.['error.http']).to.equal(undefined);
    // An unreachable feed is explained at once: with the network down nothing more could be downloaded.
    expect(describeFeedError(probe.locale, { code: 'network', message: '' })).to.equal(
      'No se ha podido acceder al canal. Compruebe la conexión y vuelva a intentarlo.',
    );
    expect(probe.locale.t('error.retry')).to.equal('Reintentar');
    expect(requested('es-errors')).to.equal(false);

    // Any other message is not there yet: asking for it downloads the error messages, and updateComplete waits for them.
    expect(describeFeedError(probe.locale, { code: 'http', message: '', status: 500 })).to.equal(undefined);
    expect(probe.locale.has('errors')).to.equal(false);
    await probe.updateComplete;
    expect(requested('es-errors')).to.equal(true);
    expect(probe.locale.has('errors')).to.equal(true);
    expect(describeFeedError(probe.locale, { code: 'http', message: '', status: 500 })).to.equal(
      'La dirección del canal ha respondido con el error 500.',
    );
    probe.parentElement!.remove();
  });

  it('preloads the catalog for a language tag, falling back like the elements', async () => {
    await preloadCatalog('en-GB');
    expect(catalogFor('en')?.['sort.label']).to.equal('Sort by');
    await preloadCatalog('');
    expect(catalogFor(uiLanguageFor(navigator.language))).to.not.equal(undefined);
  });

  it('has every string, non-empty, in Catalan, Spanish and English', async () => {
    await Promise.all(UI_LANGUAGES.flatMap((lang) => [useCatalogPart('details', lang), useCatalogPart('errors', lang)]));
    const [ca, es, en] = await loadAll();
    const keys = Object.keys(en).sort();
    for (const [lang, catalog] of [['ca', ca], ['es', es]] as const) {
      expect(Object.keys(catalog).sort(), lang).to.deep.equal(keys);
    }
    for (const catalog of [ca, es, en]) {
      for (const message of Object.values(catalog)) {
        const forms = typeof message === 'string' ? [message] : Object.values(message);
        for (const form of forms) expect(form.trim()).to.not.equal('');
      }
    }
  });

  it('matches UI languages on the primary subtag and falls back to Spanish or English', () => {
    expect(uiLanguageFor('ca-ES')).to.equal('ca');
    expect(uiLanguageFor('ca-ES-valencia')).to.equal('ca');
    expect(uiLanguageFor('ES')).to.equal('es');
    expect(uiLanguageFor('en-GB')).to.equal('en');
    expect(uiLanguageFor('eu')).to.equal('eu');
    expect(uiLanguageFor('gl-ES')).to.equal('gl');
    expect(uiLanguageFor('oc-aranese')).to.equal('oc');
    expect(uiLanguageFor('ast')).to.equal('es');
    expect(uiLanguageFor('an')).to.equal('es');
    expect(uiLanguageFor('fr')).to.equal('en');
    expect(uiLanguageFor('')).to.equal('en');
  });

  it('reads the nearest lang attribute, crossing shadow roots to their hosts', async () => {
    const outer = document.createElement('div');
    outer.lang = 'es-ES';
    const section = outer.appendChild(document.createElement('section'));
    section.setAttribute('lang', '');
    const host = section.appendChild(document.createElement('div'));
    document.body.append(outer);
    const root = host.attachShadow({ mode: 'open' });
    const span = root.appendChild(document.createElement('p')).appendChild(document.createElement('span'));
    expect(contextLanguage(span)).to.equal('es-ES');
    outer.remove();
  });

  it('falls back to the document language', async () => {
    document.documentElement.lang = 'ca';
    const plain = document.body.appendChild(document.createElement('div'));
    expect(contextLanguage(plain)).to.equal('ca');
    plain.remove();
  });

  it('re-renders elements when the document language changes', async () => {
    document.documentElement.lang = 'en';
    const probe = await fixture<LocaleProbe>(html`<dc-test-locale-probe></dc-test-locale-probe>`);
    expect(probe.shadowRoot!.textContent).to.equal('Sort by');
    document.documentElement.lang = 'ca';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Ordena per');
    document.documentElement.lang = 'es';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Ordenar por');
  });

  it('picks plural forms and formats numbers for the language', async () => {
    await loadAll();
    expect(translate('en', 'list.count', { count: 1 })).to.equal('1 project');
    expect(translate('en', 'list.count', { count: 1234 })).to.equal('1,234 projects');
    expect(translate('ca', 'list.count', { count: 1 })).to.equal('1 projecte');
    expect(translate('ca', 'list.count', { count: 75 })).to.equal('75 projectes');
    expect(translate('es', 'list.count', { count: 0 })).to.equal('0 proyectos');
  });

  it('formats currency, dates, sizes and durations with Intl', () => {
    expect(formatCurrency(42000, 'EUR', 'en')).to.equal('€42,000');
    expect(formatCurrency(42000, 'EUR', 'ca')).to.match(/^42\.000\s€$/);
    expect(formatCurrency(1500.5, 'EUR', 'es')).to.match(/^1500,50\s€$/);
    expect(formatCurrency(10, 'NOT-A-CODE', 'en')).to.equal('10 NOT-A-CODE');
    expect(formatDate('2023-03-01', 'en')).to.equal('March 1, 2023');
    expect(formatDate('2023-03-01', 'ca')).to.equal('1 de març del 2023');
    expect(formatFileSize(2_345_678, 'en')).to.equal('2.3 MB');
    expect(formatFileSize(850_000, 'en')).to.equal('850 kB');
    expect(formatDuration(252, 'en')).to.equal('4 min 12 sec');
    expect(formatDuration(3600 + 5, 'en')).to.equal('1 hr 5 sec');
  });

  it('explains every feed error in the reader’s language', async () => {
    await Promise.all(UI_LANGUAGES.map((lang) => useCatalogPart('errors', lang)));
    const [ca, es, en] = await Promise.all(['ca', 'es', 'en'].map(probeIn));
    expect(describeFeedError(en!.locale, { code: 'http', message: 'HTTP 404', status: 404 })).to.equal(
      'The feed address answered with error 404.',
    );
    expect(describeFeedError(ca!.locale, { code: 'version-unsupported', message: '', version: 2 })).to.contain('versió 2');
    expect(describeFeedError(es!.locale, { code: 'html', message: '' })).to.equal(
      'La dirección ha devuelto una página web, no un canal.',
    );
    for (const probe of [ca, es, en]) probe!.parentElement!.remove();
  });

  it('marks the UI language on the wrapper where it is not the language of the content around the element', async () => {
    const cases: [string, string | undefined, string][] = [
      // page language, the wrapper's lang (none: the same as the page's), the language feed text is compared with
      ['ca', undefined, 'ca'],
      ['ca-ES', undefined, 'ca-ES'],
      ['en-GB', undefined, 'en-GB'],
      ['ast', 'es', 'es'],
      ['an', 'es', 'es'],
      ['eu', undefined, 'eu'],
      ['de', 'en', 'en'],
      ['fr-CA', 'en', 'en'],
    ];
    for (const [page, uiLang, textLanguage] of cases) {
      const probe = await probeIn(page);
      expect([probe.locale.uiLang, probe.locale.textLanguage], page).to.deep.equal([uiLang, textLanguage]);
      probe.parentElement!.remove();
    }
  });

  it('reads past the lang of an element’s UI wrapper (data-dc-ui) to the content language', () => {
    const page = document.body.appendChild(document.createElement('div'));
    page.lang = 'eu';
    const host = page.appendChild(document.createElement('div'));
    const wrapper = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
    wrapper.lang = 'es';
    wrapper.setAttribute('data-dc-ui', '');
    const inner = wrapper.appendChild(document.createElement('span'));
    expect(contextLanguage(inner)).to.equal('eu');
    wrapper.removeAttribute('data-dc-ui');
    expect(contextLanguage(inner)).to.equal('es');
    page.remove();
  });
});

describe('every UI language', () => {
  const parts = ['', '-details', '-errors', '-filter', '-map', '-forum', '-assistant'];
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
  const forms = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as Record<string, string>));

  it('has every string of the English reference, with the same placeholders, and plural forms its language uses', async () => {
    for (const part of parts) {
      const english = ((await import(`../../src/i18n/messages/en${part}.ts`)) as { default: Record<string, unknown> }).default;
      for (const lang of UI_LANGUAGES) {
        const strings = ((await import(`../../src/i18n/messages/${lang}${part}.ts`)) as { default: Record<string, unknown> }).default;
        expect(Object.keys(strings), `${lang}${part}: keys`).to.deep.equal(Object.keys(english));
        for (const [key, value] of Object.entries(strings)) {
          const reference = forms(english[key]).flatMap(placeholders);
          for (const form of forms(value)) {
            expect(form.trim(), `${lang} ${key}`).to.not.equal('');
            // A form may leave out {count} ("one project"), never add one the English lacks.
            for (const name of placeholders(form)) expect(reference, `${lang} ${key}: {${name}}`).to.include(name);
          }
          if (typeof value !== 'string') {
            expect(value, `${lang} ${key}`).to.have.property('other');
            // "one" where the language has it ("many", of millions in some languages, falls back to "other").
            const categories = new Intl.PluralRules(intlLocales(lang)).resolvedOptions().pluralCategories;
            if (categories.includes('one')) expect(value, `${lang} ${key}: the "one" form`).to.have.property('one');
          }
        }
      }
    }
  });

  it('names the same action the same way in every element (WCAG 3.2.4): "try again" after a failure', async () => {
    for (const lang of UI_LANGUAGES) {
      const load = async (part: string) => ((await import(`../../src/i18n/messages/${lang}${part}.ts`)) as { default: Record<string, string> }).default;
      const [core, forum, assistant] = await Promise.all([load(''), load('-forum'), load('-assistant')]);
      expect([forum['forum.retry'], assistant['assistant.retry']], lang).to.deep.equal([core['error.retry'], core['error.retry']]);
    }
  });

  it('formats numbers of Occitan, Basque and Galician pages as their nearest language where the browser lacks them', () => {
    expect(intlLocales('oc')).to.deep.equal(['oc', 'ca']);
    expect(new Intl.NumberFormat(intlLocales('oc')).format(1234.5)).to.equal('1.234,5');
    expect(new Intl.NumberFormat(intlLocales('eu')).format(12345.5)).to.equal('12.345,5');
    expect(intlLocales('ca')).to.deep.equal(['ca']);
  });
});
