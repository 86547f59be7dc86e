#!/usr/bin/env node
require('./run-bundle.js')(require('node:path').join(__dirname, '..', 'dist', 'cli.js'));
