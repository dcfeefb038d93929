#!/usr/bin/env node
// Regenerate the README rule table and the head of every rule doc from the rules' metadata (run after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../dist/rules/index.js';
import { withRulesTable } from '../dist/src/docs/rules-table.js';
import { withRuleDocHeader } from '../dist/src/docs/rule-doc.js';

const { withFormatsTable } = await import('../dist/src/report/formats.js');

function update(url, change) {
  const before = readFileSync(url, 'utf8');
  const after = change(before);
  if (after !== before) writeFileSync(url, after);
  return after !== before;
}

const changed = [];
// The README's rule table (from the registry) and format table (from the format registry).
if (update(new URL('../README.md', import.meta.url), (text) => withFormatsTable(withRulesTable(text, rules)))) changed.push('README.md');
for (const rule of rules) {
  const path = `rules/${rule.meta.id}.md`;
  if (update(new URL(`../${path}`, import.meta.url), (text) => withRuleDocHeader(text, rule))) changed.push(path);
}
console.log(changed.length ? `updated: ${changed.join(', ')}` : 'README tables and rule docs are up to date');
