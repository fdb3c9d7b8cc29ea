import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './sandbox-process';

/**
 * The official UAE Open Finance OpenAPI documents, vendored in third_party/uae-open-finance-specs
 * (MIT data, source commit in its README): conformance tests always run, on a clone alone as in
 * CI. OF_SPECS_DIR may point elsewhere to try newer documents before vendoring them.
 */
export const OF_SPECS_DIR = resolve(REPO_ROOT, process.env.OF_SPECS_DIR ?? 'third_party/uae-open-finance-specs/dist');

/** A document by its path under `dist` (e.g. 'standards/v2.1-errata2/uae-bank-initiation-openapi.yaml'). */
export function readOfficialSpec(relativePath: string): any {
  return parse(readFileSync(join(OF_SPECS_DIR, relativePath), 'utf8'));
}

/** The sandbox manifest's JSON schema: the project owns it (schemas/README.md). */
export const MANIFEST_SCHEMA_FILE = resolve(REPO_ROOT, 'schemas/sandbox-manifest.schema.json');
