// Debian's Chromium driven by playwright-core, with a fresh profile per launch and every
// background network feature off (the machines have no internet, and the app needs none).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath as chromiumExecutable } from '../../../db/web/report-printer.ts';

export const chromiumPath = chromiumExecutable();

/** Hosts that are this computer: the app's own web host, and nothing else, may be asked. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const offsite: string[] = [];

/**
 * The requests that left (or tried to leave) this computer since the last call, from every
 * browser session, and forgets them. The e2e setup asserts after every test that there were none:
 * the app makes no network request, ever.
 */
export function takeOffsiteRequests(): string[] {
  return offsite.splice(0);
}

function isOffsite(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(protocol)) return false;
  return !LOCAL_HOSTS.has(hostname);
}

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  readonly problems: string[];
  close(): Promise<void>;
}

export async function openBrowser(
  options: { locale?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<BrowserSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
  });
  context.on('request', (request) => {
    if (isOffsite(request.url())) offsite.push(`${request.method()} ${request.url()}`);
  });
  context.on('page', (page) =>
    page.on('websocket', (socket) => {
      if (isOffsite(socket.url())) offsite.push(`WebSocket ${socket.url()}`);
    }),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('websocket', (socket) => {
    if (isOffsite(socket.url())) offsite.push(`WebSocket ${socket.url()}`);
  });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the app and waits until the workbench has rendered. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
}

/**
 * Leaves the app before its host stops, so the page's open connections (the event stream) do not
 * report the stopped host as console errors while the next host starts.
 */
export async function leaveApp(page: Page): Promise<void> {
  await page.goto('about:blank');
}
