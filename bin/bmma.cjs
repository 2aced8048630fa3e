#!/usr/bin/env node
'use strict';
// The `bmma` command: a thin launcher for the bundled CLI (built by `npm install` or `npm run build`).
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'out', 'cli', 'bmma.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('bmma: the command line tool is not built yet. Run `npm run build:cli` (or `npm run build`) first.\n');
  process.exit(5);
}
require(bundle);
