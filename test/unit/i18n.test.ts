import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  LocaleController,
  catalogs,
  contextLanguage,
  describeFeedError,
  formatCurrency,
  formatDate,
  formatDuration,
  formatFileSize,
  translate,
  uiLanguageFor,
} from '../../src/i18n/index.js';

class LocaleProbe extends LitElement {
  readonly locale = new LocaleController(this);
  override render() {
    return html`<span>${this.locale.t('list.sortLabel')}</span>`;
  }
}
customElements.define('dc-test-locale-probe', LocaleProbe);

describe('i18n', () => {
  const originalLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = originalLang;
  });

  it('has every string, non-empty, in Catalan, Spanish and English', () => {
    const keys = Object.keys(catalogs.en).sort();
    for (const lang of ['ca', 'es'] as const) {
      expect(Object.keys(catalogs[lang]).sort(), lang).to.deep.equal(keys);
    }
    for (const catalog of Object.values(catalogs)) {
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
    expect(uiLanguageFor('eu')).to.equal('es');
    expect(uiLanguageFor('gl-ES')).to.equal('es');
    expect(uiLanguageFor('oc')).to.equal('es');
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

  it('picks plural forms and formats numbers for the language', () => {
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

  it('explains every feed error in the reader’s language', () => {
    expect(describeFeedError('en', { code: 'http', message: 'HTTP 404', status: 404 })).to.equal(
      'The feed address answered with error 404.',
    );
    expect(describeFeedError('ca', { code: 'version-unsupported', message: '', version: 2 })).to.contain('versió 2');
    expect(describeFeedError('es', { code: 'html', message: '' })).to.equal('La dirección ha devuelto una página web, no un canal.');
  });
});
