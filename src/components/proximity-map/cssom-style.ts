import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

type Styles = Readonly<Record<string, string>>;

/**
 * `style=${cssomStyle({ transform: 'translate(4px, 8px)' })}`: inline styles written through the CSS object model
 * (`element.style.setProperty`), never as a `style` attribute. A page whose Content-Security-Policy allows no
 * inline style (`style-src 'self'`) refuses the attribute — which Lit's styleMap writes on an element's first
 * render — but not the object model. Property names are CSS's own (`inline-size`, `--x`), not camelCase.
 */
class CssomStyle extends Directive {
  #names: readonly string[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssomStyle goes in a style attribute');
  }

  render(_styles: Styles): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Styles]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.#names) if (!(name in styles)) style.removeProperty(name);
    for (const name in styles) style.setProperty(name, styles[name]);
    this.#names = Object.keys(styles);
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyle);
