/**
 * One build for the three parts: main and preload (Node/CommonJS) and the renderer (Vite + React).
 * The renderer's index.html gets the app's Content-Security-Policy as a meta tag from the same constant main
 * sends as a header, so the two cannot drift.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './shared/security/contentSecurityPolicy';

const shared = { '@shared': resolve(__dirname, 'shared') };

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'hearth-csp-meta',
    transformIndexHtml(html) {
      // frame-ancestors is ignored (with a console warning) in a meta tag; the header carries it.
      const policy = CONTENT_SECURITY_POLICY.split('; ')
        .filter((directive) => !directive.startsWith('frame-ancestors'))
        .join('; ');
      const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
      return html.replace('<!-- csp -->', tag);
    },
  };
}

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { main: resolve(__dirname, 'electron/main.ts') } },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve(__dirname, 'electron/preload/preload.ts') },
        // The sandboxed preload can only be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias: { ...shared, '@renderer': resolve(__dirname, 'renderer/src') } },
    plugins: [react(), contentSecurityPolicyMeta()],
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // No inline assets: every byte comes from a file the app:// handler serves under the CSP.
      assetsInlineLimit: 0,
      minify: true,
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: resolve(__dirname, 'renderer/index.html'),
        output: {
          // Screens load on demand, so modules they share with Today go to common chunks, which run before
          // the entry's own code. zod's CSP-safe switch (app/zodWithoutEval.ts) must run before any module
          // builds a schema, so it travels in zod's own chunk and runs the moment zod is loaded.
          codeSplitting: {
            groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]src[\\/]app[\\/]zodWithoutEval\.ts$/ }],
          },
        },
      },
    },
  },
});
