// Writes rules/index.ts from the rule files (see scripts/registry.js).
import { readFileSync, writeFileSync } from 'node:fs';
import { registrySource } from './registry.js';

const path = new URL('../rules/index.ts', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = registrySource();
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'rules/index.ts is up to date' : 'rules/index.ts updated');
