/**
 * The council chooser of <dc-proximity-map>: a type-ahead over the feed's councils, built as the ARIA 1.2
 * "combobox with listbox popup" with list autocomplete and no automatic selection. A reactive controller rather
 * than an element of its own, so that the label, the field and the listbox live in the map's shadow root, where
 * `aria-activedescendant` and `aria-controls` can reach them (an id does not cross a shadow boundary).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { createRef, ref } from 'lit/directives/ref.js';
import type { Council } from '../../feed/types.js';
import { councilList, type CouncilSource } from '../../geo/distance.js';
import { tokenize } from '../../search/fold.js';

export interface ComboboxTexts {
  /** The visible label of the field ("Your council"). */
  label: string;
  placeholder?: string;
  /** The polite status once typing pauses ("5 councils"), for every match, not only those shown. */
  results(count: number): string;
  /** What follows `results` when more councils match than the list shows ("(4 more: keep typing)"); without it, `results` alone. */
  more?(hidden: number): string;
  /** The status when nothing matches ("No council matches"). */
  none: string;
  /** The secondary text of an option ("Municipality · ES"). */
  kind(council: Council): string;
}

export interface CouncilComboboxOptions {
  /** The texts in the host's current language, read at every render. */
  texts(): ComboboxTexts;
  /** Called when the visitor chooses a council (Enter on the active option, or a click or tap on one). */
  onChoose(council: Council): void;
  /** Prefix of the ids inside the host's shadow root; two choosers in one root need different ones. */
  idPrefix?: string;
}

/** Options the list shows at most: more would push the rest of the panel off a phone's screen. */
const SHOWN = 8;
/** How long the count waits for the typing to pause before it is announced: one announcement per burst. */
const ANNOUNCE_DELAY_MS = 500;
/** Longer than any council's name: a pasted essay is cut, not searched. */
const MAX_QUERY = 200;

/** A council as the search compares it, folded once per councils array or map. */
interface Entry {
  council: Council;
  /** The folded words joined by one space: `l'Hospitalet` → `l hospitalet`. */
  spaced: string;
  /** Where each word starts in `spaced`. */
  spacedStarts: number[];
  /** The folded words run together, so `lhospitalet` finds `L'Hospitalet` and `santcugat` finds `Sant Cugat`. */
  compact: string;
  /** Where each word starts in `compact`. */
  compactStarts: number[];
  population: number;
}

/** How well a name matches, best first: at its start, at the start of a later word, anywhere, not at all. */
const START = 0;
const WORD = 1;
const INSIDE = 2;
const NONE = 3;

const indexes = new WeakMap<CouncilSource, Entry[]>();

/** The folded index of councils (an array, or a map by id): built on first use, then kept for as long as they live. */
function foldedIndex(councils: CouncilSource): Entry[] {
  let index = indexes.get(councils);
  if (!index) {
    index = councilList(councils).map((council) => {
      const parts = tokenize(council.name);
      /** Where each word starts once the words are joined with `gap` characters between them. */
      const starts = (gap: number) => {
        let at = 0;
        return parts.map((part) => {
          const start = at;
          at += part.length + gap;
          return start;
        });
      };
      const population = council.population;
      return {
        council,
        spaced: parts.join(' '),
        spacedStarts: starts(1),
        compact: parts.join(''),
        compactStarts: starts(0),
        population: Number.isFinite(population) ? population! : -1,
      };
    });
    indexes.set(councils, index);
  }
  return index;
}

function tierOf(text: string, starts: readonly number[], query: string): number {
  const at = text.indexOf(query);
  if (at < 0) return NONE;
  if (at === 0) return START;
  for (const start of starts) if (start >= at && text.startsWith(query, start)) return WORD;
  return INSIDE;
}

interface Found {
  entry: Entry;
  score: number;
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Better score first, then larger population (unknown last), then name, then id: an order that never depends on input order. */
function compare(a: Found, b: Found): number {
  return a.score - b.score || b.entry.population - a.entry.population || order(a.entry.spaced, b.entry.spaced) || order(a.entry.council.id, b.entry.council.id);
}

/**
 * The best `limit` councils that match `query` (see `matchCouncils`) and how many match in all. With a small limit
 * the best are picked in one pass instead of sorting thousands of matches: a one-letter query over 8,000 councils
 * matches most of them.
 */
function rank(councils: CouncilSource, query: string, limit: number): { best: Entry[]; total: number } {
  const parts = tokenize(query.slice(0, MAX_QUERY));
  if (!parts.length) return { best: [], total: 0 };
  const spaced = parts.join(' ');
  const compact = parts.join('');
  const found: Found[] = [];
  for (const entry of foldedIndex(councils)) {
    const loose = tierOf(entry.compact, entry.compactStarts, compact);
    if (loose === NONE) continue;
    // Within a tier, a name that matches with the visitor's own spacing comes first: `sant a` puts Sant Andreu
    // before Santa Coloma, although both run together as `santa…`.
    const exact = tierOf(entry.spaced, entry.spacedStarts, spaced) === loose;
    found.push({ entry, score: loose * 2 + (exact ? 0 : 1) });
  }
  // All of them sorted when they fit, else each one put in place among the best so far (from the worst end, so that
  // most stop at once), or not at all. No limit (0, negative, NaN) keeps none.
  const best = found.length > limit ? [] : found.sort(compare);
  if (best !== found) {
    for (const item of found) {
      let at = best.length;
      while (at > 0 && compare(item, best[at - 1]!) < 0) at--;
      if (at < limit) best.splice(at, 0, item);
      if (best.length > limit) best.pop();
    }
  }
  return { best: best.map((item) => item.entry), total: found.length };
}

/**
 * The councils whose name matches `query`, ignoring case, accents, punctuation and spacing (`lhospitalet`,
 * `GIRONA`, `giròna`, `sant cugat`), best first: the name starts with the query, then a word of the name does, then
 * the name contains it; ties by population (largest first, unknown last), then by name. A query with no letter or
 * digit matches nothing. The folded names are computed once per `councils` (array or map) and kept while it lives.
 */
export function matchCouncils(councils: CouncilSource, query: string, limit = Infinity): Council[] {
  return rank(councils, query, limit).best.map((entry) => entry.council);
}

let instances = 0;

/**
 * The chooser's state and template, for a host that renders `render()` in its shadow root and includes
 * `councilComboboxStyles`. Down opens the list (Alt+Down without moving), Up and Down move through it, Enter or a
 * click chooses, Escape closes and then clears, Tab and blur close without choosing. The count is announced once
 * typing pauses. While the visitor is not typing, the field shows the chosen council.
 */
export class CouncilCombobox implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: CouncilComboboxOptions;
  readonly #ids: string;
  readonly #input = createRef<HTMLInputElement>();
  #councils: CouncilSource = [];
  #value: Council | undefined;
  /** The text typed since the last choice; undefined while the field shows the chosen council. */
  #query: string | undefined;
  #matches: Council[] = [];
  #total = 0;
  #open = false;
  /** The option under visual focus, or -1: DOM focus stays in the field. */
  #active = -1;
  #composing = false;
  #announced = '';
  /** The query the last announcement was about: the same text after a burst of edits is not said again. */
  #announcedQuery: string | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: CouncilComboboxOptions) {
    this.#host = host;
    this.#options = options;
    this.#ids = options.idPrefix ?? `dc-council-${++instances}`;
    host.addController(this);
  }

  /**
   * The councils to choose from (an array, or the feed's map by id). Keep the same object while they do not change:
   * its folded index is cached.
   */
  get councils(): CouncilSource {
    return this.#councils;
  }

  set councils(councils: CouncilSource) {
    this.#councils = councils;
    if (this.#query !== undefined) this.#search(this.#query, this.#open);
    this.#host.requestUpdate();
  }

  /** The chosen council, shown in the field while the visitor is not typing. Setting it does not call `onChoose`. */
  get value(): Council | undefined {
    return this.#value;
  }

  set value(council: Council | undefined) {
    this.#value = council;
    this.#host.requestUpdate();
  }

  focus(): void {
    this.#input.value?.focus();
  }

  hostDisconnected(): void {
    clearTimeout(this.#announceTimer);
  }

  render(): TemplateResult {
    const texts = this.#options.texts();
    const ids = this.#ids;
    const open = this.#open && this.#matches.length > 0;
    const active = open && this.#active >= 0 ? `${ids}-option-${this.#active}` : undefined;
    // aria-expanded is bound to a boolean as it is: Lit writes it "true" or "false" (String() would cost bytes).
    return html`
      <div part="chooser" class="chooser">
        <label id=${`${ids}-label`} for=${`${ids}-input`}>${texts.label}</label>
        <input
          ${ref(this.#input)}
          id=${`${ids}-input`}
          part="chooser-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${open}
          aria-controls=${`${ids}-list`}
          aria-activedescendant=${active ?? nothing}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="done"
          maxlength=${MAX_QUERY}
          placeholder=${texts.placeholder ?? nothing}
          .value=${live(this.#query ?? this.#value?.name ?? '')}
          @input=${this.#onInput}
          @compositionstart=${this.#onCompositionStart}
          @compositionend=${this.#onCompositionEnd}
          @keydown=${this.#onKeyDown}
          @focus=${this.#warmUp}
          @blur=${this.#onBlur}
        />
        <ul
          id=${`${ids}-list`}
          part="chooser-list"
          class="list"
          role="listbox"
          aria-labelledby=${`${ids}-label`}
          ?hidden=${!open}
          @mousedown=${this.#keepFocus}
        >
          ${open
            ? this.#matches.map(
                (council, index) => html`<li
                  id=${`${ids}-option-${index}`}
                  part="chooser-option"
                  class="option"
                  role="option"
                  aria-selected=${index === this.#active ? 'true' : nothing}
                  @click=${() => this.#choose(council)}
                >
                  <span class="name">${council.name}</span><span class="visually-hidden">, </span>
                  <span class="kind">${texts.kind(council)}</span>
                </li>`,
              )
            : nothing}
        </ul>
        <p class="status" role="status">${this.#announced}</p>
      </div>
    `;
  }

  /** Runs the search for `text` (cut to its first characters) and shows its best matches. */
  #search(text: string, open: boolean): void {
    const { best, total } = rank(this.#councils, text, SHOWN);
    this.#total = total;
    this.#matches = best.map((entry) => entry.council);
    this.#open = open && this.#matches.length > 0;
    this.#active = -1;
  }

  #statusText(): string {
    if (!this.#query?.trim()) return '';
    const texts = this.#options.texts();
    if (!this.#total) return texts.none;
    const hidden = this.#total - this.#matches.length;
    return hidden > 0 && texts.more ? `${texts.results(this.#total)} ${texts.more(hidden)}` : texts.results(this.#total);
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      if (this.#query === this.#announcedQuery) return;
      this.#announcedQuery = this.#query;
      this.#announced = this.#statusText();
      this.#host.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  /** Silences the status without announcing anything: emptying a live region is not read out. */
  #quiet(): void {
    clearTimeout(this.#announceTimer);
    this.#announced = '';
    this.#announcedQuery = undefined;
  }

  #edit(text: string): void {
    this.#query = text;
    this.#search(text, true);
    this.#scheduleAnnouncement();
    this.#host.requestUpdate();
  }

  /** The field shows the chosen council, as once it loses focus. */
  #choose(council: Council): void {
    this.#value = council;
    this.#onBlur();
    this.#options.onChoose(council);
  }

  #close(): void {
    this.#open = false;
    this.#active = -1;
    this.#host.requestUpdate();
  }

  /** Opens the list on the text in the field (the chosen council's name, if nothing was typed); false if nothing matches. */
  #openList(): boolean {
    this.#query ??= this.#input.value?.value ?? '';
    this.#search(this.#query, true);
    this.#host.requestUpdate();
    return this.#open;
  }

  /** Moves visual focus by `step` options, wrapping around; opens the list first if it is closed. */
  #move(step: 1 | -1): void {
    // A list just opened has no active option (the search leaves none): the first or the last becomes it.
    if (!this.#open && !this.#openList()) return;
    const count = this.#matches.length;
    this.#active = this.#active < 0 ? (step > 0 ? 0 : count - 1) : (this.#active + step + count) % count;
    this.#host.requestUpdate();
  }

  readonly #onInput = (event: Event) => {
    // Mid-composition text is not what the visitor means yet: the search waits for compositionend.
    if ((event as InputEvent).isComposing || this.#composing) return;
    this.#edit((event.target as HTMLInputElement).value);
  };

  readonly #onCompositionStart = () => {
    this.#composing = true;
  };

  readonly #onCompositionEnd = (event: CompositionEvent) => {
    this.#composing = false;
    const text = (event.target as HTMLInputElement).value;
    if (text !== this.#query) this.#edit(text);
  };

  readonly #onKeyDown = (event: KeyboardEvent) => {
    // Keys that confirm or move inside an IME composition belong to the IME.
    if (event.isComposing || this.#composing || event.keyCode === 229) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!event.altKey) this.#move(1);
        else if (!this.#open) this.#openList();
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) this.#close();
        else this.#move(-1);
        break;
      case 'Enter': {
        const chosen = this.#open ? this.#matches[this.#active] : undefined;
        // A half-typed name is not an answer a form around could use: Enter never submits while the visitor types.
        if (this.#open || this.#query !== undefined) event.preventDefault();
        if (chosen) this.#choose(chosen);
        break;
      }
      case 'Escape':
        // Closes the list, else clears the field; with neither to do, the key is the page's.
        if (!this.#open && !this.#input.value?.value) break;
        event.preventDefault();
        event.stopPropagation();
        if (this.#open) this.#close();
        else {
          this.#quiet();
          this.#edit('');
        }
        break;
      case 'Tab':
        if (this.#open) this.#close();
        break;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // Back to editing the text: the caret moves, and visual focus leaves the options.
        this.#active = -1;
        this.#host.requestUpdate();
    }
  };

  /**
   * Folding 8,000 names takes a few tens of milliseconds, more than a frame: done when the field gets focus, it is
   * over before the first key, which then answers within a frame.
   */
  readonly #warmUp = () => void foldedIndex(this.#councils);

  /** Leaving the field closes the list; what was typed and not chosen gives way to the chosen council again. */
  readonly #onBlur = () => {
    this.#composing = false;
    this.#query = undefined;
    this.#quiet();
    this.#close();
  };

  /** A press on the list must not take focus from the field (the field's blur would close the list before the click). */
  readonly #keepFocus = (event: Event) => event.preventDefault();
}
