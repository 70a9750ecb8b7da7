// The Content Security Policy of the renderer, one definition for both hosts: the Electron
// app:// protocol and the loopback web host. No remote origin, no inline script, no eval.

export interface CspOptions {
  /** The web host's renderer talks to its own origin over fetch; the Electron one needs no network. */
  readonly connectSelf: boolean;
}

export function contentSecurityPolicy({ connectSelf }: CspOptions): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connectSelf ? "'self'" : "'none'"}`,
    "manifest-src 'none'",
    // The network layout runs in a Web Worker built into the renderer (renderer/network).
    "worker-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
