// `digicanvis-widgets/react` is types only (index.d.ts: the elements in React 19's JSX). This empty module lets a
// bundler resolve an `import 'digicanvis-widgets/react'` written without `type`; it adds nothing to a page.
export {};
