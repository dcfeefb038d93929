import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rule from '../../rules/guide-image.js';
import { lintText } from '../helpers/rule-tester.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'guidelint-image-'));
  mkdirSync(join(root, 'guide/images'), { recursive: true });
  writeFileSync(join(root, 'guide/images/step 1.png'), '');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const view = (text: string, options?: Record<string, unknown>) =>
  lintText(text, [rule], { root, path: 'guide/guide.fr-fr.md', options }).map((m) => ({
    at: `${m.range.start.line}:${m.range.start.column}`,
    id: m.messageId,
    data: m.data,
  }));

describe('guide-image', () => {
  it('finds local images that do not exist, relative to the guide', () => {
    expect(view('![a](images/step%201.png){.thumbnail} ![b](images/step2.png?v=2) ![c](<images/step 1.png>)\n')).toEqual([
      { at: '1:39', id: 'missingFile', data: { url: 'images/step2.png?v=2', path: 'images/step2.png' } },
    ]);
  });

  it('skips URLs, site-absolute paths and placeholders; checks nothing when checkExists is off', () => {
    expect(view('![a](https://example.com/x.png) ![b](/images/x.png) ![c]({ovh_www}/x.png) ![d](data:image/png;base64,AA==)\n')).toEqual([]);
    expect(view('![a](images/missing.png)\n', { checkExists: false })).toEqual([]);
  });

  it('reports empty alt text only with requireAlt', () => {
    expect(view('![](images/step%201.png)\n')).toEqual([]);
    expect(view('![](images/step%201.png)\n', { requireAlt: true })).toEqual([{ at: '1:1', id: 'noAlt', data: { url: 'images/step%201.png' } }]);
  });
});
