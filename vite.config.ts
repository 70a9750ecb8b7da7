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
        // Editors off the first screen are chunks of their own (renderer/base/lazy.tsx), so modules
        // the start-up shares with them land in shared chunks; modules still run in import order
        // across chunks (main.tsx sets Zod's jitless mode before any schema is built).
        strictExecutionOrder: true,
      },
    },
  },
});
