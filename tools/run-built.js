#!/usr/bin/env node
// Runs a built entry point (after building if anything changed), passing the remaining arguments.
'use strict';
const { join } = require('node:path');
const { ensureBuilt } = require('./build');

const [script, ...args] = process.argv.slice(2);
try {
  ensureBuilt({ quiet: true });
} catch {
  process.stderr.write('The build failed: see the TypeScript errors above.\n');
  process.exit(1);
}
process.argv = [process.argv[0], join(__dirname, '..', script), ...args];
require(join(__dirname, '..', script));
