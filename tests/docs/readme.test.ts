import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../rules/index.js';
import { withRulesTable } from '../../src/docs/rules-table.js';
import { DOC_END, withRuleDocHeader } from '../../src/docs/rule-doc.js';
import { REPO } from '../helpers/cli.js';

describe('documentation stays true', () => {
  it('README rule table matches the registry (run `npm run docs` to update)', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(readme).toBe(withRulesTable(readme, rules));
  });

  it('every rule has its docs beside it and a unique kebab-case id with a family prefix', () => {
    const ids = new Set<string>();
    for (const rule of rules) {
      expect(rule.meta.id).toMatch(/^(claim|translation|guide)-[a-z0-9-]+$/);
      expect(rule.meta.id.startsWith(`${rule.meta.family}-`)).toBe(true);
      expect(ids.has(rule.meta.id)).toBe(false);
      ids.add(rule.meta.id);
      expect(existsSync(join(REPO, 'rules', `${rule.meta.id}.md`))).toBe(true);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    }
  });

  it('the README quick start shows the two commands', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(readme).toContain('npm install && npm run lint:guides');
    expect(readme).toContain('npm test');
  });
});

describe('rule docs', () => {
  it.each(rules.map((r) => [r.meta.id, r] as const))('the head of rules/%s.md matches its meta (run `npm run docs` to regenerate)', (id, rule) => {
    const doc = readFileSync(join(REPO, 'rules', `${id}.md`), 'utf8');
    expect(doc).toContain(DOC_END);
    expect(doc).toBe(withRuleDocHeader(doc, rule));
  });
});
