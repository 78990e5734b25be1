import { css } from 'lit';

/**
 * <dc-assistant>: a launcher in the window's corner (or in the page's flow with `inline`) and the panel it opens.
 * The floating panel is placed by Floating UI beside the launcher; on a narrow window it takes the window's width.
 */
export const assistantStyles = css`
  .floating .launcher {
    position: fixed;
    inset-block-end: var(--dc-assistant-inset, 1rem);
    inset-inline-end: var(--dc-assistant-inset, 1rem);
    z-index: 2147483000;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
  }

  .launcher {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    border-radius: 999px;
    font-weight: 600;
    padding-inline: 1rem;
  }

  /* What the visitor does or has done (their messages, the answer they gave to "Was this helpful?"): filled with the
     accent colour, as forced colours fill it below. */
  .launcher,
  .send,
  .msg.visitor,
  .feedback button[aria-pressed='true'] {
    background: var(--_dc-color-accent);
    border-color: var(--_dc-color-accent);
    color: var(--_dc-color-surface);
  }

  /* The answer the visitor gave is also marked by a sign, not by its fill alone (WCAG 1.4.1). */
  .feedback [aria-pressed='true']::before {
    content: '✓ ' / '';
  }

  .launcher svg {
    fill: currentColor;
    flex: none;
  }

  /* Columns of blocks, spaced by their gap alone. */
  .panel,
  .log,
  .chips,
  .links,
  .projects {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  .panel {
    padding: 0.75rem;
    background: var(--_dc-color-surface);
    color: var(--_dc-color-text);
  }

  /* Boxes: the panel, and the messages on it. */
  .panel,
  .msg,
  .bubble {
    border: 1px solid var(--_dc-color-border);
    border-radius: var(--_dc-radius);
  }

  .panel[hidden] {
    display: none;
  }

  .floating .panel {
    position: fixed;
    inline-size: min(var(--dc-assistant-width, 24rem), calc(100vw - 1rem));
    left: 0;
    top: 0;
    z-index: 2147483001;
    max-block-size: min(40rem, var(--_dc-panel-max, 80vh));
    /* A short window: the panel scrolls, so that the question field is always reachable. */
    overflow-y: auto;
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.3);
  }

  .inline .panel {
    margin-block-start: 0.5rem;
    max-inline-size: 40rem;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
  }

  .title {
    flex: 1 1 12rem;
  }

  /* A button's words are not broken (the host's overflow-wrap: anywhere would let a squeezed button break them letter
     by letter): it takes a line of its own instead, and only a word longer than the panel breaks. */
  button {
    overflow-wrap: break-word;
  }

  #title {
    font-weight: 700;
    font-size: 1.125em;
  }

  .automated,
  .note,
  .meta,
  .chip-label {
    margin: 0;
    color: var(--_dc-color-muted);
    font-size: 0.875em;
  }

  /* At the end of the title's line, or of a line of their own when the title takes it whole. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.25rem;
    margin-inline-start: auto;
  }

  .close {
    inline-size: 2.75rem;
    padding: 0;
    font-size: 1.25em;
  }

  /* Positioned, so that the hidden "You:" and "Assistant:" of each message stay in the log's scrolling box. */
  .log,
  .msg {
    position: relative;
  }

  .log {
    flex: 1 1 auto;
    min-block-size: 8rem;
    max-block-size: 28rem;
    overflow-y: auto;
    padding: 0.25rem;
    overscroll-behavior: contain;
  }

  .inline .log {
    max-block-size: 32rem;
  }

  .msg,
  .bubble {
    max-inline-size: 90%;
    padding: 0.5rem 0.75rem;
    background: var(--_dc-color-subtle);
  }

  .msg.visitor {
    align-self: flex-end;
  }

  .msg > *,
  .bubble > * {
    margin: 0;
  }

  /* A language model's answer as it streams in: shown, not announced (it joins the log once complete). */
  .streaming {
    max-block-size: 10rem;
    overflow-y: auto;
  }

  .msg > * + * {
    margin-block-start: 0.5rem;
  }

  .text {
    white-space: pre-line;
  }

  .links,
  .projects {
    gap: 0.25rem;
  }

  .meta {
    display: block;
  }

  .feedback,
  .options,
  .chip-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }

  /* Never squeezed to nothing by a short panel (text zoomed, a small window): the panel scrolls instead. */
  .chips {
    flex: none;
    max-block-size: 12rem;
    overflow-y: auto;
  }

  .chip-label {
    flex-basis: 100%;
  }

  .chip {
    border-radius: 1rem;
    text-align: start;
    border-color: var(--_dc-color-accent);
    color: var(--_dc-color-accent);
  }

  .help {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }

  .help dt {
    font-weight: 600;
  }

  .help dd {
    margin: 0;
  }

  label {
    display: block;
    font-weight: 600;
  }

  .row {
    display: flex;
    gap: 0.5rem;
  }

  .send {
    flex: none;
  }

  input {
    flex: 1 1 auto;
    min-inline-size: 0;
    min-block-size: 2.75rem;
    font: inherit;
    color: var(--_dc-color-text);
    background: var(--_dc-color-surface);
    border: 1px solid var(--_dc-color-border);
    border-radius: calc(var(--_dc-radius) / 2);
    padding: 0.375rem 0.5rem;
  }

  /* A narrow window: the launcher is a round button with its icon (its words stay its name), which covers less of the
     page. */
  @media (max-width: 30rem) {
    .floating .panel {
      inline-size: calc(100vw - 1rem);
    }
    .floating .launcher {
      inline-size: 3rem;
      block-size: 3rem;
      padding: 0;
      justify-content: center;
    }
    .floating .launcher span {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  @media (forced-colors: active) {
    .launcher,
    .send,
    .msg.visitor,
    .feedback button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
      border-color: ButtonFace;
    }
    .panel,
    .msg,
    .bubble {
      border: 1px solid CanvasText;
    }
  }
`;
