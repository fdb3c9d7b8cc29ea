import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { writeFileIfChanged } from '../issuance/atomic-file';
import { Directory } from './directory.types';

export const DIRECTORY_FILE = 'directory.json';

/** Path fields are recognised by name, so new file fields need no extra mapping code. */
const PATH_FIELD = /(File|Dir)$/;

export function directoryFile(certsDir: string): string {
  return join(certsDir, DIRECTORY_FILE);
}

/** Reads the registry written by ensureTrustFramework; every path in the result is absolute. */
export function readDirectory(certsDir: string): Directory {
  const root = resolve(certsDir);
  const stored = readStoredDirectory(root);
  if (!stored) {
    throw new Error(
      `No trust framework directory at ${directoryFile(root)}: run "npm start" (or ensureTrustFramework) first to create the sandbox certificates`,
    );
  }
  return stored;
}

/** Like readDirectory, but a first run (no file yet) is not an error. */
export function readStoredDirectory(certsDir: string): Directory | undefined {
  const file = directoryFile(certsDir);
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file} is not valid JSON (${(e as Error).message}); delete the certs folder to start afresh`);
  }
  if ((parsed as { version?: unknown })?.version !== 1) {
    throw new Error(`${file} has an unsupported version (expected 1); delete the certs folder to start afresh`);
  }
  return mapPaths(parsed, (p) => (isAbsolute(p) ? p : join(certsDir, p))) as Directory;
}

/** Relative paths keep the folder movable (another checkout, a container volume). */
export function writeDirectory(directory: Directory): boolean {
  const root = directory.certsDir;
  const stored = mapPaths(directory, (p) => relative(root, p).split(sep).join('/') || '.');
  return writeFileIfChanged(directoryFile(root), `${JSON.stringify(stored, null, 2)}\n`);
}

function mapPaths(value: unknown, map: (path: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => mapPaths(v, map));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, PATH_FIELD.test(key) && typeof v === 'string' ? map(v) : mapPaths(v, map)]),
  );
}
