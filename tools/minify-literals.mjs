/**
 * A build step that takes the indentation out of Lit's `html` and `css` template literals. Minifiers leave
 * template text alone (it is data to them), yet in an element library it is a fair share of the bytes.
 *
 * Only the literal text between `${…}` is touched and expressions are copied as they are. In `html`, whitespace runs
 * become one space (HTML treats them the same, newlines included) and attribute values lose the quotes they do not
 * need; in `css`, comments go and punctuation loses its surrounding spaces. The newlines a template's text loses are written right after it, in the code that follows
 * (at the start of the next `${…}`, or after the closing backtick), where the minifier drops them: every line of code
 * stays on its line, so source maps stay right line by line.
 */

const TAGS = new Set(['html', 'css', 'svg']);

const squeeze = (text) => text.replace(/\s+/g, ' ');

/**
 * The minifier of one `html` or `svg` template, given its text piece by piece (the text between its bindings):
 * whitespace squeezed, and quotes dropped from attribute values that need none (HTML's unquoted attribute value: no
 * whitespace, quote, `=`, `<`, `>` or backtick), `class="map"` → `class=map`. It follows across the pieces whether it
 * is in text, in a tag or in a quoted value, and unquotes only a whole value inside a tag, right after its `=`,
 * followed by a space or the tag's `>` (not `/>`, which would join the value, nor a binding).
 */
function htmlMinifier() {
  /** 'text', 'comment', 'tag', or the quote of the attribute value the text is in. */
  let mode = 'text';
  return (piece) => {
    const text = squeeze(piece);
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (mode === 'text') {
        if (text.startsWith('<!--', i)) mode = 'comment';
        else if (c === '<' && /[A-Za-z]/.test(text[i + 1] ?? '')) mode = 'tag';
      } else if (mode === 'comment') {
        if (text.startsWith('-->', i)) mode = 'text';
      } else if (mode === 'tag') {
        if (c === '>') mode = 'text';
        else if (c === '"' || c === "'") {
          const end = text.indexOf(c, i + 1);
          const value = text.slice(i + 1, end);
          if (end > i && text[i - 1] === '=' && /^[^\s"'=<>`]+$/.test(value) && /[\s>]/.test(text[end + 1] ?? '')) {
            out += value;
            i = end;
            continue;
          }
          mode = c;
        }
      } else if (c === mode) {
        mode = 'tag';
      }
      out += c;
    }
    return out;
  };
}

const lines = (text) => text.split('\n').length;

/** CSS outside strings and comments: spaces that carry no meaning, and zeros before a decimal point. */
function minifyCssCode(text) {
  return squeeze(text)
    .replace(/ ?([{};,>~/]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/(?<=[\s:,(/])0\.(?=\d)/g, '.');
}

function minifyCss(text) {
  // An attribute selector's value that is a plain name needs no quotes: `[aria-selected='true']`.
  const unquoted = text.replace(/\[([\w-]+)([~|^$*]?=)(['"])([A-Za-z_][\w-]*)\3\]/g, '[$1$2$4]');
  // Comments go (a space in their place); quoted strings (`content: ', '`) stay as they are.
  const tokens = unquoted.split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/\*[\s\S]*?\*\/)/);
  let code = '';
  let out = '';
  tokens.forEach((token, i) => {
    if (i % 2 === 0) code += token;
    else if (token.startsWith('/*')) code += ' ';
    else {
      out += minifyCssCode(code) + token;
      code = '';
    }
  });
  return out + minifyCssCode(code);
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
    const minify = !TAGS.has(tag) ? (t) => t : tag === 'css' ? minifyCss : htmlMinifier();
    /** The text minified, then `next`, then the newlines the text lost: code's whitespace there, so lines keep their place. */
    let first = true;
    const emit = (text, next) => {
      let minified = minify(text);
      // A style sheet's leading and trailing whitespace means nothing (an html template's is a text node: it stays).
      if (tag === 'css') {
        if (first) minified = minified.trimStart();
        if (next === '`') minified = minified.trimEnd();
      }
      first = false;
      out += minified + next + '\n'.repeat(lines(text) - lines(minified));
    };
    out += '`';
    i++;
    let text = '';
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        emit(text, '`');
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        emit(text, '${');
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
