#!/usr/bin/env node
// Regenerate the README rule table from the rules' metadata (run after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../dist/rules/index.js';
import { withRulesTable } from '../dist/src/docs/rules-table.js';

const path = new URL('../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = withRulesTable(before, rules);
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'README rule table is up to date' : 'README rule table updated');

// The README's table of report formats, from the format registry.
const { withFormatsTable } = await import('../dist/src/report/formats.js');
const readme = readFileSync(path, 'utf8');
const withFormats = withFormatsTable(readme);
if (withFormats !== readme) writeFileSync(path, withFormats);
console.log(withFormats === readme ? 'README format table is up to date' : 'README format table updated');
