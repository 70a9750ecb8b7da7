// The loopback HTTP host: serves the built renderer and carries contract calls and backend
// events for `npm run web` and the end-to-end tests. It binds 127.0.0.1 only, needs a random
// token per start, refuses other origins and foreign Host headers (DNS rebinding), and is not
// part of the packaged app (electron/ never imports it).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { MAX_CALL_BYTES, tooLargeError } from '../../shared/contract/limits.ts';
import { fail, type Result } from '../../shared/contract/result.ts';
import { contentSecurityPolicy } from '../../shared/security/csp.ts';
import type { BackendService } from '../backend/backend.ts';

export const TOKEN_HEADER = 'x-clusterpilot-token';
/** Where the report page fetches a document handed over to it (WebHostOptions.handoff). */
export const HANDOFF_PATH = '/handoff/';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface WebHostOptions {
  readonly backend: BackendService;
  readonly rendererDir: string;
  readonly port?: number;
  readonly token?: string;
  /**
   * A document handed to the report page once, by an unguessable id (the printer's report model:
   * fetched over HTTP, megabytes arrive ten times sooner than as an argument through playwright).
   * Returns the JSON text, or undefined for an id unknown or already taken.
   */
  readonly handoff?: (id: string) => string | undefined;
}

export interface WebHost {
  /** The address to open, with the token in the fragment (never sent to the server or logged). */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? crypto.randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const rendererDir = path.resolve(options.rendererDir);
  const csp = contentSecurityPolicy({ connectSelf: true });
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const unsubscribe = options.backend.onEvent((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  const hasToken = (req: http.IncomingMessage) => {
    const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
    return given.length === tokenBytes.length && crypto.timingSafeEqual(given, tokenBytes);
  };

  // Nothing a request carries may end the host: whatever throws becomes a 400 (or a 500).
  const server = http.createServer((req, res) => {
    try {
      route(req, res);
    } catch (error) {
      refuse(res, error instanceof URIError || error instanceof TypeError ? 400 : 500, 'Bad request');
    }
  });

  function route(req: http.IncomingMessage, res: http.ServerResponse) {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    const origin = req.headers.origin;
    if (!allowedHosts.includes(String(req.headers.host))) return refuse(res, 403, 'Host not allowed');
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
      return refuse(res, 403, 'Origin not allowed');
    }
    if (req.headers['sec-fetch-site'] === 'cross-site') return refuse(res, 403, 'Cross-site request refused');

    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      if (!hasToken(req)) return refuse(res, 401, 'Missing or wrong token');
      if (url.pathname === '/api/call' && req.method === 'POST') return handleCall(req, res);
      if (url.pathname === '/api/events' && req.method === 'GET') return handleEvents(req, res);
      return refuse(res, 404, 'Not found');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed');
    if (url.pathname.startsWith(HANDOFF_PATH)) {
      // GET only: a HEAD would take the document without reading it.
      if (req.method !== 'GET') return refuse(res, 405, 'Method not allowed');
      return handOff(url.pathname.slice(HANDOFF_PATH.length), res);
    }
    serveStatic(url.pathname, res);
  }

  function handleCall(req: http.IncomingMessage, res: http.ServerResponse) {
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      return refuse(res, 415, 'Expected application/json');
    }
    const declared = Number(req.headers['content-length']);
    if (declared > MAX_CALL_BYTES) return answer(res, 413, fail(tooLargeError()), true);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (res.headersSent) return;
      size += chunk.length;
      if (size > MAX_CALL_BYTES) {
        chunks.length = 0;
        answer(res, 413, fail(tooLargeError()), true);
      } else chunks.push(chunk);
    });
    req.on('error', () => undefined);
    req.on('end', () => {
      if (res.headersSent) return;
      void callBackend(Buffer.concat(chunks), res);
    });
  }

  async function callBackend(body: Buffer, res: http.ServerResponse) {
    // The backend reads and checks the envelope (in its own thread): this thread only relays the
    // bytes, so a large import's body is never parsed here. A name that is an object whose
    // toString throws is refused before anything reads it.
    try {
      const { status, result } = await options.backend.callJson(body);
      answer(res, status, result);
    } catch (error) {
      answer(
        res,
        500,
        fail({ kind: 'internal', message: error instanceof Error ? error.message : 'call failed' }),
      );
    }
  }

  /** A typed result as JSON; `close` ends the connection (the client's body is not read further). */
  function answer(res: http.ServerResponse, status: number, result: Result<unknown>, close = false) {
    if (res.headersSent) return;
    res.writeHead(status, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      ...(close ? { connection: 'close' } : {}),
    });
    res.end(JSON.stringify(result));
  }

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse) {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  function handOff(id: string, res: http.ServerResponse) {
    const text = id ? options.handoff?.(id) : undefined;
    if (text === undefined) return refuse(res, 404, 'Not found');
    res.writeHead(200, {
      'content-type': 'application/json',
      'x-content-type-options': 'nosniff',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'no-store',
    });
    res.end(text);
  }

  function serveStatic(pathname: string, res: http.ServerResponse) {
    let relative: string;
    try {
      relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    } catch {
      return refuse(res, 400, 'Malformed URL');
    }
    if (relative.includes('\0')) return refuse(res, 400, 'Malformed URL');
    const file = path.resolve(rendererDir, `.${relative}`);
    if (!file.startsWith(rendererDir + path.sep)) return refuse(res, 404, 'Not found');
    fs.readFile(file, (error, content) => {
      if (error) return refuse(res, 404, 'Not found');
      res.writeHead(200, {
        'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cross-origin-resource-policy': 'same-origin',
        'cross-origin-opener-policy': 'same-origin',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
      res.end(content);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of streams) stream.end();
        streams.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(message);
}
