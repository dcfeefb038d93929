import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, utimesSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { run, type RunResult } from '../../src/index.js';
import { stableJson } from '../../src/engine/cache.js';
import { tempTree, removeTree, REPO } from '../helpers/cli.js';

const MODEL = `products:
  demo:
    name: Demo
    endpoints:
      - protocol: imap
        hosts: [mail.example.com]
        ports:
          - { port: 993, security: ssl }
`;
const LEXICON = 'language: en\nname: English extra\nport: [gate]\n';

/** Guide with a missing image (guide-image) and a port claim, in two locales. */
function guide(title: string): string {
  return `---\ntitle: ${title}\n---\n\n# ${title}\n\n![shot](images/shot.png)\n\n- Incoming server: mail.example.com\n- Port: 993\n`;
}

let root: string;
const cacheDir = (): string => join(root, '.cache-here');

function lint(extra: { workers?: number } = {}): Promise<RunResult> {
  return run({ cwd: root, cache: true, cacheLocation: cacheDir(), workers: extra.workers ?? 0 });
}

/** Messages as comparable data (rule, line, message). */
function findings(r: RunResult): string[] {
  return r.results.flatMap((f) => f.messages.map((m) => `${f.path}:${m.range.start.line} ${m.ruleId} ${m.message}`));
}

function cacheFile(): string {
  const files = readdirSync(cacheDir()).filter((f) => f.endsWith('.cache'));
  expect(files).toHaveLength(1);
  return join(cacheDir(), files[0]);
}

/** Make every file look older than the racy window, as after a checkout long ago. */
function age(...paths: string[]): void {
  const past = new Date(Date.now() - 60_000);
  for (const p of paths) utimesSync(join(root, p), past, past);
}

const FILES = ['docs/a/guide.en-gb.md', 'docs/a/guide.fr-fr.md', 'docs/b/guide.en-gb.md'];

beforeEach(() => {
  root = tempTree({
    'guidelint.config.yaml': 'files: ["docs/**/*.md"]\nlocales:\n  pattern: guide.{locale}.md\n  source: en-gb\nmodel: model.yaml\nlexicons: [lex]\n',
    'model.yaml': MODEL,
    'lex/en.yaml': LEXICON,
    [FILES[0]]: guide('Alpha'),
    [FILES[1]]: guide('Alpha FR'),
    [FILES[2]]: guide('Beta'),
  });
  age(...FILES);
});
afterEach(() => removeTree(root));

describe('--cache', () => {
  it('reuses every outcome when nothing changed, with the same findings, summaries and sets', async () => {
    const cold = await lint();
    expect(cold.cacheStats).toEqual({ hits: 0, misses: 3 });
    expect(findings(cold).some((f) => f.includes('guide-image'))).toBe(true);
    const warm = await lint();
    expect(warm.cacheStats).toEqual({ hits: 3, misses: 0 });
    expect(findings(warm)).toEqual(findings(cold));
    expect(stableJson(warm.summaries)).toBe(stableJson(cold.summaries));
    expect(warm.sets.map((s) => [s.key, s.members.map((m) => m.path)])).toEqual(cold.sets.map((s) => [s.key, s.members.map((m) => m.path)]));
  });

  it('fills the cache from the worker pool as well as in-thread', async () => {
    // Workers load the built engine (dist/, built by `npm test`'s pretest).
    const built = (await import(join(REPO, 'dist/src/index.js'))) as { run: typeof run };
    const pooled = (): Promise<RunResult> => built.run({ cwd: root, cache: true, cacheLocation: cacheDir(), workers: 2 });
    const cold = await pooled();
    expect(cold.cacheStats).toEqual({ hits: 0, misses: 3 });
    const warm = await pooled();
    expect(warm.cacheStats).toEqual({ hits: 3, misses: 0 });
    expect(findings(warm)).toEqual(findings(cold));
  });

  it('re-lints a changed file only, and its new findings are reported', async () => {
    await lint();
    writeFileSync(join(root, FILES[2]), '# Beta\n\nNo image any more.\n');
    const warm = await lint();
    expect(warm.cacheStats).toEqual({ hits: 2, misses: 1 });
    expect(findings(warm).filter((f) => f.startsWith(FILES[2]) && f.includes('guide-image'))).toEqual([]);
  });

  it('trusts the content hash over the timestamp: a touched but unchanged file is a hit', async () => {
    await lint();
    const now = new Date();
    utimesSync(join(root, FILES[0]), now, now);
    expect((await lint()).cacheStats).toEqual({ hits: 3, misses: 0 });
  });

  it('sees a same-size edit', async () => {
    const cold = await lint();
    const path = join(root, FILES[0]);
    writeFileSync(path, readFileSync(path, 'utf8').replace('# Alpha', '# Alfa!'));
    const warm = await lint();
    expect(warm.cacheStats).toEqual({ hits: 2, misses: 1 });
    const heading = (r: RunResult) => r.summaries.find((x) => x.path === FILES[0])?.headings[0]?.text;
    expect(heading(cold)).toBe('Alpha');
    expect(heading(warm)).toBe('Alfa!');
  });

  it('re-checks the local files a guide points to (a missing image that appears)', async () => {
    const cold = await lint();
    expect(findings(cold).filter((f) => f.includes('guide-image'))).toHaveLength(3);
    mkdirSync(join(root, 'docs/a/images'), { recursive: true });
    writeFileSync(join(root, 'docs/a/images/shot.png'), '');
    const warm = await lint();
    expect(warm.cacheStats).toEqual({ hits: 1, misses: 2 });
    expect(findings(warm).filter((f) => f.includes('guide-image'))).toHaveLength(1);
  });

  it.each([
    [
      'the config',
      () => writeFileSync(join(root, 'guidelint.config.yaml'), readFileSync(join(root, 'guidelint.config.yaml'), 'utf8') + 'rules:\n  guide-image: warn\n'),
    ],
    ['the model', () => writeFileSync(join(root, 'model.yaml'), MODEL.replace('993', '995'))],
    ['a lexicon', () => writeFileSync(join(root, 'lex/en.yaml'), LEXICON.replace('gate', 'portal'))],
  ])('throws every entry away when %s changes', async (_what, change) => {
    await lint();
    change();
    expect((await lint()).cacheStats).toEqual({ hits: 0, misses: 3 });
    expect((await lint()).cacheStats).toEqual({ hits: 3, misses: 0 });
  });

  it('ignores a corrupt cache file and replaces it with a good one', async () => {
    const cold = await lint();
    writeFileSync(cacheFile(), Buffer.from('not a cache at all \u0000\u00ff'));
    const again = await lint();
    expect(again.cacheStats).toEqual({ hits: 0, misses: 3 });
    expect(findings(again)).toEqual(findings(cold));
    expect((await lint()).cacheStats).toEqual({ hits: 3, misses: 0 });
  });

  it('ignores a truncated cache file', async () => {
    await lint();
    const bytes = readFileSync(cacheFile());
    writeFileSync(cacheFile(), bytes.subarray(0, bytes.length >> 1));
    expect((await lint()).cacheStats).toEqual({ hits: 0, misses: 3 });
  });

  it('treats a damaged entry as a miss and keeps the others', async () => {
    const cold = await lint();
    const blob = deserialize(readFileSync(cacheFile())) as { entries: Map<string, { outcome: unknown }> };
    blob.entries.get(FILES[1])!.outcome = serialize({ result: 'garbage' });
    writeFileSync(cacheFile(), serialize(blob));
    const warm = await lint();
    expect(warm.cacheStats).toEqual({ hits: 2, misses: 1 });
    expect(findings(warm)).toEqual(findings(cold));
  });

  it('writes atomically: no temporary files are left behind', async () => {
    await lint();
    await lint();
    expect(readdirSync(cacheDir()).filter((f) => !f.endsWith('.cache'))).toEqual([]);
  });

  describe('translation sets (slim runs, as the lint command makes)', () => {
    const slimLint = (): Promise<RunResult> => run({ cwd: root, cache: true, cacheLocation: cacheDir(), workers: 0, slimSummaries: true });
    /** Set a's French page names another port: translation-claims reports it. */
    const drift = (): void => writeFileSync(join(root, FILES[1]), guide('Alpha FR').replace('Port: 993', 'Port: 995'));
    const setFindings = (r: RunResult): string[] => findings(r).filter((f) => f.includes(' translation-'));

    it('reuses the findings of sets none of whose members changed, without comparing them again', async () => {
      drift();
      age(FILES[1]);
      const cold = await slimLint();
      expect(cold.setCacheStats).toEqual({ hits: 0, misses: 2 });
      expect(setFindings(cold).some((f) => f.startsWith(`${FILES[1]}:`) && f.includes('translation-claims'))).toBe(true);
      const warm = await slimLint();
      expect(warm.setCacheStats).toEqual({ hits: 2, misses: 0 });
      expect(findings(warm)).toEqual(findings(cold));
      expect(warm.sets.map((s) => [s.key, s.reference?.path, s.members.map((m) => m.path)])).toEqual(
        cold.sets.map((s) => [s.key, s.reference?.path, s.members.map((m) => m.path)]),
      );
      expect(stableJson(warm.summaries)).toBe(stableJson(cold.summaries));
    });

    it('compares a set again when one member changed, from the stored summaries of the others', async () => {
      drift();
      age(FILES[1]);
      expect(setFindings(await slimLint()).some((f) => f.includes('translation-claims'))).toBe(true);
      // The French page gets its port back: set a is compared again (its English page from the cache), set b is reused.
      writeFileSync(join(root, FILES[1]), guide('Alpha FR'));
      const warm = await slimLint();
      expect(warm.cacheStats).toEqual({ hits: 2, misses: 1 });
      expect(warm.setCacheStats).toEqual({ hits: 1, misses: 1 });
      expect(setFindings(warm).filter((f) => f.includes('translation-claims'))).toEqual([]);
    });

    it('compares a set again when a member is added or removed', async () => {
      await slimLint();
      writeFileSync(join(root, 'docs/b/guide.fr-fr.md'), '# Beta FR\n');
      const added = await slimLint();
      expect(added.setCacheStats).toEqual({ hits: 1, misses: 1 });
      expect(findings(added).some((f) => f.startsWith('docs/b/guide.fr-fr.md') && f.includes('translation-'))).toBe(true);
    });
  });

  it('defaults to node_modules/.cache/guidelint under the config root', async () => {
    await run({ cwd: join(root, 'docs'), cache: true, workers: 0 });
    expect(readdirSync(join(root, 'node_modules/.cache/guidelint')).some((f) => f.endsWith('.cache'))).toBe(true);
  });
});
