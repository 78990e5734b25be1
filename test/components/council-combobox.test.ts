import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { CouncilCombobox, matchCouncils, type ComboboxTexts } from '../../src/components/proximity-map/council-combobox.js';
import { councilComboboxStyles } from '../../src/components/proximity-map/council-combobox.styles.js';
import type { Council } from '../../src/feed/types.js';
import { sharedStyles } from '../../src/styles/shared.styles.js';

/*
 * The council chooser of <dc-proximity-map>, in a small host element of its own, over 40 real Catalan
 * municipalities. Rows copied from demo/data/municipalities-catalonia.csv (ine_code, name, latitude, longitude,
 * population): source GeoNames (geonames.org), CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
 */
const CSV = `08019,Barcelona,41.38879,2.15899,1621537
08101,L'Hospitalet de Llobregat,41.35967,2.10028,257038
08015,Badalona,41.45004,2.24741,219547
08279,Terrassa,41.56667,2.01667,210941
08187,Sabadell,41.54329,2.10942,206493
43148,Tarragona,41.11667,1.25,140323
25120,Lleida,41.61674,0.62218,135919
08121,Mataró,41.54211,2.4445,121722
08245,Santa Coloma de Gramenet,41.45152,2.2081,119717
43123,Reus,41.15612,1.10687,107118
17079,Girona,41.98311,2.82493,96188
08200,Sant Boi de Llobregat,41.34357,2.03659,82428
08205,Sant Cugat del Vallès,41.47063,2.08611,79253
08113,Manresa,41.72815,1.82399,76558
08184,Rubí,41.49226,2.03305,72987
08307,Vilanova i la Geltrú,41.22392,1.72511,65890
08301,Viladecans,41.31405,2.01427,63489
08169,El Prat de Llobregat,41.32784,2.09472,63418
08056,Castelldefels,41.27794,1.97033,62080
08096,Granollers,41.60797,2.28773,60658
08266,Cerdanyola del Vallès,41.49109,2.14079,58747
17066,Figueres,42.26645,2.96163,43330
08211,Sant Feliu de Llobregat,41.38333,2.05,42919
17023,Blanes,41.67419,2.79036,40047
08298,Vic,41.93012,2.25486,39844
17095,Lloret de Mar,41.69993,2.84565,39363
08250,Igualada,41.58098,1.6172,38918
08305,Vilafranca del Penedès,41.34618,1.69713,38425
08180,Ripollet,41.49686,2.15739,37088
43163,El Vendrell,41.21667,1.53333,35821
08263,Sant Vicenç dels Horts,41.39317,2.00689,27701
08054,Sant Andreu de la Barca,41.44659,1.97187,26401
08238,Sant Quirze del Vallès,41.53333,2.08333,18462
25203,La Seu d'Urgell,42.35877,1.46144,13063
17022,la Bisbal d'Empordà,41.95,3.05,10385
17062,l'Escala,42.12562,3.13261,10140
08049,Gironella,42.03433,1.88019,4867
17083,Hostalric,41.75,2.63333,3442
43108,El Pla de Santa Maria,41.36336,1.29152,2371
08239,Sant Quirze Safaja,41.73333,2.15,0`;

const COUNCILS: readonly Council[] = CSV.split('\n').map((line) => {
  const [code, name, lat, lon, population] = line.split(',') as [string, string, string, string, string];
  return { id: `es-ine:${code}`, name, kind: 'municipality', country: 'ES', population: Number(population), location: { lat: Number(lat), lon: Number(lon) } };
});

const names = (councils: readonly Council[]) => councils.map((council) => council.name);
const find = (query: string, limit?: number) => names(matchCouncils(COUNCILS, query, limit));

const TEXTS: ComboboxTexts = {
  label: 'Your council',
  placeholder: 'Type its name',
  results: (count) => (count === 1 ? '1 council' : `${count} councils`),
  more: (hidden) => `(${hidden} more: keep typing)`,
  none: 'No council matches',
  kind: (council) => `Municipality · ${council.country}`,
};

/** A host as <dc-proximity-map> will be: the chooser in its shadow root, inside a form, with a button after it. */
class TestChooserHost extends LitElement {
  static override styles = [sharedStyles, councilComboboxStyles];
  readonly chosen: Council[] = [];
  submits = 0;
  readonly chooser = new CouncilCombobox(this, { texts: () => TEXTS, onChoose: (council) => this.chosen.push(council), idPrefix: 'home' });

  override render() {
    return html`
      <form
        @submit=${(event: Event) => {
          event.preventDefault();
          this.submits++;
        }}
      >
        ${this.chooser.render()}
        <button type="submit">Show</button>
      </form>
    `;
  }
}
customElements.define('dc-test-chooser-host', TestChooserHost);

async function mount(councils: readonly Council[] = COUNCILS, width = '') {
  const host = await fixture<TestChooserHost>(html`<dc-test-chooser-host style=${width ? `inline-size: ${width}` : ''}></dc-test-chooser-host>`);
  host.chooser.councils = councils;
  host.requestUpdate();
  await host.updateComplete;
  return host;
}

const root = (host: TestChooserHost) => host.shadowRoot!;
const input = (host: TestChooserHost) => root(host).querySelector<HTMLInputElement>('[part~="chooser-input"]')!;
const list = (host: TestChooserHost) => root(host).querySelector<HTMLElement>('[part~="chooser-list"]')!;
const options = (host: TestChooserHost) => [...root(host).querySelectorAll<HTMLElement>('[part~="chooser-option"]')];
const optionNames = (host: TestChooserHost) => options(host).map((option) => option.querySelector('.name')!.textContent);
const status = (host: TestChooserHost) => root(host).querySelector('[role="status"]')!.textContent!.trim();
const expanded = (host: TestChooserHost) => input(host).getAttribute('aria-expanded');
const activeOption = (host: TestChooserHost) => {
  const id = input(host).getAttribute('aria-activedescendant');
  return id ? root(host).getElementById(id) : null;
};

async function press(host: TestChooserHost, key: string) {
  await sendKeys({ press: key });
  await host.updateComplete;
}

async function type(host: TestChooserHost, text: string) {
  input(host).focus();
  await sendKeys({ type: text });
  await host.updateComplete;
}

/** Every distinct text the status shows from now on. */
function statusChanges(host: TestChooserHost) {
  const seen: string[] = [];
  const region = root(host).querySelector('[role="status"]')!;
  let last = region.textContent;
  const observer = new MutationObserver(() => {
    if (region.textContent === last) return;
    last = region.textContent;
    seen.push(last!.trim());
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

afterEach(() => resetMouse());

describe('council chooser', () => {
  describe('accessibility (axe)', () => {
    it('closed, open with an active option, and with no match', async () => {
      const host = await mount();
      await expect(host).to.be.accessible();

      await type(host, 'sant');
      await press(host, 'ArrowDown');
      expect(expanded(host)).to.equal('true');
      await expect(host).to.be.accessible();

      await sendKeys({ type: 'qzx' });
      await waitUntil(() => status(host) === 'No council matches', 'the status never said there was no match', { timeout: 2000 });
      expect(expanded(host)).to.equal('false');
      await expect(host).to.be.accessible();
    });
  });

  describe('matchCouncils', () => {
    it('finds names without their accents, case, apostrophes or spaces', () => {
      expect(find('lhospitalet')[0]).to.equal("L'Hospitalet de Llobregat");
      expect(find("l'hospitalet")[0]).to.equal("L'Hospitalet de Llobregat");
      expect(find('L HOSPITALET')[0]).to.equal("L'Hospitalet de Llobregat");
      expect(find('sant cugat')).to.deep.equal(['Sant Cugat del Vallès']);
      expect(find('santcugat')).to.deep.equal(['Sant Cugat del Vallès']);
      expect(find('GIRONA')).to.deep.equal(['Girona']);
      expect(find('giròna')).to.deep.equal(['Girona']);
      expect(find('mataro')).to.deep.equal(['Mataró']);
      expect(find('penedes')).to.deep.equal(['Vilafranca del Penedès']);
      expect(find('bisbal d emporda')).to.deep.equal(["la Bisbal d'Empordà"]);
    });

    it('ranks a name that starts with the query, then a word that does, then a name that contains it', () => {
      // Terrassa (210,941 inhabitants) and Manresa only contain "sa": they come after every name that starts with
      // it, the smallest included, and after El Pla de Santa Maria, where a word starts with it.
      const found = find('sa');
      expect(found.slice(0, 9)).to.deep.equal([
        'Sabadell',
        'Santa Coloma de Gramenet',
        'Sant Boi de Llobregat',
        'Sant Cugat del Vallès',
        'Sant Feliu de Llobregat',
        'Sant Vicenç dels Horts',
        'Sant Andreu de la Barca',
        'Sant Quirze del Vallès',
        'Sant Quirze Safaja',
      ]);
      expect(found.slice(9)).to.deep.equal(['El Pla de Santa Maria', 'Terrassa', 'Manresa']);
      expect(find('giron')).to.deep.equal(['Girona', 'Gironella']);
      expect(find('llobregat')).to.deep.equal(["L'Hospitalet de Llobregat", 'Sant Boi de Llobregat', 'El Prat de Llobregat', 'Sant Feliu de Llobregat']);
    });

    it("puts names that match with the visitor's own spacing first", () => {
      expect(find('sant a')[0]).to.equal('Sant Andreu de la Barca');
      expect(find('santa')[0]).to.equal('Santa Coloma de Gramenet');
    });

    it('breaks ties by population, then by name; unknown populations last', () => {
      const unknown = COUNCILS.map(({ population: _population, ...council }) => council);
      expect(names(matchCouncils(unknown, 'sant q'))).to.deep.equal(['Sant Quirze del Vallès', 'Sant Quirze Safaja']);
      expect(names(matchCouncils(unknown, 'vil'))).to.deep.equal(['Viladecans', 'Vilafranca del Penedès', 'Vilanova i la Geltrú']);
      const mixed = [...unknown.slice(0, 3), COUNCILS[36]!];
      expect(names(matchCouncils(mixed, 'a'))).to.deep.equal(['Gironella', 'Badalona', 'Barcelona', "L'Hospitalet de Llobregat"]);
    });

    it('gives at most `limit` matches', () => {
      expect(find('sant', 3)).to.deep.equal(['Santa Coloma de Gramenet', 'Sant Boi de Llobregat', 'Sant Cugat del Vallès']);
      expect(find('sant', 0)).to.deep.equal([]);
    });

    it('takes junk, patterns, markup, emoji and a 10,000-character query without harm', () => {
      for (const junk of ['', '   ', '.*', '(', '[a-z]+', '\\', '$^', '%', '💥', '🏳️‍🌈🏳️‍🌈', '<img src=x onerror=alert(1)>', '\u0000\u200b']) {
        expect(find(junk), JSON.stringify(junk)).to.deep.equal([]);
      }
      expect(find('🏙️ girona')).to.deep.equal(['Girona']);
      const started = performance.now();
      expect(find('a'.repeat(10_000))).to.deep.equal([]);
      expect(find(`girona ${'x'.repeat(10_000)}`)).to.deep.equal([]);
      expect(find('🏙️'.repeat(10_000))).to.deep.equal([]);
      expect(performance.now() - started).to.be.below(100);
    });

    // Speed is not timed here (budgets live in benchmarks): these check that a feed of thousands of councils answers right.
    it('answers over 8,000 councils, at most `limit` of them, best first', () => {
      // 8,000 councils with real names and distinct ids (each name 200 times, as big feeds repeat "Sant …" a lot).
      const many: Council[] = [];
      for (let copy = 0; many.length < 8000; copy++) for (const council of COUNCILS) many.push({ ...council, id: `${council.id}-${copy}`, population: (council.population ?? 0) + copy });
      const found = matchCouncils(many, 'sant cug', 8);
      expect(found).to.have.length(8);
      expect(found.every((council) => council.name === 'Sant Cugat del Vallès')).to.equal(true);
      // Ties by population, largest first.
      expect(found.map((council) => council.population)).to.deep.equal([...found.map((council) => council.population)].sort((a, b) => b! - a!));
      expect(matchCouncils(many, 'lhosp', 3).map((council) => council.name)).to.deep.equal(Array(3).fill("L'Hospitalet de Llobregat"));
    });

    it('renders the options of each keystroke over 8,000 councils', async () => {
      const many: Council[] = [];
      for (let copy = 0; many.length < 8000; copy++) for (const council of COUNCILS) many.push({ ...council, id: `${council.id}-${copy}` });
      const host = await mount(many);
      input(host).focus();
      for (const text of ['s', 'sa', 'san', 'sant', 'sant ', 'sant c', 'sant cu']) {
        input(host).value = text;
        input(host).dispatchEvent(new InputEvent('input', { data: text.at(-1)!, bubbles: true, composed: true }));
        await host.updateComplete;
        expect(options(host).length).to.be.within(1, 8);
      }
      expect(options(host).every((option) => option.textContent!.includes('Sant Cugat del Vallès'))).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('types, moves with Down, chooses with Enter, and shows the chosen name', async () => {
      const host = await mount();
      await type(host, 'gir');
      expect(expanded(host)).to.equal('true');
      expect(optionNames(host)).to.deep.equal(['Girona', 'Gironella']);
      expect(activeOption(host)).to.equal(null);

      await press(host, 'ArrowDown');
      expect(activeOption(host)?.querySelector('.name')?.textContent).to.equal('Girona');
      expect(activeOption(host)?.getAttribute('aria-selected')).to.equal('true');
      expect(document.activeElement).to.equal(host);
      expect(root(host).activeElement).to.equal(input(host));

      await press(host, 'Enter');
      expect(host.chosen.map((council) => council.id)).to.deep.equal(['es-ine:17079']);
      expect(host.chooser.value?.name).to.equal('Girona');
      expect(input(host).value).to.equal('Girona');
      expect(expanded(host)).to.equal('false');
      expect(list(host).hidden).to.equal(true);
      expect(host.submits, 'Enter submitted the form').to.equal(0);
    });

    it('moves aria-activedescendant with Down and Up, wrapping around, with one option selected', async () => {
      const host = await mount();
      await type(host, 'llobregat');
      const ids = options(host).map((option) => option.id);
      expect(ids).to.have.length(4);
      const seen: (string | null)[] = [];
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp']) {
        await press(host, key);
        seen.push(input(host).getAttribute('aria-activedescendant'));
        expect(options(host).filter((option) => option.getAttribute('aria-selected') === 'true').map((option) => option.id)).to.deep.equal([seen.at(-1)]);
      }
      expect(seen).to.deep.equal([ids[0], ids[1], ids[2], ids[3], ids[0], ids[3], ids[2]]);
    });

    it('opens with Down (on the first option) or Up (on the last) when closed; Alt+Down opens without moving, Alt+Up closes', async () => {
      const host = await mount();
      const activeName = () => activeOption(host)?.querySelector('.name')?.textContent;
      await type(host, 'vic');
      expect(optionNames(host)).to.deep.equal(['Vic', 'Sant Vicenç dels Horts']);
      await press(host, 'Escape');
      expect(expanded(host)).to.equal('false');
      await sendKeys({ down: 'Alt' });
      await press(host, 'ArrowDown');
      expect(expanded(host)).to.equal('true');
      expect(activeOption(host)).to.equal(null);
      await press(host, 'ArrowUp');
      await sendKeys({ up: 'Alt' });
      expect(expanded(host)).to.equal('false');
      await press(host, 'ArrowDown');
      expect(expanded(host)).to.equal('true');
      expect(activeName()).to.equal('Vic');
      await press(host, 'Escape');
      await press(host, 'ArrowUp');
      expect(activeName()).to.equal('Sant Vicenç dels Horts');
    });

    it('closes with Escape, then clears the text with a second Escape', async () => {
      const host = await mount();
      await type(host, 'sant');
      await press(host, 'ArrowDown');
      await press(host, 'Escape');
      expect(expanded(host)).to.equal('false');
      expect(input(host).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(input(host).value).to.equal('sant');
      await press(host, 'Escape');
      expect(input(host).value).to.equal('');
      expect(host.chosen).to.deep.equal([]);
    });

    it('closes with Tab without choosing, and focus moves on', async () => {
      const host = await mount();
      await type(host, 'reus');
      await press(host, 'ArrowDown');
      await press(host, 'Tab');
      expect(expanded(host)).to.equal('false');
      expect(host.chosen).to.deep.equal([]);
      expect(root(host).activeElement?.localName).to.equal('button');
    });

    it('keeps Home and End for the text, and Enter with no active option neither chooses nor submits', async () => {
      const host = await mount();
      await type(host, 'sant');
      await press(host, 'ArrowDown');
      await press(host, 'Home');
      expect(input(host).selectionStart).to.equal(0);
      expect(activeOption(host)).to.equal(null);
      expect(expanded(host)).to.equal('true');
      await press(host, 'End');
      expect(input(host).selectionStart).to.equal(4);
      await press(host, 'Enter');
      expect(host.chosen).to.deep.equal([]);
      expect(host.submits).to.equal(0);
    });

    it('does not search in the middle of an IME composition', async () => {
      const host = await mount();
      const field = input(host);
      field.focus();
      field.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
      field.value = 'gir';
      field.dispatchEvent(new InputEvent('input', { data: 'gir', isComposing: true, bubbles: true, composed: true }));
      await host.updateComplete;
      expect(expanded(host)).to.equal('false');
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true, cancelable: true }));
      expect(host.chosen).to.deep.equal([]);
      field.dispatchEvent(new CompositionEvent('compositionend', { data: 'gir' }));
      await host.updateComplete;
      expect(expanded(host)).to.equal('true');
      expect(optionNames(host)).to.deep.equal(['Girona', 'Gironella']);
    });
  });

  describe('pointer and focus', () => {
    it('chooses the option clicked', async () => {
      const host = await mount();
      await type(host, 'llobregat');
      const target = options(host)[2]!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(target.x + target.width / 2), Math.round(target.y + target.height / 2)] });
      await host.updateComplete;
      expect(host.chosen.map((council) => council.name)).to.deep.equal(['El Prat de Llobregat']);
      expect(input(host).value).to.equal('El Prat de Llobregat');
      expect(expanded(host)).to.equal('false');
      expect(root(host).activeElement).to.equal(input(host));
    });

    it('closes on blur, and the field shows the chosen council again', async () => {
      const host = await mount();
      host.chooser.value = COUNCILS[10];
      await host.updateComplete;
      expect(input(host).value).to.equal('Girona');
      input(host).focus();
      input(host).select();
      await sendKeys({ type: 'reu' });
      await host.updateComplete;
      expect(expanded(host)).to.equal('true');
      input(host).blur();
      await host.updateComplete;
      expect(expanded(host)).to.equal('false');
      expect(input(host).value).to.equal('Girona');
      expect(host.chosen).to.deep.equal([]);
    });

    it('focus() puts the caret in the field', async () => {
      const host = await mount();
      host.chooser.focus();
      expect(root(host).activeElement).to.equal(input(host));
    });
  });

  describe('status', () => {
    it('announces the count once the typing pauses, once per burst', async () => {
      const host = await mount();
      const changes = statusChanges(host);
      await type(host, 'sant');
      expect(changes.seen).to.deep.equal([]);
      await aTimeout(800);
      expect(changes.seen).to.deep.equal(['9 councils (1 more: keep typing)']);

      // Edits that end on the same text are not announced again.
      await sendKeys({ type: 'x' });
      await sendKeys({ press: 'Backspace' });
      await aTimeout(800);
      // Down and Up move through the options without a word from the status.
      await press(host, 'ArrowDown');
      await press(host, 'ArrowUp');
      await aTimeout(600);
      expect(changes.seen).to.deep.equal(['9 councils (1 more: keep typing)']);
      changes.stop();
    });

    it('shows at most 8 options and says how many more match', async () => {
      const host = await mount();
      await type(host, 'sa');
      expect(options(host)).to.have.length(8);
      await waitUntil(() => status(host) !== '', 'no status', { timeout: 2000 });
      expect(status(host)).to.equal('12 councils (4 more: keep typing)');
    });

    it('says when nothing matches', async () => {
      const host = await mount();
      await type(host, 'zzz');
      expect(list(host).hidden).to.equal(true);
      await waitUntil(() => status(host) !== '', 'no status', { timeout: 2000 });
      expect(status(host)).to.equal('No council matches');
    });
  });

  describe('rendering', () => {
    it('labels the field and shows each option with its secondary text', async () => {
      const host = await mount();
      const label = root(host).querySelector('label')!;
      expect(label.textContent).to.equal('Your council');
      expect(label.htmlFor).to.equal(input(host).id);
      expect(input(host).getAttribute('aria-controls')).to.equal(list(host).id);
      expect(input(host).placeholder).to.equal('Type its name');
      await type(host, 'girona');
      expect(options(host)[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Girona, Municipality · ES');
    });

    it('shows council names as text, never as markup', async () => {
      const hostile: Council = { ...COUNCILS[0]!, id: 'x:1', name: '<img src=x onerror="window.__dcChooserXss=1">Xàtiva' };
      const host = await mount([hostile]);
      await type(host, 'xativa');
      expect(optionNames(host)).to.deep.equal([hostile.name]);
      expect(root(host).querySelector('img')).to.equal(null);
      expect((window as { __dcChooserXss?: number }).__dcChooserXss).to.equal(undefined);
    });

    it('fits 320 px without a horizontal scroll', async () => {
      const host = await mount(COUNCILS, '320px');
      await type(host, 'llobregat');
      for (const element of [host, list(host), ...options(host)]) expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
      expect(list(host).getBoundingClientRect().width).to.be.at.most(320);
    });

    it('marks the active option with a frame, not colour alone, and Highlight in forced colours', async () => {
      const host = await mount();
      await type(host, 'sant');
      await press(host, 'ArrowDown');
      const style = getComputedStyle(activeOption(host)!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(parseFloat(style.borderInlineStartWidth)).to.be.at.least(4);
      const rules = [...host.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]);
      const forced = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'));
      expect(forced.map((rule) => rule.cssText).join('\n')).to.match(/aria-selected[^{]*\{[^}]*background: highlight/i);
    });
  });

  it('follows a new councils array', async () => {
    const host = await mount();
    await type(host, 'gir');
    expect(optionNames(host)).to.deep.equal(['Girona', 'Gironella']);
    host.chooser.councils = COUNCILS.filter((council) => council.name !== 'Girona');
    await host.updateComplete;
    expect(optionNames(host)).to.deep.equal(['Gironella']);
  });
});
