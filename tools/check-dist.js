#!/usr/bin/env node
// Fails when the build output holds test code: tests (*.spec, *.int-spec, *.e2e-spec), fixtures
// (*.fixture) or a `testing/` folder of an app or library. The build excludes them
// (tsconfig.build.json); this catches a production file that imports one, which drags it back in.
// libs/testing is the test library itself: the bench uses it, so it is built on purpose.
'use strict';
const { existsSync, readdirSync } = require('node:fs');
const { join, relative, sep } = require('node:path');

const TEST_FILE = /\.(spec|int-spec|e2e-spec|fixture)\.(js|d\.ts|js\.map)$/;

/** Paths (relative to distDir, `/`-separated) of the test code found under distDir. */
function findTestCode(distDir) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(distDir, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (rel === 'libs/testing') continue;
        if (entry.name === 'testing') found.push(`${rel}/`);
        else walk(path);
      } else if (TEST_FILE.test(entry.name)) {
        found.push(rel);
      }
    }
  };
  if (existsSync(distDir)) walk(distDir);
  return found.sort();
}

module.exports = { findTestCode };

if (require.main === module) {
  const distDir = join(__dirname, '..', process.argv[2] ?? 'dist');
  if (!existsSync(join(distDir, 'apps'))) {
    process.stderr.write(`${distDir} holds no build: run \`node tools/build.js --force\` first.\n`);
    process.exit(1);
  }
  const found = findTestCode(distDir);
  if (found.length) {
    process.stderr.write(`dist contains test code (${found.length}):\n${found.map((p) => `  ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write('dist contains no test code.\n');
}
