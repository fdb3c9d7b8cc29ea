import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './sandbox-process';

/**
 * The official UAE Open Finance OpenAPI documents are read from OF_SPECS_DIR (default
 * ../shared/specs/api-specs/dist). A user's own clone may not have them: conformance suites then
 * say so loudly and step aside; in CI (CI=true) their absence is a failure.
 */
export const OF_SPECS_DIR = resolve(REPO_ROOT, process.env.OF_SPECS_DIR ?? '../shared/specs/api-specs/dist');

export function officialSpecsAvailable(): boolean {
  if (existsSync(OF_SPECS_DIR)) return true;
  if (process.env.CI) throw new Error(`OF_SPECS_DIR ${OF_SPECS_DIR} is missing: conformance tests must run in CI`);
  process.stderr.write(`\n*** Official UAE Open Finance specs not found at ${OF_SPECS_DIR}: conformance tests are NOT run. Set OF_SPECS_DIR. ***\n\n`);
  return false;
}

export function readOfficialSpec(relativePath: string): any {
  return parse(readFileSync(join(OF_SPECS_DIR, relativePath), 'utf8'));
}
