// Builds the renderer into dist/renderer: the same files the Electron app loads through its
// app:// protocol and the web host serves on 127.0.0.1. No inline script anywhere, so the
// strict CSP in shared/security/csp.ts holds in both.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'chrome130',
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // Editors off the first screen are chunks of their own (renderer/base/lazy.tsx); modules run
        // in import order across chunks (main.tsx sets Zod's jitless mode before any schema is built).
        strictExecutionOrder: true,
        // The first screen in ten files instead of thirty (each a request to the host before the
        // workbench can start): the libraries, and the workbench's own modules it shares with the
        // editors. What only an editor needs stays in that editor's chunk (test/unit/first-screen.test.ts).
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /\/node_modules\/(react|react-dom|scheduler|zustand|zod)\// },
            {
              name: 'start',
              test: /\/(renderer\/(stores|commands|i18n|platform|workbench|base\/(?!DataGrid|charts))|shared\/(i18n|time|contract|text|status))\//,
            },
          ],
        },
      },
    },
  },
});
