import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.ts';

describe('content security policy', () => {
  const directives = (policy: string) =>
    new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

  it.each([true, false])('allows no inline script, eval or remote origin (connectSelf=%s)', (connectSelf) => {
    const policy = contentSecurityPolicy({ connectSelf });
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    const d = directives(policy);
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it.each([true, false])('allows workers only from the renderer itself (connectSelf=%s)', (connectSelf) => {
    expect(directives(contentSecurityPolicy({ connectSelf })).get('worker-src')).toEqual(["'self'"]);
  });

  it('lets only the web host renderer connect, and only to itself', () => {
    expect(directives(contentSecurityPolicy({ connectSelf: true })).get('connect-src')).toEqual(["'self'"]);
    expect(directives(contentSecurityPolicy({ connectSelf: false })).get('connect-src')).toEqual(["'none'"]);
  });
});
