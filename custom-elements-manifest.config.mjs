/**
 * The Custom Elements Manifest analyzer's settings (`cem analyze`, run by `npm run build`), and three plugins that make
 * custom-elements.json describe the package as it ships:
 *
 * - defaults that the source writes as a constant (`pageSize = DEFAULT_PAGE_SIZE`) are given as the constant's value;
 * - an event the analyzer finds in `this.dispatchEvent(new HomeChangeEvent(…))` has no name (the name is the class's
 *   `static eventName`): it joins the `@fires` entry of that name, which gains the event's class as its type;
 * - module paths are those of the files the package ships (`dist/elements/project-list.js`, what
 *   `digicanvis-widgets/project-list.js` resolves to), not the TypeScript sources, which are not in the package; the
 *   analyzer reads the sources (the JSDoc is there) and a plugin rewrites the paths, as the analyzer's documentation
 *   suggests for compiled packages. Modules that ship inside chunks only (helpers) are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = dirname(fileURLToPath(import.meta.url));

/** Literal text of a constant's initializer (`24`, `0.48`, `'dc-'`), or undefined when it is not a plain literal. */
function literal(node) {
  if (!node) return undefined;
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) return literal(node.expression);
  if (ts.isNumericLiteral(node) || ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.getText();
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return node.getText();
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return node.getText();
  return undefined;
}

/** The value of constant `name` as module `path` (a source file) sees it: declared there, or imported from a module of the repository. */
function constantValue(path, name, depth = 0) {
  const file = join(root, path);
  if (depth > 4 || !existsSync(file)) return undefined;
  const source = ts.createSourceFile(path, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement) && statement.declarationList.flags & ts.NodeFlags.Const) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return literal(declaration.initializer);
      }
    }
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text.startsWith('.')) {
      const bindings = statement.importClause?.namedBindings;
      const imported = bindings && ts.isNamedImports(bindings) ? bindings.elements.find((element) => element.name.text === name) : undefined;
      if (imported) {
        const target = join(dirname(path), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
        return constantValue(target, (imported.propertyName ?? imported.name).text, depth + 1);
      }
    }
  }
  return undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const KEYWORDS = new Set(['undefined', 'null', 'true', 'false', 'NaN', 'Infinity']);

/** `pageSize = DEFAULT_PAGE_SIZE`: the manifest (and so the README and Storybook) says `24`. */
function constantDefaultsPlugin() {
  return {
    name: 'digicanvis-constant-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (typeof item.default !== 'string' || !IDENTIFIER.test(item.default) || KEYWORDS.has(item.default)) continue;
            const value = constantValue(mod.path, item.default);
            if (value !== undefined) item.default = value;
          }
        }
      }
    },
  };
}

/** Events found in `dispatchEvent(new SomeEvent(…))` join the `@fires` entry they are; each then has a name. */
function eventNamesPlugin() {
  return {
    name: 'digicanvis-event-names',
    packageLinkPhase({ customElementsManifest }) {
      // The name each event class gives itself: `static readonly eventName = 'dc-home-change'`.
      const names = new Map();
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          const field = declaration.members?.find((member) => member.static && member.name === 'eventName');
          const name = /^['"`]([^'"`]+)['"`]$/.exec(field?.default ?? '')?.[1];
          if (declaration.kind === 'class' && name) names.set(declaration.name, name);
        }
      }
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          const events = [];
          for (const event of declaration.events) {
            const name = event.name ?? names.get(event.type?.text) ?? events.find((other) => other.type?.text && other.type.text === event.type?.text)?.name;
            const named = declaration.events.find((other) => other !== event && other.name && other.name === name);
            if (name && named && !event.name) {
              // The dispatch the analyzer found, and the `@fires` that documents it: one entry, with the class as its type.
              named.type ??= event.type;
              continue;
            }
            if (name && !event.name) event.name = name;
            if (!event.type && names.size) {
              const cls = [...names].find(([, eventName]) => eventName === event.name)?.[0];
              if (cls) event.type = { text: cls };
            }
            events.push(event);
          }
          declaration.events = events;
        }
      }
    },
  };
}

/** Source module → the file the package ships for it, from package.json's `exports` (`types` names the source's declarations). */
function shippedFiles() {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = new Map();
  for (const target of Object.values(exports)) {
    if (typeof target !== 'object' || !target.types || !target.default) continue;
    const source = target.types.replace(/^\.\/dist\/types\//, 'src/').replace(/\.d\.ts$/, '.ts');
    if (!files.has(source)) files.set(source, target.default.replace(/^\.\//, ''));
  }
  return files;
}

/** Paths of what ships: `src/components/project-list/project-list.ts` → `dist/elements/project-list.js`. */
function shippedPathsPlugin() {
  return {
    name: 'digicanvis-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const files = shippedFiles();
      const shipped = (path) => files.get(path?.replace(/^\.\//, ''));
      customElementsManifest.modules = (customElementsManifest.modules ?? []).filter((mod) => shipped(mod.path));
      for (const mod of customElementsManifest.modules) {
        mod.path = shipped(mod.path);
        // Exports of the module's own declarations point at the shipped file; re-exports of modules that do not ship
        // as files of their own (types only) are left out.
        mod.exports = (mod.exports ?? []).filter((entry) => !entry.declaration?.module || shipped(entry.declaration.module));
        for (const entry of mod.exports) if (entry.declaration?.module) entry.declaration.module = shipped(entry.declaration.module);
        for (const declaration of mod.declarations ?? []) {
          for (const reference of [declaration.superclass, ...(declaration.members ?? []).map((member) => member.inheritedFrom)]) {
            if (reference?.module) reference.module = shipped(reference.module) ?? reference.module;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  litelement: true,
  plugins: [constantDefaultsPlugin(), eventNamesPlugin(), shippedPathsPlugin()],
};
