/**
 * Text helpers for claim extraction: masking of what never holds a claim
 * (URLs, link targets, attribute blocks), and finding port numbers and
 * host names in a line. Positions: src/document/positions.ts.
 */

/** Replace spans with spaces, keeping offsets. */
function blank(text: string, re: RegExp): string {
  return text.replace(re, (m) => ' '.repeat(m.length));
}

/**
 * Hide what never carries a claim but looks like one: URLs (`…?port=993`),
 * link and image targets, `{.attribute}` blocks, e-mail addresses.
 */
export function mask(line: string): string {
  // Each pattern runs only when its telltale character is there (most lines have none of them).
  let out = line;
  if (out.includes('](')) out = blank(out, /\]\([^)\s]*(?:\s+"[^"]*")?\)/gu); // ](target "title")
  if (out.includes('<')) out = blank(out, /<https?:[^>\s]*>/gu);
  if (out.includes('://')) out = blank(out, /\b(?:https?|ftp):\/\/[^\s)<>\]]*/gu);
  if (out.includes('{')) out = blank(out, /\{[.#][^}]*\}/gu);
  if (out.includes('@')) out = blankEmails(out);
  return out;
}

const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
const EMAIL_DOMAIN = /^[\p{L}\p{N}.-]+\.\p{L}{2,}/u;

/**
 * Blank e-mail addresses: from each `@`, the local part is walked back and
 * the domain matched forwards once. A pattern that looks for the local
 * part first retries from every letter of a long word (quadratic).
 */
function blankEmails(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', from)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL.test(text[start - 1])) start--;
    // Only the domain's own characters can match: bound the slice at the first other one.
    let end = at + 1;
    while (end < text.length && EMAIL_DOMAIN_CHAR.test(text[end])) end++;
    const domain = start < at ? EMAIL_DOMAIN.exec(text.slice(at + 1, end)) : null;
    from = end > at + 1 ? end : at + 1;
    if (!domain) continue;
    const stop = at + 1 + domain[0].length;
    parts.push(text.slice(copied, start), ' '.repeat(stop - start));
    copied = stop;
    from = stop;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Port numbers: 1–65535, standing alone (not in dates, versions, IPs, ids like `g1300`). */
const NUMBER = /(?<![\p{L}\p{N}_.,:/#-])(\d{1,5})(?![\p{L}\p{N}_]|[.,:/-]\d)/gu;

export function findPorts(text: string): Array<{ port: number; start: number; end: number }> {
  const out: Array<{ port: number; start: number; end: number }> = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const port = Number(m[1]);
    if (port >= 1 && port <= 65535 && !/^0\d/.test(m[1])) out.push({ port, start: m.index, end: m.index + m[1].length });
  }
  return out;
}

/** File extensions that look like top-level domains in `file.md`, `image.png`. */
const NOT_TLDS = new Set([
  'md',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'ico',
  'js',
  'ts',
  'json',
  'yml',
  'yaml',
  'toml',
  'ini',
  'cfg',
  'conf',
  'txt',
  'log',
  'sh',
  'py',
  'php',
  'html',
  'htm',
  'css',
  'xml',
  'pdf',
  'zip',
  'gz',
  'tar',
  'sql',
  'pem',
  'crt',
  'key',
  'csr',
  'lock',
  'env',
  'exe',
  'msi',
  'deb',
  'rpm',
  'service',
  'd',
  'so',
  'rb',
  'go',
  'rs',
  'java',
  'lua',
  'tmpl',
  'bak',
  'db',
  'pub',
]);

/** Host names (at least one dot, a letter TLD), optionally followed by `:port`. */
const HOST = /(?<![\p{L}\p{N}@._/-])((?:[a-z0-9?](?:[a-z0-9?-]{0,61}[a-z0-9?])?\.)+[a-z]{2,24})(?::(\d{1,5}))?(?![\p{L}\p{N}@_-]|\.[\p{L}\p{N}])/giu;

export function findHosts(text: string): Array<{ host: string; port?: number; start: number; end: number; portStart?: number }> {
  const out: Array<{ host: string; port?: number; start: number; end: number; portStart?: number }> = [];
  HOST.lastIndex = 0;
  for (let m = HOST.exec(text); m; m = HOST.exec(text)) {
    const host = m[1];
    const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
    if (NOT_TLDS.has(tld)) continue;
    // Guides write patterns as ex**X**.mail…: markup inside the name was removed by the caller.
    const entry: { host: string; port?: number; start: number; end: number; portStart?: number } = { host, start: m.index, end: m.index + host.length };
    if (m[2]) {
      const port = Number(m[2]);
      if (port >= 1 && port <= 65535) {
        entry.port = port;
        entry.portStart = m.index + host.length + 1;
      }
    }
    out.push(entry);
  }
  return out;
}

/** Remove emphasis and code markers but keep offsets (so `**SSL0.OVH.NET**` reads as the host). */
export function unmark(text: string): string {
  return text.replace(/[*_`"”“„«»]/gu, ' ');
}

/** `ex**X**.mail.ovh.net` → `exX.mail.ovh.net`, with a map back to original offsets. */
export function collapseInnerMarkup(text: string): { text: string; map: number[] } {
  const map: number[] = [];
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '*' || c === '_') {
      let j = i;
      while (text[j] === '*' || text[j] === '_') j++;
      // Emphasis inside a word (between letters, digits, `?` or a dot) is markup, not text.
      if (/[\p{L}\p{N}?]/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}?.]/u.test(text[j] ?? '')) {
        i = j;
        continue;
      }
    }
    map.push(i);
    out += c;
    i++;
  }
  map.push(text.length);
  // Emphasis and code markers around a value are not part of it.
  return { text: out.replace(/[*_`]/gu, ' '), map };
}
