// Builds the peer page on its own, without the app's plugins: `vite build -c bench/peers/vite.config.mjs`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/peers/',
  logLevel: 'warn',
  build: {
    emptyOutDir: true,
    target: 'es2022',
  },
});
