import { css } from 'lit';

/** The styles of what the details module renders; the card adopts them when the module arrives. */
export const detailsStyles = css`
  .details > * {
    margin: 0;
  }
  .details:not([hidden]) {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_dc-space) * 0.75);
  }

  /* As specific as the rule for the sections' paragraphs below: the label that stands in for a heading is a <p>. */
  [part~='section'] > .subheading {
    margin-block: 0 calc(var(--_dc-space) * 0.25);
    font-size: 1em;
  }

  .partners,
  .facts,
  .attachment-meta {
    color: var(--_dc-color-muted);
  }

  dt {
    font-weight: 600;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .facts dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }

  .tag-groups {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .tag-groups dd + dt {
    margin-block-start: 0.5rem;
  }

  /* Plain-text descriptions keep the line breaks their authors typed. */
  .plain p {
    white-space: pre-line;
  }
  .content pre {
    white-space: pre-wrap;
  }
  .content :is(p, ul, ol, blockquote, pre) {
    margin-block: 0 0.5em;
  }
  .content > :last-child,
  [part~='section'] > :last-child {
    margin-block-end: 0;
  }
  [part~='section'] > :is(p, ul) {
    margin-block: 0;
  }

  ul {
    padding-inline-start: 1.25rem;
  }

  .contact-list,
  [part~='attachments'] {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5rem;
  }
`;
