/**
 * ISO 639-1 (locale) → ISO 639-3 (franc) for languages guides are written
 * in that have no language pack yet (a pack gives its own `iso639-3`).
 */
export const FALLBACK_ISO_639_3: Readonly<Record<string, string>> = {
  ar: 'arb', bg: 'bul', ca: 'cat', da: 'dan', el: 'ell', et: 'est', eu: 'eus', fa: 'pes', gl: 'glg', he: 'heb',
  hi: 'hin', hr: 'hrv', hu: 'hun', id: 'ind', ja: 'jpn', ko: 'kor', lv: 'lvs', nb: 'nob', nn: 'nno', no: 'nob',
  ro: 'ron', ru: 'rus', sk: 'slk', sl: 'slv', sr: 'srp', sv: 'swe', th: 'tha', tr: 'tur', uk: 'ukr', vi: 'vie',
  zh: 'cmn', eo: 'epo', oc: 'oci', br: 'bre', cy: 'cym', ga: 'gle', is: 'isl', mt: 'mlt', sq: 'als',
};
