/*
 * Finds text a visitor cannot read in the geometry Chromium laid out: what WCAG 1.4.12 (text spacing) and 1.4.4
 * (resize text) call loss of content. Shared by text-spacing.test.ts for both criteria. Everything is measured, not
 * read from styles: the boxes of each line of text (Range.getClientRects) against the boxes that clip them.
 */

/** The WCAG 1.4.12 values, as the bookmarklets testers use apply them, and on the blocks a paragraph can be. */
const SPACING_CSS = `
  *, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p, li, dd, blockquote, pre, h1, h2, h3, h4, h5, h6 { margin-block-end: 2em !important; }
`;

/** Every open shadow root inside `root`, at any depth (a card's inside a list's inside nothing else). */
export function shadowRoots(root: Document | ShadowRoot | Element = document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        walk(element.shadowRoot);
      }
    }
  };
  walk(root);
  return found;
}

let spacing: CSSStyleSheet | undefined;

/**
 * Applies the 1.4.12 spacing to the document and to every open shadow root, which no user style sheet can reach.
 * Call it again after an element has rendered new shadow roots (a card opened, a list that loaded).
 */
export function applySpacing(): void {
  if (!spacing) {
    spacing = new CSSStyleSheet();
    spacing.replaceSync(SPACING_CSS);
  }
  for (const root of [document, ...shadowRoots()])
    if (!root.adoptedStyleSheets.includes(spacing)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
}

export function removeSpacing(): void {
  if (!spacing) return;
  for (const root of [document, ...shadowRoots()]) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== spacing);
}

/** Two frames: long enough for resize observers and the re-renders they start. */
export const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));

/** The element's parent in the flat tree a visitor sees: across a shadow root to its host. */
function parentOf(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

function ancestors(element: Element): Element[] {
  const chain: Element[] = [];
  for (let at: Element | null = element; at; at = parentOf(at)) chain.push(at);
  return chain;
}

/** The `.visually-hidden` pattern (a 1 px box that clips its text): hidden from sight on purpose, for screen readers. */
function hiddenOnPurpose(element: Element): boolean {
  return ancestors(element).some((at) => {
    const style = getComputedStyle(at);
    if (style.visibility !== 'visible' || style.display === 'none') return true;
    const box = at.getBoundingClientRect();
    return style.clipPath !== 'none' && box.width <= 1 && box.height <= 1;
  });
}

interface Piece {
  text: string;
  node: Text;
  rects: DOMRect[];
}

/** The rendered text of `roots` and of every shadow root inside, each text node with the boxes of its lines. */
function pieces(roots: Element[]): Piece[] {
  const found: Piece[] = [];
  const visit = (node: Node) => {
    if (node instanceof Text) {
      const text = node.data.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
      if (!text || !parent || hiddenOnPurpose(parent)) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0.5 && rect.height > 0.5);
      if (rects.length) found.push({ text, node, rects });
      return;
    }
    if (node instanceof Element) {
      if (node.matches('style, script, template, svg')) return;
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    }
    node.childNodes.forEach(visit);
  };
  roots.forEach(visit);
  return found;
}

/** The padding box of an element: what it shows of its content when it clips. */
function paddingBox(element: Element): { left: number; top: number; right: number; bottom: number } {
  const box = element.getBoundingClientRect();
  const left = box.left + element.clientLeft;
  const top = box.top + element.clientTop;
  return { left, top, right: left + element.clientWidth, bottom: top + element.clientHeight };
}

const clips = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
const describe = (element: Element) =>
  `${element.localName}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}`;
const show = (text: string) => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
const SLACK = 1;

/**
 * What a visitor loses of the text inside `roots` (and their shadow roots), one line per loss:
 * - text cut off by an ancestor that hides its overflow (`overflow: hidden | clip`), as a fixed height or width does
 *   (text a box scrolls, or the map's view pans, out of sight is reached by scrolling: not lost);
 * - a control's words spilling out of its button or label box, or a select too narrow or too short for its option;
 * - text out of its element's box, where nothing positions it (a fixed height it overflows);
 * - text of a fixed panel out of the window, where nothing scrolls it;
 * - text over other text (a third of a line or more), where both are in view (but not the map's markers under the
 *   buttons that float over the map).
 */
export function lostText(roots: Element[]): string[] {
  const losses: string[] = [];
  const visible: { piece: Piece; rect: DOMRect; view: Element | null }[] = [];
  for (const piece of pieces(roots)) {
    const chain = ancestors(piece.node.parentElement ?? (piece.node.parentNode as ShadowRoot).host);
    for (const rect of piece.rects) {
      let view = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      let positioned = false;
      let scrolled = false;
      let reported = false;
      let panned: Element | null = null;
      for (const at of chain) {
        const style = getComputedStyle(at);
        const box = paddingBox(at);
        // A box the visitor drags to see more (the map's view, `cursor: grab`) is a scrolling box, not a cut: a marker
        // at its edge is reached by moving the map.
        const pans = style.cursor === 'grab';
        if (pans) panned ??= at;
        const cutX = !pans && clips(style.overflowX) && (rect.left < box.left - SLACK || rect.right > box.right + SLACK);
        const cutY = !pans && clips(style.overflowY) && (rect.top < box.top - SLACK || rect.bottom > box.bottom + SLACK);
        if ((cutX || cutY) && !reported) {
          losses.push(`${show(piece.text)} is cut off by ${describe(at)} (overflow ${style.overflowX} ${style.overflowY})`);
          reported = true;
        }
        if (clips(style.overflowX) || scrolls(style.overflowX)) view = { ...view, left: Math.max(view.left, box.left), right: Math.min(view.right, box.right) };
        if (clips(style.overflowY) || scrolls(style.overflowY)) view = { ...view, top: Math.max(view.top, box.top), bottom: Math.min(view.bottom, box.bottom) };
        if (pans || scrolls(style.overflowX) || scrolls(style.overflowY)) scrolled = true;
        if (!reported && at.matches('button, summary, label, select, [role="button"], [role="option"]')) {
          const outer = at.getBoundingClientRect();
          if (rect.left < outer.left - SLACK || rect.right > outer.right + SLACK || rect.top < outer.top - SLACK || rect.bottom > outer.bottom + SLACK) {
            losses.push(`${show(piece.text)} spills out of its control ${describe(at)}`);
            reported = true;
          }
        }
        if (!reported && at.localName.includes('-') && !positioned && !scrolled) {
          const outer = at.getBoundingClientRect();
          if (rect.left < outer.left - SLACK || rect.right > outer.right + SLACK || rect.top < outer.top - SLACK || rect.bottom > outer.bottom + SLACK) {
            losses.push(`${show(piece.text)} is out of its element ${describe(at)}`);
            reported = true;
          }
        }
        if (style.position === 'absolute' || style.position === 'fixed') positioned = true;
        if (style.position === 'fixed' && !scrolled && !reported) {
          if (rect.left < -SLACK || rect.top < -SLACK || rect.right > innerWidth + SLACK || rect.bottom > innerHeight + SLACK) {
            losses.push(`${show(piece.text)} is out of the window, in the fixed ${describe(at)}`);
            reported = true;
          }
        }
      }
      if (view.right - view.left > 2 && view.bottom - view.top > 2 && !reported) visible.push({ piece, rect: new DOMRect(view.left, view.top, view.right - view.left, view.bottom - view.top), view: panned });
    }
  }
  for (let i = 0; i < visible.length; i++) {
    for (let j = i + 1; j < visible.length; j++) {
      const a = visible[i]!;
      const b = visible[j]!;
      // Text the map pans under its own buttons (zoom) comes out from under them as the map moves.
      if (a.piece === b.piece || a.view !== b.view) continue;
      const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (width > 2 && height > Math.min(a.rect.height, b.rect.height) / 3)
        losses.push(`${show(a.piece.text)} and ${show(b.piece.text)} overlap (${Math.round(width)} × ${Math.round(height)} px)`);
    }
  }
  losses.push(...cutControls(roots));
  return [...new Set(losses)];
}

/** Fields and selects whose box is too small for their own text, which is not a text node a Range can measure. */
function cutControls(roots: Element[]): string[] {
  const losses: string[] = [];
  const controls = roots.flatMap((root) => [root, ...shadowRoots(root).map((shadow) => shadow.host)]).flatMap((host) => [
    ...(host.shadowRoot ?? host).querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input:not([type="checkbox"], [type="radio"], [type="hidden"]), select, textarea'),
  ]);
  for (const control of controls) {
    if (hiddenOnPurpose(control) || !control.getClientRects().length) continue;
    const style = getComputedStyle(control);
    const inner = control.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    // The glyphs of one line: a box lower than the font's size cuts the tops and bottoms of the letters.
    if (inner < parseFloat(style.fontSize) - SLACK) losses.push(`${describe(control)} is ${Math.round(inner)} px high inside, for text of ${style.fontSize}`);
    if (control instanceof HTMLSelectElement && control.selectedOptions[0]) {
      // The same select, free to take the width its chosen option needs: the real one must not be narrower.
      const free = control.cloneNode(false) as HTMLSelectElement;
      free.append(control.selectedOptions[0].cloneNode(true));
      free.style.cssText = 'position: absolute; visibility: hidden; inline-size: auto !important; min-inline-size: 0 !important; max-inline-size: none !important; flex: none !important';
      control.after(free);
      const needed = free.getBoundingClientRect().width;
      free.remove();
      if (control.getBoundingClientRect().width < needed - SLACK)
        losses.push(`${describe(control)} cuts its option ${show(control.selectedOptions[0].text)} (${Math.round(control.getBoundingClientRect().width)} of ${Math.round(needed)} px)`);
    }
  }
  return losses;
}

/** The font size of the text of every text node in `roots`, to compare after the text has been resized. */
export function fontSizes(roots: Element[]): Map<Text, number> {
  return new Map(pieces(roots).map(({ node }) => [node, parseFloat(getComputedStyle(node.parentElement ?? (node.parentNode as ShadowRoot).host).fontSize)]));
}

/** The texts whose font did not grow by `factor` since `before` was measured (px sizes a text-only zoom leaves alone). */
export function notResized(before: Map<Text, number>, factor: number): string[] {
  const stuck: string[] = [];
  for (const [node, size] of before) {
    if (!node.isConnected) continue;
    const now = parseFloat(getComputedStyle(node.parentElement ?? (node.parentNode as ShadowRoot).host).fontSize);
    if (now < size * factor - 0.5) stuck.push(`${show(node.data.trim())} is ${now} px, was ${size} px`);
  }
  return [...new Set(stuck)];
}
