/**
 * A build step that takes the indentation out of Lit's `html` and `css` template literals. Minifiers leave
 * template text alone (it is data to them), yet in an element library it is a fair share of the bytes.
 *
 * Only the literal text between `${…}` is touched and expressions are copied as they are. In `html`, whitespace runs
 * become one space (HTML treats them the same) and every newline is kept so source maps stay right line by line;
 * in `css`, comments and newlines go and punctuation loses its surrounding spaces.
 */

const TAGS = new Set(['html', 'css', 'svg']);

function squeeze(text, keepNewlines) {
  return text.replace(/\s+/g, (run) => {
    const newlines = keepNewlines ? run.split('\n').length - 1 : 0;
    return newlines ? '\n'.repeat(newlines) : ' ';
  });
}

function minifyHtml(text) {
  return squeeze(text, true);
}

function minifyCss(text) {
  // Spaces around { } ; , and after : carry no meaning in CSS. Style sheets are data, not code anyone steps through,
  // so their newlines go too (the source map is off by those lines only below them, within the styles module).
  return squeeze(text.replace(/\/\*[\s\S]*?\*\//g, ' '), false)
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/**
 * Rewrites the `html`/`css`/`svg` tagged templates of a TypeScript or JavaScript module. Understands strings,
 * comments, template literals and nested `${}`; it does not parse regular expression literals, so it must only
 * be given modules whose regular expressions contain no quote or backtick.
 */
export function minifyTemplateLiterals(source) {
  let i = 0;
  let out = '';

  function copyQuoted(quote) {
    const start = i++;
    while (i < source.length && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
    i++;
    out += source.slice(start, i);
  }

  function copyComment() {
    const start = i;
    if (source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    }
    out += source.slice(start, i);
  }

  /** Code until the `}` that closes a `${` (when nested) or the end of the file. */
  function code(nested) {
    let depth = 0;
    while (i < source.length) {
      const c = source[i];
      if (c === '"' || c === "'") copyQuoted(c);
      else if (c === '/' && (source[i + 1] === '/' || source[i + 1] === '*')) copyComment();
      else if (c === "`") template(/([A-Za-z_$][\w$]*)\s*$/.exec(out.slice(-40))?.[1]);
      else {
        if (c === '{') depth++;
        else if (c === '}') {
          if (nested && depth === 0) return;
          depth--;
        }
        out += c;
        i++;
      }
    }
  }

  function template(tag) {
    const minify = !TAGS.has(tag) ? (t) => t : tag === 'css' ? minifyCss : minifyHtml;
    out += '`';
    i++;
    let text = '';
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        out += minify(text) + '`';
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        out += minify(text) + '${';
        text = '';
        i += 2;
        code(true);
        out += '}';
        i++;
      } else {
        text += c;
        i++;
      }
    }
    out += text;
  }

  code(false);
  return out;
}

/** The Vite plugin: element and style modules only, at build time. */
export function minifyLiteralsPlugin() {
  return {
    name: 'digicanvis:minify-literals',
    apply: 'build',
    enforce: 'pre',
    transform(source, id) {
      if (!/\/src\/(components|styles)\/.*\.ts$/.test(id)) return null;
      return { code: minifyTemplateLiterals(source), map: null };
    },
  };
}
