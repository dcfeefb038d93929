/** translation-frontmatter v2: per-key policy and front matter that did not parse in one locale. */
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../helpers/rule-tester.js';
import translationFrontmatter from '../../rules/translation-frontmatter.js';

const CONFIG = {
  locales: { pattern: '{name}.{locale}.md', default: 'en', source: 'en' },
  frontmatter: { policy: { routes: 'identical' as const, 'page-toc': 'same-keys' as const, menu: 'translated' as const } },
};
const EN = '---\ntitle: DNS\nmenu: DNS setup\nroutes:\n  default: /dns_config\n  aliases: [/dns]\npage-toc:\n  active: true\n---\n\n# DNS\n';

function run(de: string) {
  return lintFiles(
    [
      { path: 'guide.md', text: EN },
      { path: 'guide.de.md', text: de },
    ],
    [translationFrontmatter],
    { config: CONFIG },
  )['guide.de.md'];
}

describe('translation-frontmatter v2', () => {
  it('a route alias lost (identical)', () => {
    const r = run('---\ntitle: DNS\nmenu: DNS-Einrichtung\nroutes:\n  default: /dns_config\npage-toc:\n  active: true\n---\n\n# DNS\n');
    expect(r.map((m) => m.messageId)).toEqual(['differs']);
    expect(r[0].message).toMatch(/`routes` is .* here but .*aliases.* in the source `en`/u);
  });
  it('a table-of-contents flag only in the source (same-keys)', () => {
    expect(run('---\ntitle: DNS\nmenu: DNS-Einrichtung\nroutes:\n  default: /dns_config\n  aliases: [/dns]\n---\n\n# DNS\n').map((m) => m.messageId)).toEqual([
      'missing',
    ]);
  });
  it('a map with other keys (same-keys)', () => {
    expect(
      run('---\ntitle: DNS\nroutes:\n  default: /dns_config\n  aliases: [/dns]\npage-toc:\n  active: true\n  depth: 3\n---\n\n# DNS\n').map((m) => m.messageId),
    ).toEqual(['shape']);
  });
  it('front matter that did not parse (opening --- lost)', () => {
    const r = run('\ntitle: DNS\nroutes:\n  default: /dns_config\n---\n\n# DNS\n');
    expect(r.map((m) => m.messageId)).toEqual(['unparsed']);
    expect(r[0].range.start.line).toBe(2);
  });
  it('translated keys and same-keys values with other values stay silent', () => {
    expect(
      run(
        '---\ntitle: DNS-Konfiguration\nmenu: DNS-Einrichtung\nroutes:\n  default: /dns_config\n  aliases: [/dns]\npage-toc:\n  active: false\n---\n\n# DNS\n',
      ),
    ).toEqual([]);
  });
});
