// The size limits of a call, apart from the envelope's schema: the web host's HTTP side checks
// them without loading Zod (its start-up stays small; the backend's thread validates).
import type { ApiError } from './result.ts';

/** The largest file an import accepts, in bytes (as the user sees it on disk). */
export const MAX_IMPORT_FILE_BYTES = 60 * 1024 * 1024;
/** The same file base64-encoded, as the import calls carry it (4 characters per 3 bytes). */
export const MAX_IMPORT_BASE64_CHARS = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;
/** The largest call either transport carries: the largest import plus room for its options. */
export const MAX_CALL_BYTES = MAX_IMPORT_BASE64_CHARS + 1024 * 1024;

/** The typed answer to a call above MAX_CALL_BYTES (both transports). */
export function tooLargeError(): ApiError {
  return {
    kind: 'conflict',
    code: 'tooLarge',
    params: { max: Math.round(MAX_IMPORT_FILE_BYTES / (1024 * 1024)) },
  };
}
