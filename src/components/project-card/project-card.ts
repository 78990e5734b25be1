import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FeedController } from '../../feed/controller.js';
import { resolveUrl } from '../../feed/url.js';
import type { Council, Project } from '../../feed/types.js';
import { LocaleController, catalogFor, describeFeedError, formatCurrency, useCatalogPart } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import type { CardDetails } from './details/details.js';
import { langAttribute, projectText, type Shown } from './texts.js';
import { projectCardStyles } from './project-card.styles.js';
import { notYetDefined } from '../../define.js';

// Types only (erased from the build): with them, this element's declarations bring the typed `dc-feed-warning` of
// src/events.ts to `addEventListener`, and a page can import them from the element's entry.
export type { FeedWarningDetail, FeedWarningEvent } from '../../events.js';

export type CardLayout = 'compact' | 'full';

/** An address for the feed's URLs, or nothing: only https, http, mailto and tel are ever linked. */
const safeHref = (url: string | undefined) => resolveUrl(url, document.baseURI);

/** This page (query included) with the fragment `<dc-project-list>` understands. */
function permalink(id: string): string {
  const here = new URL(location.href);
  here.hash = `dc-project-${encodeURIComponent(id)}`;
  return here.href;
}

/*
 * Everything beyond the compact layout (partners, facts, contacts, description, analysis, documentation) is downloaded
 * the first time a card shows it, with its strings: a page of compact cards mostly never does. One request for every
 * card on the page.
 */
type DetailsModule = typeof import('./details/details.js');
let detailsModule: DetailsModule | undefined;
let detailsRequest: Promise<DetailsModule> | undefined;

function loadDetails(): Promise<DetailsModule> {
  return (detailsRequest ??= import('./details/details.js').then(
    (module) => (detailsModule = module),
    (error: unknown) => {
      detailsRequest = undefined;
      throw error;
    },
  ));
}

/**
 * One project of the DigiCanvis observatory, with the six levels of its project tab: title; council,
 * partners and contacts; description, value and savings; barriers, benefits and the technology used;
 * phase, areas and kind; documentation.
 *
 * Give it a project either as the `project` property, or with `feed` and `project-id` (it then loads
 * the feed, sharing the request with every other element that uses the same URL, and shows loading,
 * error and "not found" states). Texts are shown in the page's language when the project has a
 * translation; otherwise in the project's own language, marked with `lang`. Its own strings carry their
 * language too where it is not the page's (a Basque page gets Spanish ones), and every piece of feed
 * text is isolated with its own direction, so right-to-left text cannot reorder what is around it.
 *
 * `focus()` moves focus to the card's heading, so a page (or the list) can bring a reader to it. When
 * the project arrives while focus is in the loading or error box (after Retry), focus moves to the heading.
 *
 * @summary A project of the observatory, as a card with a compact and a full layout.
 *
 * @csspart base - The `<article>` (or, while there is no project yet, the box of the loading and error messages).
 * @csspart title - The heading with the project title.
 * @csspart meta - The line with the council and partners.
 * @csspart phase - The phase badge.
 * @csspart section - Each titled section of the card (contacts, description, analysis, documentation).
 * @csspart link - Every link the card shows (council, contacts, permalink, project page, documents, discussion).
 * @csspart discuss - The link to the project's discussion (when it has one): a `<dc-forum-thread>` on the page opens it.
 * @csspart attachments - The list of documentation links.
 * @csspart mark - Each word that matches the search (see `highlight`).
 *
 * @fires {FeedWarningEvent} dc-feed-warning - When it loads a feed itself (`feed` + `project-id`): for each item left out or field dropped. Bubbles and crosses shadow roots.
 *
 * @cssprop --dc-card-background - Card background (default: `--dc-color-surface`, white).
 * @cssprop --dc-card-color - Card text colour (default: `--dc-color-text`).
 * @cssprop --dc-card-border-color - Card border colour (default: `--dc-color-border`).
 * @cssprop --dc-card-radius - Card corner radius (default: `--dc-radius`, 0.5rem).
 * @cssprop --dc-card-padding - Space inside the card (default: `--dc-space`, 1rem).
 * @cssprop --dc-card-shadow - Card shadow (default: none).
 * @cssprop --dc-card-title-color - Colour of the project title (default: the text colour).
 * @cssprop --dc-card-title-size - Font size of the project title (default: 1.25em, so that it grows with the page's text).
 * @cssprop --dc-color-text - Global token: text colour.
 * @cssprop --dc-color-surface - Global token: background of surfaces.
 * @cssprop --dc-color-border - Global token: borders.
 * @cssprop --dc-color-accent - Global token: links and accents.
 * @cssprop --dc-color-muted - Global token: secondary text.
 * @cssprop --dc-color-subtle - Global token: tinted backgrounds, of the phase badge and the loading placeholders (default: #f3f5f8; #21262d dark).
 * @cssprop --dc-radius - Global token: corner radius.
 * @cssprop --dc-space - Global token: base spacing.
 * @cssprop --dc-focus-ring - Global token: the focus outline (default: `3px solid`, the accent colour).
 * @cssprop --dc-mark-background - Global token: the tint of the words that match the search (see `highlight`).
 * @cssprop --dc-font-family - Global token: font (default: inherited from the page).
 */
export class DcProjectCard extends LitElement {
  /*
   * Reactive properties are declared here, not with Lit's decorators: their helpers would cost every page that shows
   * the element about 0.4 KB of gzipped script. The documented fields below hold their types and defaults.
   */
  static override properties = {
    project: { attribute: false },
    council: { attribute: false },
    councils: { attribute: false },
    feed: {},
    projectId: { attribute: 'project-id' },
    layout: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    expanded: { state: true, attribute: false },
    highlight: { attribute: false },
  };

  static override styles = [sharedStyles, projectCardStyles];

  /** The project to show, as normalized by the feed reader. When set, `feed` and `project-id` are not used. */
  project?: Project;

  /** The council that carried the project out. Looked up in `councils` (or the loaded feed) when not given. */
  council?: Council;

  /** Councils by id, to name the council and the partners of a `project` given as a property. */
  councils?: ReadonlyMap<string, Council>;

  /** URL of a DigiCanvis feed to load the project from (with `project-id`). Relative URLs resolve against the page. */
  feed?: string;

  /** The `id` of the project to show from `feed`. */
  projectId?: string;

  /** `full` shows every level; `compact` shows the essentials and a "More details" button for the rest. */
  layout: CardLayout = 'full';

  /**
   * Level of the card's heading, from 2 to 6, to fit the page's outline. Its sections' headings are one level below
   * (bold labels under an `h6`).
   */
  headingLevel = 3;

  /**
   * Marks the words of a search in the title, summary and council name: given a text, the `[start, end)` ranges to
   * show in `<mark>` (as text: nothing becomes HTML). `<dc-project-list>` sets it when a filter drives it.
   */
  highlight?: ((text: string) => readonly [number, number][]) | undefined;

  private expanded = false;

  // Members private to the card are `#private`: the minifier shortens their names, which it cannot do for `private`.
  readonly #locale = new LocaleController(this);
  readonly #feedState = new FeedController(this, () => (this.project ? null : this.feed));

  #details?: CardDetails;
  readonly #councilName = (id: string) => this.#lookUpCouncil(id)?.name ?? id;
  /** Settles once the details module, asked for by this card, has arrived and the card has been asked to update. */
  #detailsArrival?: Promise<void>;
  /** The details could not be downloaded: said in their place, with Retry, rather than asked for again at every render. */
  #detailsFailed = false;

  /** Moves focus to the card's heading (or the card's message while it has no project). */
  override focus(options?: FocusOptions) {
    const target = this.renderRoot.querySelector<HTMLElement>('[part~="title"], .state');
    if (target) target.focus(options);
    else super.focus(options);
  }

  override connectedCallback() {
    super.connectedCallback();
    // A full card always shows its details: fetch them alongside the feed and the strings.
    if (this.layout !== 'compact') this.#requestDetails();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('project') && changed.get('project')?.id !== this.project?.id) this.expanded = false;
    if (this.#showsDetails()) this.#requestDetails();
  }

  protected override update(changed: PropertyValues<this>) {
    const root = this.renderRoot as ShadowRoot;
    const focused = root.activeElement;
    super.update(changed);
    // What held focus went with the render (a message box replaced by the project after Retry, the card by its loading
    // state after the details' Retry): bring the reader to the heading or the message, rather than let focus fall to <body>.
    if (focused && !root.activeElement) this.focus();
  }

  /** Also waits for the UI strings (error messages too) and, when the card shows them, the details: then it is complete. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#locale.settled(async () => {
      let complete = await super.getUpdateComplete();
      if (this.#showsDetails() && this.#detailsArrival) {
        await this.#detailsArrival;
        complete = await super.getUpdateComplete();
      }
      return complete;
    });
  }

  #showsDetails(): boolean {
    return (this.layout !== 'compact' || this.expanded) && this.#currentProject() !== undefined;
  }

  /** Asks for the details module and the details' strings in the card's language, unless they are here or coming. */
  #requestDetails() {
    const language = this.#locale.language;
    if (this.#detailsArrival || this.#detailsFailed || (detailsModule && catalogFor(language, 'details'))) return;
    this.#detailsArrival = Promise.all([loadDetails(), useCatalogPart('details', language)])
      .then(
        () => this.requestUpdate(),
        (error: unknown) => {
          console.error('[digicanvis] could not load the project details', error);
          this.#detailsFailed = true;
          this.requestUpdate();
        },
      )
      .finally(() => (this.#detailsArrival = undefined));
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.#locale.t;
    const project = this.#currentProject();
    const { status, error, complete } = this.#feedState.state;
    const waiting = !project && (status === 'idle' || !this.projectId);
    // No text before the strings have arrived: the loading skeleton needs none.
    if (!this.#locale.ready) return waiting ? nothing : this.#renderState(undefined, false, true);
    if (project) {
      // A full card appears whole: until its details have arrived (usually a few ms), it shows the skeleton.
      const details = this.#detailsView();
      if (this.layout === 'compact' || details || this.#detailsFailed) return this.#renderCard(project, details);
      return this.#renderState(t('card.loading'), false, true);
    }
    if (waiting) return nothing;
    // Most error messages download when first needed: until they are here, the card stays in its loading state.
    const message = status === 'error' && error && describeFeedError(this.#locale, error);
    if (message) return this.#renderState(message, true);
    if (status === 'ready' && complete) {
      if (this.#locale.has('errors')) return this.#renderState(t('card.notFound'), false);
      // (Those words could not download: the connection's, which come with every page, and Retry asks for them again.)
      if (this.#locale.failed.has('errors')) return this.#renderState(t('error.network'), true);
    }
    return this.#renderState(t('card.loading'), false, true);
  }

  #currentProject(): Project | undefined {
    if (this.project) return this.project;
    if (!this.projectId) return undefined;
    return this.#feedState.state.feed?.projects.find((project) => project.id === this.projectId);
  }

  #lookUpCouncil(id: string): Council | undefined {
    return this.councils?.get(id) ?? this.#feedState.state.feed?.councils.get(id);
  }

  /* One wrapper for loading, error and "not found", so focus put on it survives the change between them. */
  #renderState(message: string | undefined, canRetry: boolean, loading = false) {
    return html`
      <div part="base" class="state" lang=${this.#locale.uiLang ?? nothing} data-layout=${this.layout} tabindex="-1" aria-busy=${String(loading)}>
        ${message === undefined ? nothing : html`<p role="status" class=${loading ? 'visually-hidden' : 'message'}>${message}</p>`}
        ${loading
          ? html`<div class="placeholder" aria-hidden="true">
              <div class="skeleton bar title-bar"></div>
              <div class="skeleton bar"></div>
              <div class="skeleton bar short"></div>
            </div>`
          : nothing}
        ${canRetry ? html`<button type="button" @click=${this.#retry}>${this.#locale.t('error.retry')}</button>` : nothing}
      </div>
    `;
  }

  /** In place of the details that could not be downloaded: why, and Retry (focus stays on the card's heading meanwhile). */
  #detailsFailure() {
    return this.#detailsFailed
      ? html`<p class="message" role="status">${this.#locale.t('card.detailsFailed')}</p>
          <button type="button" @click=${() => ((this.#detailsFailed = false), this.focus(), this.requestUpdate())}>${this.#locale.t('error.retry')}</button>`
      : nothing;
  }

  #retry() {
    // The button goes away while the feed reloads: keep focus on the message box it lived in.
    this.renderRoot.querySelector<HTMLElement>('.state')?.focus();
    this.#locale.failed.clear();
    this.#feedState.retry();
    this.requestUpdate();
  }

  /** `details` is there for a full card, and for a compact one once opened and the module has arrived. */
  #renderCard(project: Project, details: CardDetails | undefined) {
    const t = this.#locale.t;
    const compact = this.layout === 'compact';
    const level = this.#clampedLevel();
    const summary = this.#text(project, 'summary');
    const pageHref = safeHref(project.url);
    return html`
      <article part="base" class="card stack" lang=${this.#locale.uiLang ?? nothing} aria-labelledby="title">
        <header class="header">
          ${this.#renderHeading(level, this.#text(project, 'title'))} ${this.#renderMeta(project, compact ? undefined : details)}
          <ul role="list" class="badges">
            <li>
              <span part="phase" class="phase" data-phase=${project.phase}
                ><span class="visually-hidden">${t('phase.label')}: </span>${t(`phase.${project.phase}`)}</span
              >
            </li>
            ${project.areas.map(
              (area) => html`<li class="tag"><span class="visually-hidden">${t('card.areas')}: </span>${t(`area.${area}`)}</li>`,
            )}
          </ul>
        </header>
        ${compact ? nothing : details?.facts(project)}
        ${summary.value ? html`<p class="summary" dir="auto" lang=${this.#langAttr(summary.lang)}>${this.#marked(summary.value)}</p>` : nothing}
        ${this.#renderSavings(project)}
        ${compact
          ? html`
              <button
                type="button"
                class="disclosure"
                aria-expanded=${String(this.expanded)}
                aria-controls="details"
                @click=${() => (this.expanded = !this.expanded)}
              >
                ${t('card.moreDetails')}
              </button>
              <div id="details" class="details" ?hidden=${!this.expanded} aria-busy=${String(this.expanded && !details && !this.#detailsFailed)}>
                ${details
                  ? html`${details.partners(project, this.#councilName, false)}${details.facts(project)}
                    ${details.sections(project, level)}`
                  : this.#detailsFailure()}
              </div>
            `
          : (details?.sections(project, level) ?? this.#detailsFailure())}
        <p class="links">
          <a part="link" class="permalink" href=${permalink(project.id)}>${t('card.permalink')}</a>
          ${pageHref ? html`<a part="link" class="project-page" href=${pageHref}>${t('card.projectPage')}</a>` : nothing}
          ${project.thread ? html`<a part="link discuss" class="discuss" href=${`#dc-thread-${encodeURIComponent(project.thread)}`}>${t('card.discuss')}</a>` : nothing}
        </p>
      </article>
    `;
  }

  /** What renders the details, when the card shows them and their module has arrived. */
  #detailsView(): CardDetails | undefined {
    if (!this.#showsDetails() || !detailsModule || !catalogFor(this.#locale.language, 'details')) return undefined;
    if (!this.#details) {
      this.#details = new detailsModule.CardDetails(this.#locale);
      // Their styles come with them. (Where Lit falls back to <style> elements, the card's own come again before the
      // details' ones: the same rules in the same order, so the cascade is unchanged.)
      adoptStyles(this.renderRoot as ShadowRoot, [...DcProjectCard.elementStyles, detailsModule.detailsStyles]);
    }
    return this.#details;
  }

  // ---- level 1 -------------------------------------------------------------------------------

  #renderHeading(level: number, title: Shown<string>) {
    const text = html`<bdi lang=${this.#langAttr(title.lang)}>${this.#marked(title.value)}</bdi>`;
    switch (level) {
      case 2:
        return html`<h2 id="title" part="title" tabindex="-1">${text}</h2>`;
      case 4:
        return html`<h4 id="title" part="title" tabindex="-1">${text}</h4>`;
      case 5:
        return html`<h5 id="title" part="title" tabindex="-1">${text}</h5>`;
      case 6:
        return html`<h6 id="title" part="title" tabindex="-1">${text}</h6>`;
      default:
        return html`<h3 id="title" part="title" tabindex="-1">${text}</h3>`;
    }
  }

  #clampedLevel(): number {
    const level = Math.trunc(this.headingLevel);
    return level >= 2 && level <= 6 ? level : 3;
  }

  // ---- level 2 -------------------------------------------------------------------------------

  #renderMeta(project: Project, details: CardDetails | undefined) {
    const council = this.council ?? this.#lookUpCouncil(project.council);
    const name = council?.name ?? project.council;
    const href = safeHref(council?.url);
    return html`
      <p part="meta" class="meta">
        <span class="visually-hidden">${this.#locale.t('card.council')}: </span>${href
          ? html`<a part="link" href=${href} dir="auto">${this.#marked(name)}</a>`
          : html`<bdi>${this.#marked(name)}</bdi>`}${details?.partners(project, this.#councilName, true)}
      </p>
    `;
  }

  // ---- level 3 -------------------------------------------------------------------------------

  #renderSavings(project: Project) {
    const t = this.#locale.t;
    const savings = project.savings;
    if (!savings) return nothing;
    const amount = formatCurrency(savings.amount, savings.currency, this.#locale.language);
    return html`
      <p class="savings">
        <span class="label">${t('savings.label')}:</span>
        <strong class="amount">${t(`savings.${savings.period}`, { amount })}</strong>${savings.note
          ? html` <span class="note">(<bdi lang=${this.#langAttr(project.language)}>${savings.note}</bdi>)</span>`
          : nothing}
      </p>
    `;
  }

  // ---- texts ---------------------------------------------------------------------------------

  /** `text` with the ranges `highlight` gives wrapped in `<mark part="mark">`, as text. */
  #marked(text: string) {
    const ranges = this.highlight?.(text);
    if (!ranges?.length) return text;
    const pieces: unknown[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      pieces.push(text.slice(at, start), html`<mark part="mark">${text.slice(start, end)}</mark>`);
      at = end;
    }
    pieces.push(text.slice(at));
    return pieces;
  }

  /** The `lang` attribute a piece of text needs: only when it differs from the card's (else none). */
  #langAttr(lang: string): string | typeof nothing {
    return langAttribute(lang, this.#locale.textLanguage) ?? nothing;
  }

  #text(project: Project, field: 'title'): Shown<string>;
  #text(project: Project, field: 'summary'): Shown<string | undefined>;
  #text(project: Project, field: 'title' | 'summary'): Shown<string | undefined> {
    return projectText(project, field, this.#locale.contentLanguage, this.#locale.language);
  }
}

if (notYetDefined('dc-project-card', DcProjectCard)) customElements.define('dc-project-card', DcProjectCard);

declare global {
  interface HTMLElementTagNameMap {
    'dc-project-card': DcProjectCard;
  }
}
