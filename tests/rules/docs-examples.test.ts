/**
 * The docs are the tests: every rule of the registry has a doc whose
 * examples run through the rule tester, with their exact findings (see
 * tests/helpers/doc-examples.ts for the block format). A rule added to the
 * registry without examples, or with a message id no example shows, fails
 * here.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rules } from '../../rules/index.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { docTable } from '../helpers/doc-examples.js';

for (const rule of rules) {
  const path = `rules/${rule.meta.id}.md`;
  const table = docTable(readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8'));
  describe(`${path} examples`, () => {
    it('has well-formed examples, valid and invalid', () => {
      expect(table.problems).toEqual([]);
      expect(table.valid.length, `${path} has no \`markdown ok\` example`).toBeGreaterThan(0);
      expect(table.invalid.length, `${path} has no \`markdown not-ok\` example`).toBeGreaterThan(0);
    });
  });
  ruleTester(rule, table);
}
