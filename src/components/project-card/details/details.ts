import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resolveUrl } from '../../../feed/url.js';
import { mailtoUrl, telUrl } from '../../../feed/links.js';
import type { Attachment, Contact, Project } from '../../../feed/types.js';
import { formatDate, formatDuration, formatFileSize, listParts } from '../../../i18n/format-details.js';
import { sameLanguage, type LocaleController } from '../../../i18n/index.js';
import { sanitizeHtml } from '../../../sanitize.js';
import { langAttribute, projectText, translationTags, type Shown } from '../texts.js';
import { attachmentKind } from './attachment-kind.js';

export { detailsStyles } from './details.styles.js';

/*
 * What a project card shows beyond the compact layout: partners, kind and start date, contacts, description, value,
 * analysis and documentation. A module of its own, imported the first time a card shows any of it (a full card, or
 * "More details" opened), so that a page of compact cards downloads neither it nor the sanitizer up front.
 */

/** An address for the feed's URLs, or nothing: only https, http, mailto and tel are ever linked. */
const safeHref = (url: string | undefined) => resolveUrl(url, document.baseURI);

/** Renders one card's details, keeping what is worth keeping between renders. */
export class CardDetails {
  /** The sanitized description, kept so that re-renders reuse the same nodes instead of rebuilding them. */
  private content?: { key: string; node: HTMLElement };
  /** Heading level of the card's title, set by each render. */
  private level = 3;

  constructor(private readonly locale: LocaleController) {}

  /** The partner councils, named with `councilName`: inline in the card's meta line, or as a paragraph of their own. */
  partners(project: Project, councilName: (id: string) => string, inline: boolean) {
    if (!project.partners.length) return nothing;
    // Each name isolated in a <bdi> of its own, so that right-to-left text or a stray control character in one name
    // cannot reorder the others or the list's commas.
    const names = listParts(project.partners.map(councilName), this.locale.language).map((part) =>
      part.type === 'element' ? html`<bdi>${part.value}</bdi>` : part.value,
    );
    const label = html`<span class="label">${this.locale.t('card.partners')}:</span> ${names}`;
    return inline ? html`<span class="partners"> · ${label}</span>` : html`<p class="partners">${label}</p>`;
  }

  /** What kind of change the project made, and when it started. */
  facts(project: Project) {
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

  /** Contacts, description, value, analysis and documentation, under headings one level below the card's (bold labels under an h6). */
  sections(project: Project, headingLevel: number): TemplateResult {
    this.level = headingLevel;
    return html`
      ${this.renderContacts(project)} ${this.renderDescription(project)} ${this.renderValue(project)}
      ${this.renderAnalysis(project)} ${this.renderDocumentation(project)}
    `;
  }

  private renderSubheading(label: string) {
    switch (this.level + 1) {
      case 3:
        return html`<h3 class="subheading">${label}</h3>`;
      case 4:
        return html`<h4 class="subheading">${label}</h4>`;
      case 5:
        return html`<h5 class="subheading">${label}</h5>`;
      case 6:
        return html`<h6 class="subheading">${label}</h6>`;
      default:
        /*
         * Under an <h6> card title there is no heading level left. More <h6>s would rank the sections alongside the
         * card's own title, and role="heading" with aria-level 7 or more is read inconsistently by screen readers (some
         * fall back to level 2). So the sections get a bold label, not a heading: the card's title stays their heading.
         */
        return html`<p class="subheading"><strong>${label}</strong></p>`;
    }
  }

  // ---- level 2: contacts ---------------------------------------------------------------------

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
        <span class="contact-name" dir="auto">${page ? html`<a part="link" href=${page}>${contact.name}</a>` : contact.name}</span>${contact.role
          ? html`, <bdi lang=${ifDefined(this.langAttr(lang))}>${contact.role}</bdi>`
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

  private renderDescription(project: Project) {
    const text = this.text(project, 'content_text');
    const translated = !sameLanguage(text.lang, project.language);
    let body: unknown = nothing;
    if (text.value && (translated || !project.contentHtml)) {
      body = html`<div class="content plain" dir="auto" lang=${ifDefined(this.langAttr(text.lang))}>
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
    // Relative links resolve as in any feed reader: against the item's own page, else the feed's, never the host page.
    const base = safeHref(project.url) ?? project.contentBase ?? document.baseURI;
    const lang = this.langAttr(project.language) ?? '';
    const key = `${lang}\u0000${base}\u0000${project.contentHtml}`;
    if (this.content?.key !== key) {
      const node = document.createElement('div');
      node.className = 'content';
      node.dir = 'auto';
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
      ${this.renderSubheading(this.locale.t('card.value'))}<p class="value-text" dir="auto" lang=${ifDefined(this.langAttr(value.lang))}>${value.value}</p>
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
                    ${values.map((value) => html`<li class="tag" dir="auto">${value}</li>`)}
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
        ${items.value.map((item) => html`<li dir="auto">${item}</li>`)}
      </ul>
    </section>`;
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
      ? html`<bdi lang=${ifDefined(this.langAttr(lang))}>${attachment.title}</bdi>`
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

  // ---- texts ---------------------------------------------------------------------------------

  private langAttr(lang: string): string | undefined {
    return langAttribute(lang, this.locale.textLanguage);
  }

  private text(project: Project, field: 'title'): Shown<string>;
  private text(project: Project, field: 'content_text' | 'value'): Shown<string | undefined>;
  private text(project: Project, field: 'title' | 'content_text' | 'value'): Shown<string | undefined> {
    return projectText(project, field, this.locale.contentLanguage, this.locale.language);
  }

  /** A translatable list in the reader's language when translated, else in the project's own. */
  private list(project: Project, field: 'barriers' | 'benefits'): Shown<string[]> {
    for (const tag of translationTags(project, this.locale.contentLanguage, this.locale.language)) {
      const translated = project.i18n[tag]?.[field];
      if (translated?.length) return { value: translated, lang: tag };
    }
    return { value: project[field], lang: project.language };
  }
}
