// Writing a file the user named: into a folder that exists, never over a folder or a device,
// and with typed errors the renderer can translate instead of raw I/O errors.
import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../shared/contract/result.ts';

/** Refuses a target whose folder is missing or that is not a regular file. */
export function requireFolder(target: string, given: string): void {
  const fail = (code: string) =>
    new ApiFailure({ kind: 'conflict', code, path: ['path'], params: { value: given } });
  if (!fs.existsSync(path.dirname(target)) || !fs.statSync(path.dirname(target)).isDirectory())
    throw fail('folderMissing');
  if (fs.existsSync(target) && !fs.statSync(target).isFile()) throw fail('notAFile');
}

/** A file that could not be written (name too long, no permission, read-only disk): a typed error. */
export function cannotWrite(error: unknown, given: string): ApiFailure {
  const code = String((error as { code?: unknown }).code ?? '');
  return new ApiFailure({
    kind: 'conflict',
    code: code === 'ENOSPC' || code === 'SQLITE_FULL' ? 'diskFull' : 'cannotWrite',
    path: ['path'],
    params: { value: given },
  });
}

export function withExtension(file: string): string {
  return file.toLowerCase().endsWith('.clusterpilot') ? file : `${file}.clusterpilot`;
}
