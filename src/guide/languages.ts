/** ISO 639-1 (locale) → ISO 639-3 (franc) for the languages guides are commonly written in. */
export const ISO_639_3: Readonly<Record<string, string>> = {
  ar: 'arb', bg: 'bul', ca: 'cat', cs: 'ces', da: 'dan', de: 'deu', el: 'ell', en: 'eng', es: 'spa', et: 'est',
  eu: 'eus', fa: 'pes', fi: 'fin', fr: 'fra', gl: 'glg', he: 'heb', hi: 'hin', hr: 'hrv', hu: 'hun', id: 'ind',
  it: 'ita', ja: 'jpn', ko: 'kor', lt: 'lit', lv: 'lvs', nb: 'nob', nl: 'nld', nn: 'nno', no: 'nob', pl: 'pol',
  pt: 'por', ro: 'ron', ru: 'rus', sk: 'slk', sl: 'slv', sr: 'srp', sv: 'swe', th: 'tha', tr: 'tur', uk: 'ukr',
  vi: 'vie', zh: 'cmn', eo: 'epo', oc: 'oci', br: 'bre', cy: 'cym', ga: 'gle', is: 'isl', mt: 'mlt', sq: 'als',
};

/** ISO 639-3 → ISO 639-1, for messages. */
export const ISO_639_1_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ISO_639_3).map(([a, b]) => [b, a]));
