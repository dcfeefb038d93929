/**
 * TBX (ISO 30042, TermBase eXchange) for the glossary: written as a
 * minimal TBX-Core document (one `conceptEntry` per source label, one
 * `langSec` per locale, one `termSec`/`term` per form), read back from
 * that shape and from the older `martif` one (`termEntry`, `langSet`,
 * `tig`/`ntig`, `term`). Only what a glossary needs is read.
 */

export interface TbxConcept {
  /** Locale or language code (as in `xml:lang`) → terms in document order. */
  languages: Map<string, string[]>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&${Object.entries(ENTITIES).find(([, v]) => v === c)![0]};`);
}

function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/giu, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return ENTITIES[name ?? ''] ?? whole;
  });
}

/** The concepts of a TBX document (TBX v3 `conceptEntry` or TBX v2 `termEntry`). */
export function readTbx(xml: string): TbxConcept[] {
  const out: TbxConcept[] = [];
  const text = xml.replace(/<!--[\s\S]*?-->/gu, '');
  for (const entry of text.matchAll(/<(conceptEntry|termEntry)\b[^>]*>([\s\S]*?)<\/\1>/gu)) {
    const languages = new Map<string, string[]>();
    for (const sec of entry[2].matchAll(/<(langSec|langSet)\b([^>]*)>([\s\S]*?)<\/\1>/gu)) {
      const lang = /xml:lang\s*=\s*["']([^"']+)["']/u.exec(sec[2])?.[1];
      if (!lang) continue;
      const terms = [...sec[3].matchAll(/<term\b[^>]*>([\s\S]*?)<\/term>/gu)].map((m) => unescapeXml(m[1].replace(/<[^<>]+>/gu, '')).trim()).filter(Boolean);
      if (terms.length) languages.set(lang.toLowerCase(), [...(languages.get(lang.toLowerCase()) ?? []), ...terms]);
    }
    if (languages.size) out.push({ languages });
  }
  return out;
}

/** A TBX-Core document; the first language of each concept is the source. */
export function writeTbx(concepts: ReadonlyArray<{ id: string; languages: ReadonlyArray<[string, readonly string[]]> }>, sourceLanguage: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx type="TBX-Core" style="dca" xml:lang="${escapeXml(sourceLanguage)}" xmlns="urn:iso:std:iso:30042:ed-2">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    '        <p>UI labels learned by guidelint from the translations of a documentation tree.</p>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const concept of concepts) {
    lines.push(`      <conceptEntry id="${escapeXml(concept.id)}">`);
    for (const [lang, terms] of concept.languages) {
      lines.push(`        <langSec xml:lang="${escapeXml(lang)}">`);
      for (const term of terms) lines.push(`          <termSec>`, `            <term>${escapeXml(term)}</term>`, `          </termSec>`);
      lines.push('        </langSec>');
    }
    lines.push('      </conceptEntry>');
  }
  lines.push('    </body>', '  </text>', '</tbx>');
  return lines.join('\n') + '\n';
}
