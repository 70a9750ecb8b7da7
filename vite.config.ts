// Builds the renderer into dist/renderer: the same files the Electron app loads through its
// app:// protocol and the web host serves on 127.0.0.1. No inline script anywhere, so the
// strict CSP in shared/security/csp.ts holds in both.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The workbench's own modules that the first screen and the editors share: one chunk instead of a
 * small one per combination of importers. What only editors need (the grid, the charts, the report
 * and CSV helpers) stays in their chunks (test/unit/first-screen.test.ts).
 */
function startModule(id: string): boolean {
  return (
    /\/renderer\/(stores|commands|i18n|platform|workbench)\//.test(id) ||
    (/\/renderer\/base\/[^/]+$/.test(id) && !/\/(DataGrid|charts)\.tsx$/.test(id)) ||
    /\/shared\/(i18n|time|contract|status)\//.test(id)
  );
}

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
        // The first screen in a few files instead of thirty (each a request to the host before the
        // workbench can start): the libraries, and the workbench's own modules (startModule).
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /\/node_modules\/(react|react-dom|scheduler|zustand|zod)\// },
            { name: 'start', test: startModule },
          ],
        },
      },
    },
  },
});
