// The backend worker's entry when running from source (the tests, serve.ts without --worker): Node
// strips the TypeScript types itself. Kept apart from worker-backend.ts, which the packaged app
// bundles as CommonJS, where import.meta does not exist.
import path from 'node:path';

export const workerSource = path.join(import.meta.dirname, 'worker.ts');
