import { defineConfig } from 'vite';

export default defineConfig({
  // Storybook copies its own static folders (see main.ts); Vite's default public/ folder is unused.
  publicDir: false,
  // The forum stories talk to /forum/: in `npm run storybook`, the demo's forum (`npm start`, port 8080).
  server: { proxy: { '/forum/': `http://localhost:${process.env.PORT ?? 8080}` } },
});
