// Imported first by the renderer entry: Zod's fast path compiles parsers with `new Function`,
// probed when the first object schema is built. The CSP forbids eval, and Chromium reports the
// refused probe even though Zod catches it. Jitless mode never probes.
import { z } from 'zod';

z.config({ jitless: true });
