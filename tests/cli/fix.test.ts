import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree, removeTree } from '../helpers/cli.js';
import { runIn } from '../helpers/main.js';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

// A pipe "table" with no delimiter row, CRLF line endings and a BOM: the fix inserts the row and keeps the rest byte for byte.
const GUIDE = '\uFEFF# Ports\r\n\r\n|Port|SSL on|SSL off|\r\n|Incoming|993|143|\r\n\r\nText after.\r\n';

describe('--fix and --fix-dry-run', () => {
  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const root = tempTree({ 'guide.md': GUIDE });
    roots.push(root);
    const r = await runIn(['--fix-dry-run', 'guide.md'], { cwd: root });
    expect(r.stdout).toContain('+|---|---|---|');
    expect(r.stdout).toMatch(/^--- a\/guide\.md/m);
    expect(readFileSync(join(root, 'guide.md'), 'utf8')).toBe(GUIDE);
  });

  it('--fix writes the fix, keeps BOM and CRLF, and a second --fix changes nothing', async () => {
    const root = tempTree({ 'guide.md': GUIDE });
    roots.push(root);
    await runIn(['--fix', 'guide.md'], { cwd: root });
    const once = readFileSync(join(root, 'guide.md'), 'utf8');
    expect(once).toBe('\uFEFF# Ports\r\n\r\n|Port|SSL on|SSL off|\r\n|---|---|---|\r\n|Incoming|993|143|\r\n\r\nText after.\r\n');
    const again = await runIn(['--fix', '--format', 'json', 'guide.md'], { cwd: root });
    expect(readFileSync(join(root, 'guide.md'), 'utf8')).toBe(once);
    const messages = (JSON.parse(again.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0].messages;
    expect(messages.filter((m) => m.ruleId === 'guide-pipe-table')).toEqual([]);
  });
});
