#!/usr/bin/env node
// Generates the plain wire types (TypeScript interfaces, no runtime code) from the official UAE
// Open Finance OpenAPI documents, once, into the repository: `npm run wire-types`. Nothing reads
// the documents at run time; the committed output is checked against a fresh generation by
// tools/generate-wire-types.spec.ts, so the types never drift from the documents.
//
//   node tools/generate-wire-types.js [--out <dir>]
//
// --out writes the same tree under another root (the drift test uses a temporary folder).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { default: openapiTS, astToString } = require('openapi-typescript');
const { version: generatorVersion } = require('openapi-typescript/package.json');

const REPO = path.resolve(__dirname, '..');

/** The official documents, vendored in the repository (third_party/uae-open-finance-specs/README.md). */
const SPECS_DIR = path.join(REPO, 'third_party/uae-open-finance-specs/dist');

/**
 * The TPP-facing standard is v2.1 with its errata: per document, the newest erratum that holds it
 * replaces the base document (errata2, else errata1, else v2.1 itself).
 */
const STANDARDS_FOLDERS = ['standards/v2.1-errata2', 'standards/v2.1-errata1', 'standards/v2.1'];
const STANDARDS_OUT = 'libs/standards/src/generated';

/** Ozone Connect (the hub ↔ LFI interface) v2.1.x has no errata folders. */
const OZONE_CONNECT_FOLDER = 'ozone-connect/v2.1.x';
const OZONE_CONNECT_OUT = 'libs/ozone-connect/src/wire/generated';

/** `uae-ozone-connect-bank-data-sharing-openapi.yaml` → `bank-data-sharing`. */
function moduleName(file) {
  return file.replace(/^uae-(ozone-connect-)?/, '').replace(/-openapi\.ya?ml$/, '');
}

function yamlFiles(folder) {
  const dir = path.join(SPECS_DIR, folder);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
}

/** The documents to generate: `{source, out}`, the source relative to SPECS_DIR. */
function documents() {
  const jobs = [];
  const names = [...new Set(STANDARDS_FOLDERS.flatMap(yamlFiles))].sort();
  for (const name of names) {
    const folder = STANDARDS_FOLDERS.find((f) => fs.existsSync(path.join(SPECS_DIR, f, name)));
    jobs.push({ source: `${folder}/${name}`, out: `${STANDARDS_OUT}/${moduleName(name)}.ts` });
  }
  for (const name of yamlFiles(OZONE_CONNECT_FOLDER)) {
    jobs.push({ source: `${OZONE_CONNECT_FOLDER}/${name}`, out: `${OZONE_CONNECT_OUT}/${moduleName(name)}.ts` });
  }
  return jobs;
}

function header(source) {
  return [
    '/**',
    ' * GENERATED FILE: do not edit. Regenerate with `npm run wire-types` (tools/generate-wire-types.js,',
    ` * openapi-typescript ${generatorVersion}).`,
    ` * Source: ${source}`,
    ' * from the UAE Open Finance OpenAPI documents (MIT licence, Nebras Open Finance).',
    ' */',
    '',
    '',
  ].join('\n');
}

async function generate(job) {
  const file = path.join(SPECS_DIR, job.source);
  // The document is handed over as a file URL so that any relative $ref resolves beside it.
  const ast = await openapiTS(new URL(`file://${file}`), {
    silent: true,
    // The standard's objects are closed; an index signature would let a typo through.
    additionalProperties: false,
    alphabetize: false,
  });
  return header(job.source) + astToString(ast);
}

async function main() {
  const at = process.argv.indexOf('--out');
  const outRoot = at > 0 ? path.resolve(process.argv[at + 1]) : REPO;
  if (!fs.existsSync(SPECS_DIR)) throw new Error(`official documents not found at ${SPECS_DIR}`);
  const jobs = documents();
  const started = Date.now();
  for (const dir of [STANDARDS_OUT, OZONE_CONNECT_OUT]) {
    // Start from an empty folder so a document dropped upstream leaves no stale file behind.
    fs.rmSync(path.join(outRoot, dir), { recursive: true, force: true });
    fs.mkdirSync(path.join(outRoot, dir), { recursive: true });
  }
  for (const job of jobs) {
    fs.writeFileSync(path.join(outRoot, job.out), await generate(job));
    console.log(`${job.out} ← ${job.source}`);
  }
  console.log(`${jobs.length} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
