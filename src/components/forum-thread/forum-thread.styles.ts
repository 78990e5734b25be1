import { css } from 'lit';

/** <dc-forum-thread>: posts as boxes in a column, the form below them. */
export const forumThreadStyles = css`
  :host {
    --_dc-forum-post-background: var(--dc-forum-post-background, var(--_dc-color-subtle));
    --_dc-forum-pending-color: var(--dc-forum-pending-color, var(--_dc-color-muted));
  }

  .heading {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }

  .compose-heading {
    font-size: 1.125em;
  }

  .meta,
  .hint,
  .chars,
  .when,
  .council {
    color: var(--_dc-color-muted);
    font-size: 0.9375em;
  }

  .hint,
  .chars,
  .error,
  .answers,
  .pending-mark,
  .replying {
    margin: 0;
  }

  .posts,
  .threads {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_dc-space) * 0.75);
  }

  .post {
    padding: calc(var(--_dc-space) * 0.75);
    background: var(--_dc-forum-post-background);
    border: 1px solid transparent;
    border-radius: var(--_dc-radius);
  }

  .post.pending {
    background: var(--_dc-color-surface);
    border: 1px dashed var(--_dc-color-border);
  }

  .post > * {
    margin: 0;
  }

  .post > * + * {
    margin-block-start: 0.375rem;
  }

  .author .name {
    font-weight: 700;
  }

  .pending-mark {
    color: var(--_dc-forum-pending-color);
    font-style: italic;
  }

  /* Text as the author wrote it: line breaks kept, long words broken, each paragraph's direction its own. */
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    unicode-bidi: plaintext;
  }

  /* A Discourse post's HTML, sanitized: its own paragraphs and lists. */
  .text.cooked {
    white-space: normal;
  }

  .cooked > :first-child {
    margin-block-start: 0;
  }

  .cooked > :last-child {
    margin-block-end: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  button.link {
    min-block-size: 2.75rem;
    padding-inline: 0.25rem;
    border: 0;
    background: none;
    color: var(--_dc-color-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-align: start;
  }

  .thread-row {
    display: flex;
    flex-direction: column;
    padding-block-end: 0.5rem;
    border-block-end: 1px solid var(--_dc-color-border);
  }

  .thread-row button.link {
    font-weight: 700;
  }

  .back,
  .more {
    align-self: flex-start;
  }

  .composer {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding-block-start: var(--_dc-space);
    border-block-start: 1px solid var(--_dc-color-border);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  label {
    font-weight: 600;
  }

  input,
  textarea {
    font: inherit;
    color: var(--_dc-color-text);
    background: var(--_dc-color-surface);
    border: 1px solid var(--_dc-color-border);
    border-radius: calc(var(--_dc-radius) / 2);
    padding: 0.5rem 0.625rem;
    min-block-size: 2.75rem;
    inline-size: 100%;
  }

  textarea {
    resize: vertical;
  }

  [aria-invalid='true'] {
    border: 2px solid var(--_dc-color-error);
  }

  .error {
    color: var(--_dc-color-error);
    font-weight: 600;
  }

  .outcome:empty {
    display: none;
  }

  .outcome {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_dc-color-accent);
    background: var(--_dc-color-subtle);
  }

  .outcome.error {
    border-inline-start-color: var(--_dc-color-error);
  }

  /* The honeypot: out of sight and out of the tab order, for robots that fill every field. */
  .trap {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }

  .send {
    font-weight: 700;
  }

  .placeholder {
    min-block-size: 12rem;
    border-radius: var(--_dc-radius);
  }

  @media (forced-colors: active) {
    .post,
    .post.pending {
      border: 1px solid CanvasText;
    }
    .post.pending {
      border-style: dashed;
    }
    [aria-invalid='true'] {
      border-color: Mark;
    }
    .error {
      color: CanvasText;
    }
    /* Buttons drawn as links (no border): the links' colour, or they would look like the text around them. */
    button.link {
      color: LinkText;
    }
  }
`;
