import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PUBLIC_FILE_MODE = 0o644;

/** Readers (the hub reloading directory.json, a TLS server) must never see a half-written file. */
export function writeFileAtomic(file: string, data: string, mode = PUBLIC_FILE_MODE): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, data, { mode });
  renameSync(temp, file);
}

/** Leaves unchanged files alone, so a second run changes no mtime and wakes no watcher. */
export function writeFileIfChanged(file: string, data: string, mode = PUBLIC_FILE_MODE): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === data) return false;
  writeFileAtomic(file, data, mode);
  return true;
}

export function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
