import { noChange, type AttributePart } from 'lit';
import { Directive, directive, type DirectiveResult } from 'lit/directive.js';

type Styles = Readonly<Record<string, string>>;

/**
 * `style=${cssomStyle({ transform: 'translate(4px, 8px)' })}`: inline styles written through the CSS object model
 * (`element.style.setProperty`), never as a `style` attribute. A page whose Content-Security-Policy allows no
 * inline style (`style-src 'self'`) refuses the attribute — which Lit's styleMap writes on an element's first
 * render — but not the object model. Property names are CSS's own (`inline-size`, `--x`), not camelCase.
 * Meant for the `style` attribute, the map's own two uses: it checks no place of its own (bound to another attribute it
 * would set the styles all the same, never that attribute either; in a child position it throws, having no element).
 */
class CssomStyle extends Directive {
  #names: readonly string[] = [];

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

export const cssomStyle: (styles: Styles) => DirectiveResult<typeof CssomStyle> = directive(CssomStyle);
