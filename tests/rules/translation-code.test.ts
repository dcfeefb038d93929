/**
 * translation-code on small en/de pairs: each planted change a translator
 * must not make is found on the translation, with the source as related
 * location; each legitimate variant stays silent.
 */
import { describe, expect, it } from 'vitest';
import { lintFiles, brief } from '../helpers/rule-tester.js';
import translationCode from '../../rules/translation-code.js';
import translationStructure from '../../rules/translation-structure.js';

const CONFIG = {
  locales: { pattern: '{name}.{locale}.md', source: 'en' },
  translation: { equivalents: [['example.com', 'example.de']] },
};

const fence = (lang: string, body: string) => '```' + lang + '\n' + body + '\n```';

function run(en: string, de: string, config: Record<string, unknown> = CONFIG) {
  const out = lintFiles(
    [
      { path: 'guide.en.md', text: en },
      { path: 'guide.de.md', text: de },
    ],
    [translationCode],
    { config },
  );
  return { en: out['guide.en.md'], de: out['guide.de.md'] };
}

/** One section with the given body, in each language. */
function pair(enBody: string, deBody: string) {
  return run(`# Setup\n\nConfigure it:\n\n${enBody}\n`, `# Einrichtung\n\nKonfigurieren:\n\n${deBody}\n`);
}

describe('translation-code: planted changes are found', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    [
      'config key translated',
      fence('yaml', 'server:\n  type: imap\n  port: 993'),
      fence('yaml', 'server:\n  Typ: imap\n  port: 993'),
      /`Typ:` here where the source `en` has `type:`/u,
    ],
    [
      'path translated',
      fence('bash', 'cp backup.tar /opt/mailcow/data/conf'),
      fence('bash', 'cp backup.tar /opt/mailcow/daten/conf'),
      /`\/opt\/mailcow\/daten\/conf`/u,
    ],
    ['flag added', fence('bash', 'docker compose build sogo'), fence('bash', 'docker compose build sogo --no-cache'), /`--no-cache`/u],
    ['flag dropped', fence('bash', 'docker compose up -d'), fence('bash', 'docker compose up'), /lacks `-d`/u],
    ['quote lost', fence('js', "x = { 'hue-1': '400' }"), fence('js', "x = { hue-1': '400' }"), /`hue-1` here where the source `en` has `'hue-1'`/u],
    ['wrong subcommand', fence('bash', 'backup.sh restore all'), fence('bash', 'backup.sh backup all'), /`backup` here where the source `en` has `restore`/u],
    ['placeholder re-cased', fence('bash', 'certbot certonly -d MAILCOW_HOSTNAME'), fence('bash', 'certbot certonly -d mailcow_HOSTNAME'), /re-cased/u],
    [
      'line doubled',
      fence('sql', "ALTER USER 'root';\nFLUSH PRIVILEGES;"),
      fence('sql', "ALTER USER 'root';\nALTER USER 'root';\nFLUSH PRIVILEGES;"),
      /repeats the line before it/u,
    ],
    [
      'IP losing an octet (output block)',
      fence('', 'listen tcp 0.0.0.0:25: bind: address already in use'),
      fence('', 'listen tcp 0.0.0:25: bind: Adresse bereits verwendet'),
      /`0\.0\.0:25:` here where the source `en` has `0\.0\.0\.0:25:`/u,
    ],
  ];
  for (const [name, en, de, message] of cases) {
    it(name, () => {
      const r = pair(en, de);
      expect(r.en).toEqual([]);
      expect(r.de.map((m) => m.ruleId)).toEqual(['translation-code']);
      expect(r.de[0].message).toMatch(message);
      expect(r.de[0].related?.[0].path).toBe('guide.en.md');
    });
  }

  it('whole sample missing, with the section and the source line', () => {
    const en = `# Setup\n\nRun \`setup.sh\`:\n\n${fence('bash', './setup.sh --init')}\n\nThen restart:\n\n${fence('bash', 'docker compose restart')}\n`;
    const de = `# Einrichtung\n\nStarten Sie \`setup.sh\`:\n\n${fence('bash', './setup.sh --init')}\n\nDann neu starten.\n`;
    const r = run(en, de);
    expect(brief(r.de)).toEqual(['1:1 translation-code missing']);
    expect(r.de[0].message).toMatch(/lacks the source `en` code block `docker compose restart` \(guide\.en\.md:11\)/u);
  });

  it('an extra block does not shift later comparisons', () => {
    const en = `# Setup\n\n${fence('bash', 'apt update')}\n\n${fence('bash', 'apt install nginx')}\n`;
    const de = `# Einrichtung\n\n${fence('bash', 'sudo -i')}\n\n${fence('bash', 'apt update')}\n\n${fence('bash', 'apt install nginx')}\n`;
    expect(run(en, de).de).toEqual([]);
  });

  it('inline code re-cased in an aligned paragraph', () => {
    const r = run('# Setup\n\nSet `MAILCOW_HOSTNAME` in `mailcow.conf`.\n', '# Einrichtung\n\nSetzen Sie `mailcow_HOSTNAME` in `mailcow.conf`.\n');
    expect(r.de.map((m) => m.messageId)).toEqual(['span']);
  });
});

describe('translation-code: legitimate variants stay silent', () => {
  const cases: Array<[string, string, string]> = [
    [
      'translated comment (#)',
      fence('bash', '# restart the stack\ndocker compose restart # all containers'),
      fence('bash', '# den Stack neu starten\ndocker compose restart # alle Container'),
    ],
    ['translated comment (//)', fence('js', '// the default\nconst port = 993;'), fence('js', '// der Standardwert\nconst port = 993;')],
    ['translated comment (--)', fence('sql', '-- find the user\nSELECT * FROM users;'), fence('sql', '-- den Benutzer finden\nSELECT * FROM users;')],
    ['translated comment (;)', fence('ini', '; the listen port\nport = 993'), fence('ini', '; der Port\nport = 993')],
    ['translated comment (<!-- -->)', fence('html', '<!-- the logo -->\n<img src="logo.png">'), fence('html', '<!-- das Logo -->\n<img src="logo.png">')],
    ['translated prose string', fence('bash', 'echo "Backup finished without errors"'), fence('bash', 'echo "Sicherung ohne Fehler beendet"')],
    ['localized example domain (declared)', fence('bash', 'certbot -d mail.example.com'), fence('bash', 'certbot -d mail.example.de')],
    ['localized example (placeholder words)', fence('bash', 'yunohost domain add your.domain.tld'), fence('bash', 'yunohost domain add ihre.domain.tld')],
    ['localized placeholder', fence('apache', 'ServerName CHANGE_TO_MAILCOW_HOSTNAME'), fence('apache', 'ServerName ZU_MAILCOW_HOSTNAME_AENDERN')],
    [
      'translated output text',
      fence('', 'Summary of Results\nSPF check: pass\nDKIM check: pass 2048'),
      fence('', 'Zusammenfassung\nSPF-Prüfung: bestanden\nDKIM-Prüfung: bestanden 2048'),
    ],
    [
      'translated console output',
      fence('console', '$ timedatectl status\nLocal time: Sat 2017-05-06 02:12:33 CEST'),
      fence('console', '$ timedatectl status\nLokale Zeit: Sa 2017-05-06 02:12:33 CEST'),
    ],
  ];
  for (const [name, en, de] of cases) {
    it(name, () => {
      const r = pair(en, de);
      expect(r.de).toEqual([]);
      expect(r.en).toEqual([]);
    });
  }

  it('a UI label in inline code is translated with the interface', () => {
    expect(run('# UI\n\nOpen `E-Mail > Configuration > Mailboxes`.\n', '# UI\n\nÖffnen Sie `E-Mail > Konfiguration > Mailboxen`.\n').de).toEqual([]);
  });

  it('a localized screenshot name is not code', () => {
    expect(run('# UI\n\n![Setup](setup_en.png)\n\nRun `setup.sh`.\n', '# UI\n\n![Einrichtung](setup_de.png)\n\nStarten Sie `setup.sh`.\n').de).toEqual([]);
  });
});

describe('per-locale additions (translation.additions)', () => {
  const en = '# Setup\n\n> [!primary]\n> Read this first.\n\nRun `setup.sh`.\n';
  const de = '# Einrichtung\n\n> [!primary]\n> Lies das zuerst.\n\n> [!warning]\n> Diese Seite wurde maschinell übersetzt.\n\nStarten Sie `setup.sh`.\n';
  const lint = (config: Record<string, unknown>) =>
    lintFiles(
      [
        { path: 'guide.en.md', text: en },
        { path: 'guide.de.md', text: de },
      ],
      [translationStructure, translationCode],
      { config },
    )['guide.de.md'];

  it('without the declaration, the notice is an extra admonition', () => {
    expect(lint(CONFIG).map((m) => m.messageId)).toEqual(['admonitions']);
  });

  it('a declared machine-translation notice is ignored by every translation rule', () => {
    expect(lint({ ...CONFIG, translation: { additions: { de: ['maschinell übersetzt'] } } })).toEqual([]);
  });
});

describe('translation config validation', () => {
  it('an invalid addition pattern is reported with its file, line and key', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadConfig } = await import('../../src/config/load.js');
    const dir = mkdtempSync(join(tmpdir(), 'guidelint-'));
    const path = join(dir, 'guidelint.config.yaml');
    writeFileSync(path, 'translation:\n  additions:\n    de:\n      - "maschinell (übersetzt"\n');
    expect(() => loadConfig(path, dir)).toThrow(/translation\.additions\.de\[0\]/u);
    writeFileSync(path, 'translation:\n  equivalents:\n    - [example.com]\n');
    expect(() => loadConfig(path, dir)).toThrow(/equivalents/u);
  });
});

describe('translation-code: a placeholder every translation localizes', () => {
  const set = (texts: Record<string, string>) =>
    lintFiles(
      Object.entries(texts).map(([locale, body]) => ({ path: `guide.${locale}.md`, text: `# T\n\nRun:\n\n${fence('bash', body)}\n` })),
      [translationCode],
      { config: { locales: { pattern: '{name}.{locale}.md', source: 'fr' } } },
    );

  it('stays silent when two or more translations each write the source word their own way', () => {
    const out = set({
      fr: 'mysql --host=serveur nom_de_la_base',
      en: 'mysql --host=serveur database_name',
      de: 'mysql --host=serveur datenbankname',
      it: 'mysql --host=serveur nome_database',
    });
    expect(Object.values(out).flat()).toEqual([]);
  });

  it('still reports a change two translations make the same way, and a single translation’s change', () => {
    const out = set({
      fr: 'mysql --host=serveur base',
      en: 'mysql --host=serveur base',
      it: 'mysql —host=serveur base',
      pl: 'mysql —host=serveur base',
      de: 'mysql --host=serveur datenbank',
    });
    expect(brief(out['guide.it.md'])).toEqual(['6:1 translation-code differs']);
    expect(brief(out['guide.pl.md'])).toEqual(['6:1 translation-code differs']);
    expect(brief(out['guide.de.md'])).toEqual(['6:1 translation-code differs']);
    expect(out['guide.en.md']).toEqual([]);
  });
});
