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
  },
});
