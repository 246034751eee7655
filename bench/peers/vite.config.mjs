// Builds the peer pages on their own, without the app's plugins: `vite build -c bench/peers/vite.config.mjs`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/peers/',
  logLevel: 'warn',
  build: {
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: [`${root}index.html`, `${root}floor.html`] },
  },
});
