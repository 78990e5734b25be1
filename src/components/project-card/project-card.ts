import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FeedController } from '../../feed/index.js';
import { mailtoUrl, resolveUrl, telUrl } from '../../feed/url.js';
import type { Attachment, Contact, Council, Project } from '../../feed/types.js';
import {
  LocaleController,
  describeFeedError,
  formatCurrency,
  formatDate,
  formatDuration,
  formatFileSize,
  formatList,
  sameLanguage,
} from '../../i18n/index.js';
import { sanitizeHtml } from '../../sanitize.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { attachmentKind } from './attachment-kind.js';
import { projectList, projectText, type Shown } from './texts.js';
import { projectCardStyles } from './project-card.styles.js';

export type CardLayout = 'compact' | 'full';

/** An address for the feed's URLs, or nothing: only https, http, mailto and tel are ever linked. */
const safeHref = (url: string | undefined) => resolveUrl(url, document.baseURI);

/**
 * One project of the DigiCanvis observatory, with the six levels of its project tab: title; council,
 * partners and contacts; description, value and savings; barriers, benefits and the technology used;
 * phase, areas and kind; documentation.
 *
 * Give it a project either as the `project` property, or with `feed` and `project-id` (it then loads
 * the feed, sharing the request with every other element that uses the same URL, and shows loading,
 * error and "not found" states). Texts are shown in the page's language when the project has a
 * translation; otherwise in the project's own language, marked with `lang`.
 *
 * `focus()` moves focus to the card's heading, so a page (or the list) can bring a reader to it.
 *
 * @summary A project of the observatory, as a card with a compact and a full layout.
 *
 * @csspart base - The `<article>` (or, while there is no project yet, the box of the loading and error messages).
 * @csspart title - The heading with the project title.
 * @csspart meta - The line with the council and partners.
 * @csspart phase - The phase badge.
 * @csspart section - Each titled section of the card (contacts, description, analysis, documentation).
 * @csspart link - Every link the card shows (council, contacts, permalink, project page, documents).
 * @csspart attachments - The list of documentation links.
 *
 * @fires dc-feed-warning - When it loads a feed itself (`feed` + `project-id`): for each item left out or field dropped. Bubbles and crosses shadow roots.
 *
 * @cssprop --dc-card-background - Card background (default: `--dc-color-surface`, white).
 * @cssprop --dc-card-color - Card text colour (default: `--dc-color-text`).
 * @cssprop --dc-card-border-color - Card border colour (default: `--dc-color-border`).
 * @cssprop --dc-card-radius - Card corner radius (default: `--dc-radius`, 0.5rem).
 * @cssprop --dc-card-padding - Space inside the card (default: `--dc-space`, 1rem).
 * @cssprop --dc-card-shadow - Card shadow (default: none).
 * @cssprop --dc-card-title-color - Colour of the project title (default: the text colour).
 * @cssprop --dc-card-title-size - Font size of the project title (default: 1.25rem).
 * @cssprop --dc-color-text - Global token: text colour.
 * @cssprop --dc-color-surface - Global token: background of surfaces.
 * @cssprop --dc-color-border - Global token: borders.
 * @cssprop --dc-color-accent - Global token: links and accents.
 * @cssprop --dc-color-muted - Global token: secondary text.
 * @cssprop --dc-radius - Global token: corner radius.
 * @cssprop --dc-space - Global token: base spacing.
 * @cssprop --dc-focus-ring - Global token: the focus outline (default `3px solid #0a4f9c`).
 * @cssprop --dc-font-family - Global token: font (default: inherited from the page).
 */
@customElement('dc-project-card')
export class DcProjectCard extends LitElement {
  static override styles = [sharedStyles, projectCardStyles];

  /** The project to show, as normalized by the feed reader. When set, `feed` and `project-id` are not used. */
  @property({ attribute: false }) project?: Project;

  /** The council that carried the project out. Looked up in `councils` (or the loaded feed) when not given. */
  @property({ attribute: false }) council?: Council;

  /** Councils by id, to name the council and the partners of a `project` given as a property. */
  @property({ attribute: false }) councils?: ReadonlyMap<string, Council>;

  /** URL of a DigiCanvis feed to load the project from (with `project-id`). Relative URLs resolve against the page. */
  @property() feed?: string;

  /** The `id` of the project to show from `feed`. */
  @property({ attribute: 'project-id' }) projectId?: string;

  /** `full` shows every level; `compact` shows the essentials and a "More details" button for the rest. */
  @property() layout: CardLayout = 'full';

  /** Level of the card's heading, from 2 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  @state() private expanded = false;

  private readonly locale = new LocaleController(this);
  private readonly feedState = new FeedController(this, () => (this.project ? null : this.feed));

  /** The sanitized description, kept so that re-renders reuse the same nodes instead of rebuilding them. */
  private content?: { key: string; node: HTMLElement };

  /** Moves focus to the card's heading (or the card's message while it has no project). */
  override focus(options?: FocusOptions) {
    const target = this.renderRoot.querySelector<HTMLElement>('[part~="title"], .state');
    if (target) target.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('project') && changed.get('project')?.id !== this.project?.id) this.expanded = false;
  }

  override render() {
    const project = this.currentProject();
    if (project) return this.renderCard(project);
    const { status, error, complete } = this.feedState.state;
    if (status === 'idle' || !this.projectId) return nothing;
    if (status === 'error' && error) {
      return this.renderState(describeFeedError(this.locale.language, error), true);
    }
    if (status === 'ready' && complete) return this.renderState(this.locale.t('card.notFound'), false);
    return this.renderState(this.locale.t('card.loading'), false, true);
  }

  private currentProject(): Project | undefined {
    if (this.project) return this.project;
    if (!this.projectId) return undefined;
    return this.feedState.state.feed?.projects.find((project) => project.id === this.projectId);
  }

  private councilOf(project: Project): Council | undefined {
    return this.council ?? this.lookUpCouncil(project.council);
  }

  private lookUpCouncil(id: string): Council | undefined {
    return this.councils?.get(id) ?? this.feedState.state.feed?.councils.get(id);
  }

  /* One wrapper for loading, error and "not found", so focus put on it survives the change between them. */
  private renderState(message: string, canRetry: boolean, loading = false) {
    return html`
      <div part="base" class="state" data-layout=${this.layout} tabindex="-1" aria-busy=${loading ? 'true' : 'false'}>
        <p role="status" class=${loading ? 'visually-hidden' : 'message'}>${message}</p>
        ${loading
          ? html`<div class="placeholder" aria-hidden="true">
              <div class="skeleton bar title-bar"></div>
              <div class="skeleton bar"></div>
              <div class="skeleton bar short"></div>
            </div>`
          : nothing}
        ${canRetry ? html`<button type="button" @click=${this.retry}>${this.locale.t('error.retry')}</button>` : nothing}
      </div>
    `;
  }

  private retry() {
    // The button goes away while the feed reloads: keep focus on the message box it lived in.
    this.renderRoot.querySelector<HTMLElement>('.state')?.focus();
    this.feedState.retry();
  }

  private renderCard(project: Project) {
    const compact = this.layout === 'compact';
    return html`
      <article part="base" class="card" data-layout=${compact ? 'compact' : 'full'} aria-labelledby="title">
        <header class="header">
          ${this.renderHeading(this.text(project, 'title'))} ${this.renderMeta(project, !compact)}
          ${this.renderBadges(project)}
        </header>
        ${compact ? nothing : this.renderFacts(project)} ${this.renderParagraph(this.text(project, 'summary'), 'summary')}
        ${this.renderSavings(project)}
        ${compact
          ? html`
              <button
                type="button"
                class="disclosure"
                aria-expanded=${this.expanded ? 'true' : 'false'}
                aria-controls="details"
                @click=${() => (this.expanded = !this.expanded)}
              >
                ${this.locale.t('card.moreDetails')}
              </button>
              <div id="details" class="details" ?hidden=${!this.expanded}>
                ${this.expanded ? this.renderDetails(project, true) : nothing}
              </div>
            `
          : this.renderDetails(project, false)}
        ${this.renderLinks(project)}
      </article>
    `;
  }

  private renderDetails(project: Project, fromCompact: boolean) {
    return html`
      ${fromCompact ? html`${this.renderPartners(project)}${this.renderFacts(project)}` : nothing}
      ${this.renderContacts(project)} ${this.renderDescription(project)} ${this.renderValue(project)}
      ${this.renderAnalysis(project)} ${this.renderDocumentation(project)}
    `;
  }

  // ---- level 1 -------------------------------------------------------------------------------

  private renderHeading(title: Shown<string>) {
    const level = this.clampedLevel();
    const text = html`<span lang=${ifDefined(this.langAttr(title.lang))}>${title.value}</span>`;
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

  private renderSubheading(label: string) {
    switch (Math.min(this.clampedLevel() + 1, 6)) {
      case 3:
        return html`<h3 class="subheading">${label}</h3>`;
      case 4:
        return html`<h4 class="subheading">${label}</h4>`;
      case 5:
        return html`<h5 class="subheading">${label}</h5>`;
      default:
        return html`<h6 class="subheading">${label}</h6>`;
    }
  }

  private clampedLevel(): number {
    const level = Math.trunc(this.headingLevel);
    return level >= 2 && level <= 6 ? level : 3;
  }

  // ---- level 2 -------------------------------------------------------------------------------

  private renderMeta(project: Project, withPartners: boolean) {
    const council = this.councilOf(project);
    const name = council?.name ?? project.council;
    const href = safeHref(council?.url);
    return html`
      <p part="meta" class="meta">
        <span class="visually-hidden">${this.locale.t('card.council')}: </span>${href
          ? html`<a part="link" href=${href}>${name}</a>`
          : html`<span>${name}</span>`}${withPartners ? this.renderPartners(project, true) : nothing}
      </p>
    `;
  }

  private renderPartners(project: Project, inline = false) {
    if (!project.partners.length) return nothing;
    const names = formatList(
      project.partners.map((id) => this.lookUpCouncil(id)?.name ?? id),
      this.locale.language,
    );
    const label = html`<span class="label">${this.locale.t('card.partners')}:</span> ${names}`;
    return inline ? html`<span class="partners"> · ${label}</span>` : html`<p class="partners">${label}</p>`;
  }

  private renderContacts(project: Project) {
    const visit = this.visitHref(project);
    if (!project.contacts.length && !visit) return nothing;
    return html`
      <section part="section" class="contacts">
        ${this.renderSubheading(this.locale.t('card.contacts'))}
        ${project.contacts.length
          ? html`<ul role="list" class="contact-list">
              ${project.contacts.map((contact) => this.renderContact(contact, project.language))}
            </ul>`
          : nothing}
        ${visit ? html`<p><a part="link" class="visit" href=${visit}>${this.locale.t('card.requestVisit')}</a></p>` : nothing}
      </section>
    `;
  }

  private renderContact(contact: Contact, lang: string) {
    const page = safeHref(contact.url);
    const email = contact.email ? safeHref(mailtoUrl(contact.email)) : undefined;
    const phone = contact.phone ? safeHref(telUrl(contact.phone)) : undefined;
    return html`
      <li>
        <span class="contact-name">${page ? html`<a part="link" href=${page}>${contact.name}</a>` : contact.name}</span>${contact.role
          ? html`, <span lang=${ifDefined(this.langAttr(lang))}>${contact.role}</span>`
          : nothing}
        ${email
          ? html`<br /><span class="visually-hidden">${this.locale.t('card.email')}: </span><a part="link" href=${email}
              >${contact.email}</a
            >`
          : nothing}
        ${contact.phone
          ? html`<br /><span class="visually-hidden">${this.locale.t('card.phone')}: </span>${phone
                ? html`<a part="link" href=${phone}>${contact.phone}</a>`
                : contact.phone}`
          : nothing}
      </li>
    `;
  }

  private visitHref(project: Project): string | undefined {
    if (!project.visits) return undefined;
    const email = project.contacts.find((contact) => contact.email)?.email;
    if (!email) return undefined;
    const title = this.text(project, 'title').value;
    return safeHref(mailtoUrl(email, this.locale.t('card.visitSubject', { title })));
  }

  // ---- level 3 -------------------------------------------------------------------------------

  private renderParagraph(text: Shown<string | undefined>, className: string) {
    if (!text.value) return nothing;
    return html`<p class=${className} lang=${ifDefined(this.langAttr(text.lang))}>${text.value}</p>`;
  }

  private renderSavings(project: Project) {
    const savings = project.savings;
    if (!savings) return nothing;
    const amount = formatCurrency(savings.amount, savings.currency, this.locale.language);
    const key = savings.period === 'year' ? 'card.savingsYear' : savings.period === 'month' ? 'card.savingsMonth' : 'card.savingsOnce';
    return html`
      <p class="savings">
        <span class="label">${this.locale.t('card.savings')}:</span>
        <strong class="amount">${this.locale.t(key, { amount })}</strong>${savings.note
          ? html` <span class="note" lang=${ifDefined(this.langAttr(project.language))}>(${savings.note})</span>`
          : nothing}
      </p>
    `;
  }

  private renderDescription(project: Project) {
    const text = this.text(project, 'content_text');
    const translated = !sameLanguage(text.lang, project.language);
    let body: unknown = nothing;
    if (text.value && (translated || !project.contentHtml)) {
      body = html`<div class="content plain" lang=${ifDefined(this.langAttr(text.lang))}>
        ${text.value
          .split(/\n\s*\n/)
          .filter((paragraph) => paragraph.trim())
          .map((paragraph) => html`<p>${paragraph.trim()}</p>`)}
      </div>`;
    } else if (project.contentHtml) {
      body = this.sanitizedContent(project);
    }
    if (body === nothing) return nothing;
    return html`<section part="section" class="description">
      ${this.renderSubheading(this.locale.t('card.description'))}${body}
    </section>`;
  }

  private sanitizedContent(project: Project): HTMLElement {
    const base = safeHref(project.url) ?? document.baseURI;
    const lang = this.langAttr(project.language) ?? '';
    const key = `${lang}\u0000${base}\u0000${project.contentHtml}`;
    if (this.content?.key !== key) {
      const node = document.createElement('div');
      node.className = 'content';
      if (lang) node.lang = lang;
      node.append(sanitizeHtml(project.contentHtml ?? '', base));
      this.content = { key, node };
    }
    return this.content.node;
  }

  private renderValue(project: Project) {
    const value = this.text(project, 'value');
    if (!value.value) return nothing;
    return html`<section part="section" class="value">
      ${this.renderSubheading(this.locale.t('card.value'))}${this.renderParagraph(value, 'value-text')}
    </section>`;
  }

  // ---- level 4 -------------------------------------------------------------------------------

  private renderAnalysis(project: Project) {
    const barriers = this.list(project, 'barriers');
    const benefits = this.list(project, 'benefits');
    const tags = (
      [
        ['card.technologies', project.technologies],
        ['card.methodologies', project.methodologies],
        ['card.tools', project.tools],
      ] as const
    ).filter(([, values]) => values.length);
    return html`
      ${this.renderBulletSection('card.barriers', barriers, 'barriers')}
      ${this.renderBulletSection('card.benefits', benefits, 'benefits')}
      ${tags.length
        ? html`<dl class="tag-groups">
            ${tags.map(
              ([key, values]) => html`
                <dt>${this.locale.t(key)}</dt>
                <dd>
                  <ul role="list" class="tags" lang=${ifDefined(this.langAttr(project.language))}>
                    ${values.map((value) => html`<li class="tag">${value}</li>`)}
                  </ul>
                </dd>
              `,
            )}
          </dl>`
        : nothing}
    `;
  }

  private renderBulletSection(key: 'card.barriers' | 'card.benefits', items: Shown<string[]>, className: string) {
    if (!items.value.length) return nothing;
    return html`<section part="section" class=${className}>
      ${this.renderSubheading(this.locale.t(key))}
      <ul lang=${ifDefined(this.langAttr(items.lang))}>
        ${items.value.map((item) => html`<li>${item}</li>`)}
      </ul>
    </section>`;
  }

  // ---- level 5 -------------------------------------------------------------------------------

  private renderBadges(project: Project) {
    return html`
      <ul role="list" class="badges">
        <li>
          <span part="phase" class="phase" data-phase=${project.phase}
            ><span class="visually-hidden">${this.locale.t('phase.label')}: </span>${this.locale.t(`phase.${project.phase}`)}</span
          >
        </li>
        ${project.areas.map(
          (area) => html`<li class="tag area"><span class="visually-hidden">${this.locale.t('card.areas')}: </span>${this.locale.t(`area.${area}`)}</li>`,
        )}
      </ul>
    `;
  }

  private renderFacts(project: Project) {
    return html`
      <dl class="facts">
        <div>
          <dt>${this.locale.t('kind.label')}</dt>
          <dd>${this.locale.t(`kind.${project.kind}`)}</dd>
        </div>
        ${project.started
          ? html`<div>
              <dt>${this.locale.t('card.started')}</dt>
              <dd><time datetime=${project.started}>${formatDate(project.started, this.locale.language)}</time></dd>
            </div>`
          : nothing}
      </dl>
    `;
  }

  // ---- level 6 -------------------------------------------------------------------------------

  private renderDocumentation(project: Project) {
    if (!project.attachments.length) return nothing;
    return html`<section part="section" class="documentation">
      ${this.renderSubheading(this.locale.t('card.documentation'))}
      <ul part="attachments" role="list">
        ${project.attachments.map((attachment) => this.renderAttachment(attachment, project.language))}
      </ul>
    </section>`;
  }

  private renderAttachment(attachment: Attachment, lang: string) {
    const kind = this.locale.t(`attachment.${attachmentKind(attachment.mimeType)}`);
    const href = safeHref(attachment.url);
    const label = attachment.title
      ? html`<span lang=${ifDefined(this.langAttr(lang))}>${attachment.title}</span>`
      : html`${kind}`;
    const details = [
      attachment.title ? kind : undefined,
      attachment.sizeInBytes !== undefined ? formatFileSize(attachment.sizeInBytes, this.locale.language) : undefined,
      attachment.durationInSeconds !== undefined
        ? formatDuration(attachment.durationInSeconds, this.locale.language)
        : undefined,
    ].filter((detail): detail is string => Boolean(detail));
    return html`<li>
      ${href ? html`<a part="link" href=${href}>${label}</a>` : label}${details.length
        ? html` <span class="attachment-meta">(${details.join(', ')})</span>`
        : nothing}
    </li>`;
  }

  // ---- links ---------------------------------------------------------------------------------

  private renderLinks(project: Project) {
    const page = safeHref(project.url);
    return html`
      <p class="links">
        <a part="link" class="permalink" href=${this.permalink(project.id)}>${this.locale.t('card.permalink')}</a>
        ${page ? html`<a part="link" class="project-page" href=${page}>${this.locale.t('card.projectPage')}</a>` : nothing}
      </p>
    `;
  }

  /** This page (query included) with the fragment `<dc-project-list>` understands. */
  private permalink(id: string): string {
    const here = new URL(location.href);
    here.hash = `dc-project-${encodeURIComponent(id)}`;
    return here.href;
  }

  // ---- texts ---------------------------------------------------------------------------------

  /** The `lang` attribute a piece of text needs: only when it differs from the language around it. */
  private langAttr(lang: string): string | undefined {
    return sameLanguage(lang, this.locale.contentLanguage) ? undefined : lang;
  }

  private text(project: Project, field: 'title'): Shown<string>;
  private text(project: Project, field: 'summary' | 'content_text' | 'value'): Shown<string | undefined>;
  private text(project: Project, field: 'title' | 'summary' | 'content_text' | 'value'): Shown<string | undefined> {
    return projectText(project, field, this.locale.contentLanguage, this.locale.language);
  }

  private list(project: Project, field: 'barriers' | 'benefits'): Shown<string[]> {
    return projectList(project, field, this.locale.contentLanguage, this.locale.language);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dc-project-card': DcProjectCard;
  }
}
