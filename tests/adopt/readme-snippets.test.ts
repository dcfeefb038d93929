/**
 * README snippets for adopters, exercised as a user would copy them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO, removeTree, tempTree } from '../helpers/cli.js';

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

/** The fenced block whose first line is `// <file name>` naming a lint-staged config. */
function lintStagedSnippet(): { name: string; code: string } {
  const block = [...readme.matchAll(/```js\n(\/\/ (lint-staged\.config\.[a-z]+)\n[\s\S]*?)```/g)][0];
  if (!block) throw new Error('no lint-staged snippet in the README');
  return { name: block[2], code: block[1] };
}

describe('README lint-staged snippet', () => {
  it('loads in a default `npm init` project (no "type": "module") and runs guidelint --staged once, without file names', () => {
    const { name, code } = lintStagedSnippet();
    const root = tempTree({});
    roots.push(root);
    // npm init -y writes a package.json without "type": a .js file there is CommonJS, and `export default` fails.
    const init = spawnSync('npm', ['init', '-y'], { cwd: root, encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).type).not.toBe('module');
    writeFileSync(join(root, name), code);
    // How lint-staged uses the config: import it, call the task for the staged Markdown files.
    const probe = `const c = (await import(${JSON.stringify('./' + name)})).default; console.log(JSON.stringify(c['*.md'](['a.md', 'b.md'])));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toBe('guidelint --staged');
  });
});

describe('README configuration example', () => {
  it('is valid against the config schema, overrides included', async () => {
    const { parse } = await import('yaml');
    const { Ajv } = await import('ajv');
    const schema = JSON.parse(readFileSync(join(REPO, 'schemas/config.schema.json'), 'utf8')) as object;
    const section = readme.slice(readme.indexOf('## Configuration'));
    // The full example: the first YAML block of the section with a `files:` key.
    const block = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => /^files:/m.test(b)) ?? '';
    expect(block).toContain('overrides:');
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const ok = validate(parse(block));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
