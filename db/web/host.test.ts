import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CALL_BYTES } from '../../shared/contract/envelope.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { type Backend, createBackend } from '../backend/backend.ts';
import { HANDOFF_PATH, startWebHost, TOKEN_HEADER, type WebHost } from './host.ts';

const newDir = tempDirs();
let backend: Backend;
let host: WebHost;
let rendererDir: string;
const handoffs = new Map<string, string>();

beforeAll(async () => {
  const dir = newDir();
  rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  backend = await createBackend({ workspacePath: path.join(dir, 'w.clusterpilot'), dataDir: dir });
  host = await startWebHost({
    backend,
    rendererDir,
    handoff: (id) => {
      const text = handoffs.get(id);
      handoffs.delete(id);
      return text;
    },
  });
});
afterAll(async () => {
  await host.close();
  backend.close();
});

/** A raw request, so tests can send any Host and Origin headers. */
function request(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: pathname,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (name: string, input: unknown, headers: Record<string, string> = {}) =>
  request('/api/call', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body: JSON.stringify({ name, input }),
  });

describe('web host', () => {
  it('listens on 127.0.0.1 only and puts the token in the URL fragment', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('carries a contract call with the right token', async () => {
    const response = await call('clusters.create', { name: 'Web' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, data: { name: 'Web' } });
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    const without = await request('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(without.status).toBe(401);
    expect((await call('clusters.list', {}, { [TOKEN_HEADER]: `${host.token.slice(0, -1)}x` })).status).toBe(
      401,
    );
    expect((await request('/api/events')).status).toBe(401);
  });

  it('refuses other origins, cross-site requests and foreign Host headers (DNS rebinding)', async () => {
    expect((await call('clusters.list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('clusters.list', {}, { origin: 'null' })).status).toBe(403);
    expect((await call('clusters.list', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await call('clusters.list', {}, { host: 'evil.example' })).status).toBe(403);
    expect(
      (await request('/', { headers: { host: `rebind.example:${new URL(host.origin).port}` } })).status,
    ).toBe(403);
    expect((await call('clusters.list', {}, { origin: host.origin })).status).toBe(200);
  });

  it('answers malformed bodies with an error status and writes nothing', async () => {
    const response = await request('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: '{"name": "clusters.create", "input": ',
    });
    expect(response.status).toBe(400);
    const textPlain = await request('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', [TOKEN_HEADER]: host.token },
      body: '{}',
    });
    expect(textPlain.status).toBe(415);
  });

  it('answers malformed URLs and envelopes with 400, with or without the token, and keeps serving', async () => {
    for (const pathname of ['/%', '/%00', '/%E0%A4%A', '/a/%zz/b', '//']) {
      expect((await request(pathname)).status, pathname).toBe(400);
      const withToken = await request(pathname, { headers: { [TOKEN_HEADER]: host.token } });
      expect(withToken.status, pathname).toBe(400);
    }
    // Under /api/ the token is checked first; with it, an unknown address is not found.
    expect((await request('/api/%')).status).toBe(401);
    expect((await request('/api/%', { headers: { [TOKEN_HEADER]: host.token } })).status).toBe(404);
    for (const body of [
      '{"name":{"toString":1}}',
      'null',
      '[]',
      '"clusters.list"',
      '{"input":{}}',
      '{"name":42}',
    ]) {
      const response = await request('/api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
        body,
      });
      expect(response.status, body).toBe(400);
      expect(JSON.parse(response.body), body).toMatchObject({ ok: false, error: { kind: 'validation' } });
    }
    // A body nested deeper than JSON.parse can follow.
    const deep = await request('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
    });
    expect(deep.status).toBe(400);
    expect((await call('clusters.list', {})).status).toBe(200);
    expect((await request('/')).status).toBe(200);
  });

  it('refuses a body above the contract limit by its declared length, with the typed answer', async () => {
    const response = await request('/api/call', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [TOKEN_HEADER]: host.token,
        'content-length': String(MAX_CALL_BYTES + 1),
      },
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      error: { kind: 'conflict', code: 'tooLarge', params: { max: 60 } },
    });
    expect((await call('clusters.list', {})).status).toBe(200);
  });

  it('serves the renderer with the strict CSP and never a file outside it', async () => {
    const index = await request('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await request('/../secret.txt')).status).toBe(404);
    expect((await request('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await request('/index.html', { method: 'POST' })).status).toBe(405);
  });

  it('hands a document to the report page once, by its id, and to no other host', async () => {
    handoffs.set('model-1', '{"title":"Bericht"}');
    handoffs.set('model-2', '{}');
    expect((await request(`${HANDOFF_PATH}model-1`, { headers: { host: 'evil.test' } })).status).toBe(403);
    expect((await request(`${HANDOFF_PATH}model-2`, { method: 'POST' })).status).toBe(405);
    expect((await request(`${HANDOFF_PATH}model-2`, { method: 'HEAD' })).status).toBe(405);
    const handed = await request(`${HANDOFF_PATH}model-1`);
    expect(handed.status).toBe(200);
    expect(handed.headers['content-type']).toBe('application/json');
    expect(handed.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(handed.body)).toEqual({ title: 'Bericht' });
    expect((await request(`${HANDOFF_PATH}model-1`)).status).toBe(404); // taken
    expect((await request(`${HANDOFF_PATH}unknown`)).status).toBe(404);
    expect((await request(HANDOFF_PATH)).status).toBe(404);
    expect(handoffs.has('model-2')).toBe(true); // a refused request takes nothing
  });

  it('streams backend events to a listener that holds the token', async () => {
    const events: string[] = [];
    const url = new URL(host.origin);
    const received = new Promise<void>((resolve) => {
      const req = http.get(
        { host: '127.0.0.1', port: url.port, path: '/api/events', headers: { [TOKEN_HEADER]: host.token } },
        (res) => {
          res.on('data', (chunk: Buffer) => {
            events.push(chunk.toString());
            if (events.join('').includes('"action":"insert"')) {
              req.destroy();
              resolve();
            }
          });
        },
      );
      req.on('response', () => void call('clusters.create', { name: 'Streamed' }));
    });
    await received;
    expect(events.join('')).toContain('"label":"Streamed"');
  });
});
