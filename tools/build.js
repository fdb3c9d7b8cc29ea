#!/usr/bin/env node
// Builds dist/ with tsc (incremental) and rewrites the @hub/* path aliases to relative paths
// (tsc-alias). Skipped when nothing the build reads is newer than the last build, so a second
// `npm start` starts in seconds.
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
const INPUTS = ['apps', 'libs', 'bench', 'seed-data', 'tsconfig.base.json', 'tsconfig.build.json', 'package-lock.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), st.mtimeMs);
}

function isStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return INPUTS.some((p) => newestMtime(join(root, p)) > built);
}

function build() {
  const bin = (name) => join(root, 'node_modules', '.bin', name);
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(bin('tsc-alias'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, new Date().toISOString());
}

function ensureBuilt({ force = false, quiet = false } = {}) {
  if (!force && !isStale()) return false;
  // A forced build starts from an empty dist: tsc never deletes the output of a source that was
  // moved or excluded (e.g. test code), and tools/check-dist.js must see only today's sources.
  if (force) rmSync(join(root, 'dist'), { recursive: true, force: true });
  if (!quiet) process.stdout.write('Building the sandbox (tsc)…\n');
  const t0 = Date.now();
  build();
  if (!quiet) process.stdout.write(`Built in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  return true;
}

module.exports = { ensureBuilt };

if (require.main === module) {
  try {
    ensureBuilt({ force: process.argv.includes('--force') });
  } catch {
    process.stderr.write('The build failed: see the TypeScript errors above.\n');
    process.exit(1);
  }
}
