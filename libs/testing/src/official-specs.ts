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

/**
 * The sandbox manifest schema (shared/design, a product contract kept beside the specs): like the
 * specs, absent from a user's own clone; its check then steps aside loudly, and fails in CI.
 */
export const MANIFEST_SCHEMA_FILE = resolve(REPO_ROOT, process.env.SANDBOX_MANIFEST_SCHEMA ?? '../shared/design/sandbox-manifest.schema.json');

export function manifestSchemaAvailable(): boolean {
  if (existsSync(MANIFEST_SCHEMA_FILE)) return true;
  if (process.env.CI) throw new Error(`${MANIFEST_SCHEMA_FILE} is missing: the manifest contract must be checked in CI`);
  process.stderr.write(`\n*** Sandbox manifest schema not found at ${MANIFEST_SCHEMA_FILE}: the manifest contract is NOT checked. ***\n\n`);
  return false;
}
