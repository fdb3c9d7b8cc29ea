#!/usr/bin/env node
// `npm start [-- --fresh]`: build if needed, then run the launcher in this very process so that
// Ctrl-C and SIGTERM reach it directly.
'use strict';
const { join } = require('node:path');
const { ensureBuilt } = require('./build');

try {
  ensureBuilt();
} catch {
  process.stderr.write('The build failed: see the TypeScript errors above.\n');
  process.exit(1);
}
require(join(__dirname, '..', 'dist', 'apps', 'sandbox', 'src', 'main.js'));
