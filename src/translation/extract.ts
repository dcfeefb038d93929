/**
 * What the file phase keeps of each block for block-by-block translation
 * comparisons: the lines of a code block that a translator must not
 * change (comments dropped by the fence's language), inline code spans,
 * and the values a paragraph states (addresses, versions with their
 * comparators, e-mail addresses, paths, placeholders). Compact plain
 * data: it goes into the file summary.
 */
import { loadLanguagePacks, type ComparatorClass, type LanguagePacks, type Phrases } from '../language/packs.js';

const MAX_LINES = 400;
const MAX_LINE = 400;

type CommentStyle = { line: string[]; block?: [string, string] };

const HASH = [
  'bash',
  'sh',
  'shell',
  'zsh',
  'ksh',
  'fish',
  'yaml',
  'yml',
  'python',
  'py',
  'python3',
  'toml',
  'dockerfile',
  'docker',
  'nginx',
  'apache',
  'apacheconf',
  'make',
  'makefile',
  'perl',
  'ruby',
  'rb',
  'r',
  'properties',
  'env',
  'dotenv',
  'cfg',
  'conf',
  'config',
  'sieve',
  'powershell',
  'ps1',
  'ps',
  'crontab',
  'cron',
  'systemd',
  'caddy',
  'caddyfile',
  'haproxy',
  'squid',
  'hcl',
  'terraform',
  'tf',
  'nix',
  'elixir',
  'coffee',
];
const SLASH = [
  'js',
  'javascript',
  'ts',
  'typescript',
  'jsx',
  'tsx',
  'json5',
  'jsonc',
  'c',
  'cpp',
  'c++',
  'h',
  'java',
  'go',
  'rust',
  'rs',
  'swift',
  'kotlin',
  'kt',
  'scala',
  'groovy',
  'scss',
  'less',
  'dart',
  'cs',
  'csharp',
];
const DASH = ['sql', 'mysql', 'psql', 'postgresql', 'pgsql', 'plsql', 'sqlite', 'lua', 'haskell', 'hs', 'ada'];
const SEMI = ['asm', 'nasm', 'lisp', 'clojure', 'clj', 'scheme', 'elisp', 'zone', 'dns', 'bind', 'dosini'];
const ANGLE = ['html', 'xml', 'markdown', 'md', 'svg', 'vue', 'xhtml', 'htm'];

function commentStyle(lang: string | undefined): CommentStyle {
  const l = (lang ?? '').toLowerCase();
  if (l === 'ini') return { line: ['#', ';'] };
  if (l === 'php') return { line: ['//', '#'], block: ['/*', '*/'] };
  if (l === 'css') return { line: [], block: ['/*', '*/'] };
  if (HASH.includes(l)) return { line: ['#'] };
  if (SLASH.includes(l)) return { line: ['//'], block: ['/*', '*/'] };
  if (DASH.includes(l)) return { line: ['--', '#'], block: ['/*', '*/'] };
  if (SEMI.includes(l)) return { line: [';'] };
  if (ANGLE.includes(l)) return { line: [], block: ['<!--', '-->'] };
  // No language or an unknown one: `# ` after a space or at a line start, as in shell and config files.
  return { line: ['# ', '#\t'] };
}

/**
 * Lines of a code block that count, with their 0-based line offsets in the
 * block: comments (by the language's syntax, outside quotes, at a line
 * start or after a space) and blank lines dropped, spacing collapsed.
 */
export function codeLines(value: string, lang: string | undefined): { lines: string[]; at: number[] } {
  const style = commentStyle(lang);
  const lines: string[] = [];
  const at: number[] = [];
  let inBlock = false;
  const raw = value.split(/\r?\n/u);
  for (let n = 0; n < raw.length && lines.length < MAX_LINES; n++) {
    let line = raw[n];
    if (/^\s*#$/u.test(line)) continue;
    let out = '';
    let quote = '';
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (inBlock) {
        if (style.block && line.startsWith(style.block[1], i)) {
          inBlock = false;
          i += style.block[1].length - 1;
        }
        continue;
      }
      if (quote) {
        out += ch;
        if (ch === '\\' && quote === '"') {
          out += line[i + 1] ?? '';
          i++;
        } else if (ch === quote) quote = '';
        continue;
      }
      const boundary = i === 0 || /\s/u.test(line[i - 1]);
      if (style.block && line.startsWith(style.block[0], i)) {
        inBlock = true;
        i += style.block[0].length - 1;
        continue;
      }
      // `#!/bin/bash` is not a comment; `--` is one only before a space (`--flag` is a flag).
      if (
        boundary &&
        style.line.some((m) => line.startsWith(m, i) && !(m === '#' && line[i + 1] === '!' && i === 0) && (m !== '--' || /\s|$/u.test(line[i + 2] ?? '')))
      )
        break;
      if ((ch === '"' || ch === "'" || ch === '`') && (ch !== "'" || !/\w/u.test(line[i - 1] ?? ''))) quote = ch;
      out += ch;
    }
    line = out.replace(/\s+/gu, ' ').trim();
    if (!line) continue;
    lines.push(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line);
    at.push(n);
  }
  return { lines, at };
}

/** One token of a code line, with the line it is on. */
export interface CodeToken {
  text: string;
  line: number;
}

const TOKEN = /"(?:[^"\\]|\\.)*"?|'[^']*'?|`[^`]*`?|<[^<>\s]+>|[^\s"'`,;(){}[\]=|&<>]+|[,;(){}[\]=|&<>]/gu;

/** Tokens of code lines: quoted strings, words (paths, flags, addresses in one piece), punctuation. */
export function tokenize(lines: readonly string[], lineNumbers: readonly number[]): CodeToken[] {
  const out: CodeToken[] = [];
  lines.forEach((line, i) => {
    for (const m of line.matchAll(TOKEN)) out.push({ text: m[0], line: lineNumbers[i] });
  });
  return out;
}

/**
 * A quoted string that reads as prose (words separated by spaces, nothing
 * that looks like a path, a flag, a variable or markup): a translator may
 * translate it.
 */
export function isProseString(token: string): boolean {
  const q = token[0];
  if (q !== '"' && q !== "'" && q !== '`') return false;
  const body = token.slice(1, token.endsWith(q) && token.length > 1 ? -1 : undefined).trim();
  // A placeholder written as words (`"your-api-token-here"`) is localized like prose.
  if (/^\p{L}+(?:[-_]\p{L}+){2,}$/u.test(body)) return true;
  if (!/\s/u.test(body)) return false;
  if (/[\\$={}<>%]|--/u.test(body)) return false;
  const words = body.split(/\s+/u).filter((w) => /^\p{L}{2,}[,.:;!?]?$/u.test(w)).length;
  // Three words or more: a sentence, even with an address in it; two: only with nothing technical.
  return words >= 3 || (words >= 2 && !/[/@]|\b\w+\.\w+\b|\d/u.test(body));
}

/** A placeholder a translation may localize: `CHANGE_TO_HOSTNAME`, `<your-domain>`, `YOURDOMAIN`. */
export function isPlaceholder(token: string): boolean {
  return /^<[^<>]+>$/u.test(token) || /^\p{Lu}[\p{Lu}\d]*(?:_[\p{Lu}\d]+)+$/u.test(token);
}

// ---------------------------------------------------------------- prose values

const SHORT: Record<ComparatorClass, string> = { atLeast: 'ge', atMost: 'le', below: 'lt', above: 'gt' };

interface ComparatorMaps {
  before: Map<string, string>;
  after: Map<string, string>;
}
const compiledOf = new WeakMap<LanguagePacks, Map<string, ComparatorMaps>>();

const norm = (phrase: string) => phrase.toLowerCase().replace(/\s+/gu, ' ').trim();

/** Comparator phrases of a language (and English), from the language packs, by the words they are made of. */
function comparatorPhrases(language: string | undefined, packs: LanguagePacks): ComparatorMaps {
  const key = language ?? 'en';
  let compiled = compiledOf.get(packs);
  if (!compiled) compiledOf.set(packs, (compiled = new Map()));
  let out = compiled.get(key);
  if (out) return out;
  out = { before: new Map(), after: new Map() };
  for (const lang of [...new Set(['en', key])]) {
    for (const [cls, words] of Object.entries(packs.pack(lang)?.comparators ?? {}) as Array<[ComparatorClass, Phrases]>) {
      for (const w of words.before) out.before.set(norm(w), SHORT[cls]);
      for (const w of words.after) out.after.set(norm(w), SHORT[cls]);
    }
  }
  compiled.set(key, out);
  return out;
}

/** The comparator class of the words right before or after a number: "since (version) 3.19", "3.19 and older". */
function comparatorOf(before: string, after: string, phrases: ComparatorMaps): string | undefined {
  const words = before
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .filter(Boolean);
  if (/\s$|^$/u.test(before) || before === '') {
    for (const skip of [0, 1]) {
      const list = words.slice(0, words.length - skip);
      for (let n = 1; n <= 3 && n <= list.length; n++) {
        const hit = phrases.before.get(list.slice(-n).join(' '));
        if (hit) return hit;
      }
    }
  }
  if (after.startsWith('+')) return phrases.after.get('+');
  const next = after
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .filter(Boolean)
    .slice(0, 3);
  if (!/^[\s,]/u.test(after)) return undefined;
  for (let n = 1; n <= next.length; n++) {
    const hit = phrases.after.get(next.slice(0, n).join(' '));
    if (hit) return hit;
  }
  return undefined;
}

const DOTTED = /(?<![\w.\-/])v?(\d+(?:\.\d+){1,3})(?![\w/]|\.\d)/gu;
const MAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const PATH = /(?<![\w:/.-])(?:~|\.{1,2})?\/[\w.@-]+(?:\/[\w.@-]+)+\/?/gu;
const PLACEHOLDER = /\{\{\s*[\w.]+\s*\}\}|(?<![\w$])\$\{?[A-Z][A-Z0-9_]+\}?|(?<![\w-])[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9](?![\w-])/gu;

/**
 * Values a paragraph states in its prose (inline code excluded: spans are
 * compared on their own). `n:3.19`, `n:3.19:ge` with a comparator,
 * `n:192.168.1.1`, `mail:…`, `path:…`, `ph:…`.
 */
export function proseValues(text: string, language: string | undefined, packs: LanguagePacks = loadLanguagePacks()): string[] {
  const out: string[] = [];
  // Nothing that can be a value: no digit, address, path, placeholder.
  if (!/[\d@/_${]/u.test(text)) return out;
  const phrases = comparatorPhrases(language, packs);
  for (const m of text.matchAll(MAIL)) out.push(`mail:${m[0].toLowerCase().replace(/\.$/u, '')}`);
  const rest = text.replace(MAIL, ' ').replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/giu, ' ');
  for (const m of rest.matchAll(PATH)) out.push(`path:${m[0].replace(/[.]$/u, '')}`);
  const noPaths = rest.replace(PATH, ' ');
  for (const m of noPaths.matchAll(DOTTED)) {
    const index = m.index ?? 0;
    const before = noPaths.slice(Math.max(0, index - 40), index);
    const after = noPaths.slice(index + m[0].length, index + m[0].length + 30);
    const cls = comparatorOf(before, after, phrases);
    out.push(`n:${m[1]}${cls ? `:${cls}` : ''}`);
  }
  for (const m of noPaths.matchAll(PLACEHOLDER)) out.push(`ph:${m[0]}`);
  return out.slice(0, 40);
}
