/**
 * A synthetic ovh/docs-style tree: `pages/<area>/<guide>/guide.<locale>.md`
 * in several locales, each guide with settings blocks (lists and a ports
 * table), so claim extraction and the translation-set rules have real
 * work. A few translations carry planted drifts (a wrong port, a missing
 * section, a changed command) so findings are produced, not only parsed.
 *
 * Deterministic: the same seed gives the same tree.
 */
import { mkdirSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Labels per language; written for the bench, in the style of mail-client guides. */
const LANG = {
  fr: {
    incoming: 'Serveur entrant',
    outgoing: 'Serveur sortant',
    port: 'Port',
    ssl: 'Cochez la case « Ce serveur nécessite une connexion chiffrée (SSL) »',
    auth: 'Mon serveur sortant requiert une authentification',
    title: 'Configurer votre adresse e-mail sur',
    intro: 'Ce guide explique comment ajouter votre adresse e-mail dans le logiciel',
    step: 'Étape',
    settings: 'Paramètres du compte',
    reminder: 'Rappel des paramètres',
    more: 'Aller plus loin',
    table: ['Protocole', 'Serveur', 'Port', 'Sécurité'],
    text: 'Renseignez les informations suivantes puis cliquez sur `Suivant`{.action}.',
  },
  en: {
    incoming: 'Incoming server',
    outgoing: 'Outgoing server',
    port: 'Port',
    ssl: 'Tick the box "This server requires an encrypted connection (SSL)"',
    auth: 'My outgoing server requires authentication',
    title: 'Configuring your email address on',
    intro: 'This guide explains how to add your email address to',
    step: 'Step',
    settings: 'Account settings',
    reminder: 'Settings reminder',
    more: 'Go further',
    table: ['Protocol', 'Server', 'Port', 'Security'],
    text: 'Enter the following details, then click `Next`{.action}.',
  },
  de: {
    incoming: 'Posteingangsserver',
    outgoing: 'Postausgangsserver',
    port: 'Port',
    ssl: 'Aktivieren Sie „Dieser Server erfordert eine verschlüsselte Verbindung (SSL)“',
    auth: 'Der Postausgangsserver erfordert Authentifizierung',
    title: 'E-Mail-Adresse einrichten in',
    intro: 'In dieser Anleitung erfahren Sie, wie Sie Ihre E-Mail-Adresse hinzufügen in',
    step: 'Schritt',
    settings: 'Kontoeinstellungen',
    reminder: 'Übersicht der Einstellungen',
    more: 'Weiterführende Informationen',
    table: ['Protokoll', 'Server', 'Port', 'Sicherheit'],
    text: 'Geben Sie folgende Informationen ein und klicken Sie auf `Weiter`{.action}.',
  },
  es: {
    incoming: 'Servidor de correo entrante',
    outgoing: 'Servidor de correo saliente',
    port: 'Puerto',
    ssl: 'Marque la casilla «Este servidor precisa una conexión cifrada (SSL)»',
    auth: 'Mi servidor de salida requiere autenticación',
    title: 'Configurar su dirección de correo en',
    intro: 'Esta guía explica cómo añadir su dirección de correo en',
    step: 'Etapa',
    settings: 'Parámetros de la cuenta',
    reminder: 'Recordatorio de los parámetros',
    more: 'Más información',
    table: ['Protocolo', 'Servidor', 'Puerto', 'Seguridad'],
    text: 'Introduzca la siguiente información y haga clic en `Siguiente`{.action}.',
  },
  it: {
    incoming: 'Server in entrata',
    outgoing: 'Server in uscita',
    port: 'Porta',
    ssl: 'Seleziona la casella “Il server necessita di una connessione crittografata (SSL)”',
    auth: 'Il server in uscita richiede l’autenticazione',
    title: 'Configurare il tuo indirizzo email su',
    intro: 'Questa guida ti mostra come aggiungere il tuo indirizzo email su',
    step: 'Step',
    settings: 'Parametri dell’account',
    reminder: 'Promemoria dei parametri',
    more: 'Per saperne di più',
    table: ['Protocollo', 'Server', 'Porta', 'Sicurezza'],
    text: 'Inserisci le informazioni seguenti e clicca su `Avanti`{.action}.',
  },
  fi: {
    incoming: 'Saapuva palvelin',
    outgoing: 'Lähtevä palvelin',
    port: 'Portti',
    ssl: 'Valitse ”Tämä palvelin vaatii salatun yhteyden (SSL)”',
    auth: 'Lähtevä palvelin vaatii todennuksen',
    title: 'Sähköpostiosoitteen konfigurointi:',
    intro: 'Tässä ohjeessa kerrotaan, miten sähköpostiosoite lisätään ohjelmaan',
    step: 'Vaihe',
    settings: 'Tilin asetukset',
    reminder: 'Asetusten muistilista',
    more: 'Lue lisää aiheesta',
    table: ['Protokolla', 'Palvelin', 'Portti', 'Suojaus'],
    text: 'Syötä seuraavat tiedot ja klikkaa `Seuraava`{.action}.',
  },
  nl: {
    incoming: 'Inkomende server',
    outgoing: 'Uitgaande server',
    port: 'Poort',
    ssl: 'Vink „Deze server vereist een versleutelde verbinding (SSL)” aan',
    auth: 'Mijn uitgaande server vereist verificatie',
    title: 'Uw e-mailadres configureren in',
    intro: 'Deze handleiding legt uit hoe u uw e-mailadres toevoegt aan',
    step: 'Stap',
    settings: 'Accountinstellingen',
    reminder: 'Overzicht van de instellingen',
    more: 'Verder',
    table: ['Protocol', 'Server', 'Poort', 'Beveiliging'],
    text: 'Vul de volgende gegevens in en klik op `Volgende`{.action}.',
  },
  pl: {
    incoming: 'Serwer poczty przychodzącej',
    outgoing: 'Serwer poczty wychodzącej',
    port: 'Port',
    ssl: 'Zaznacz „Ten serwer wymaga zaszyfrowanego połączenia (SSL)”',
    auth: 'Serwer wychodzący wymaga uwierzytelnienia',
    title: 'Konfiguracja adresu e-mail w',
    intro: 'Przewodnik wyjaśnia, jak dodać adres e-mail w programie',
    step: 'Etap',
    settings: 'Parametry konta',
    reminder: 'Przypomnienie parametrów',
    more: 'Sprawdź również',
    table: ['Protokół', 'Serwer', 'Port', 'Bezpieczeństwo'],
    text: 'Wprowadź poniższe informacje i kliknij `Dalej`{.action}.',
  },
  pt: {
    incoming: 'Servidor de entrada',
    outgoing: 'Servidor de saída',
    port: 'Porta',
    ssl: 'Selecione «Este servidor requer uma ligação encriptada (SSL)»',
    auth: 'O meu servidor de saída requer autenticação',
    title: 'Configurar o seu endereço de e-mail no',
    intro: 'Este guia explica como adicionar o seu endereço de e-mail ao',
    step: 'Etapa',
    settings: 'Parâmetros da conta',
    reminder: 'Lembrete dos parâmetros',
    more: 'Quer saber mais?',
    table: ['Protocolo', 'Servidor', 'Porta', 'Segurança'],
    text: 'Introduza as seguintes informações e clique em `Seguinte`{.action}.',
  },
};

const LOCALES = ['fr-fr', 'en-gb', 'de-de', 'es-es', 'it-it', 'fi-fi', 'nl-nl', 'pl-pl', 'pt-pt'];
const CLIENTS = ['Thunderbird', 'Outlook 2016', 'Windows Mail', 'Apple Mail', 'K-9 Mail', 'Evolution', 'Mailspring', 'eM Client', 'Gmail', 'iOS Mail'];
const AREAS = ['web/emails', 'web/emails-pro', 'microsoft-collaborative-solutions/exchange', 'web/zimbra'];
const PRODUCT_OF_AREA = {
  'web/emails': 'mx-plan',
  'web/emails-pro': 'email-pro',
  'microsoft-collaborative-solutions/exchange': 'exchange',
  'web/zimbra': 'zimbra',
};
const HOST_OF_AREA = {
  'web/emails': 'ssl0.ovh.net',
  'web/emails-pro': 'pro1.mail.ovh.net',
  'microsoft-collaborative-solutions/exchange': 'ex3.mail.ovh.net',
  'web/zimbra': 'ssl0.ovh.net',
};

/** Small seeded PRNG (mulberry32): the tree must be the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One guide in one language. `drift` names the planted difference, if any. */
function guide({ lang, locale, client, host, protocol, guideIndex, drift, rnd }) {
  const L = LANG[lang];
  const inPort = protocol === 'imap' ? 993 : 995;
  const outPort = 465;
  const wrongIn = protocol === 'imap' ? 143 : 110;
  const lines = [
    '---',
    `title: '${L.title} ${client}'`,
    `slug: configure-${client.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${guideIndex}`,
    `excerpt: '${L.intro} ${client}'`,
    `section: '${client}'`,
    `order: ${String(guideIndex % 10).padStart(2, '0')}`,
    '---',
    '',
    `**${L.intro} ${client}.**`,
    '',
    '## Requirements',
    '',
    `- ${client}`,
    `- [OVHcloud Control Panel](https://www.ovh.com/auth/?action=gotomanager&from=https://www.ovh.${lang === 'en' ? 'co.uk' : lang}/&ovhSubsidiary=${lang.toUpperCase()})`,
    '',
    `## ${L.settings}`,
    '',
  ];
  const steps = drift === 'missing-section' ? 2 : 3;
  for (let s = 1; s <= steps; s++) {
    lines.push(`### ${L.step} ${s}`, '', L.text, '', `![${client} ${s}](images/step-${s}.png){.thumbnail}`, '');
    if (s === 2) {
      const port = drift === 'wrong-port' ? wrongIn : inPort;
      lines.push(
        `- **${protocol.toUpperCase()}**`,
        `- ${L.incoming}: **${host}**`,
        `- ${L.port}: **${port}**`,
        `- ${L.ssl}`,
        '',
        `- ${L.outgoing}: **${host}**`,
        `- ${L.port}: **${outPort}**`,
        `- ${L.ssl}`,
        `- ${L.auth}`,
        '',
      );
    }
  }
  lines.push(
    `## ${L.reminder}`,
    '',
    `| ${L.table.join(' | ')} |`,
    `| ${L.table.map(() => '---').join(' | ')} |`,
    `| IMAP | ${host} | 993 | SSL |`,
    `| POP3 | ${host} | 995 | SSL |`,
    `| SMTP | ${host} | ${drift === 'table-port' ? 587 : 465} | SSL |`,
    '',
    '```bash',
    drift === 'command' ? `openssl s_client -connect ${host}:${inPort} -quiet` : `openssl s_client -connect ${host}:${inPort}`,
    '```',
    '',
  );
  // Prose padding so files have realistic sizes (ovh guides are 3–15 KB).
  const paragraphs = 4 + Math.floor(rnd() * 10);
  for (let p = 0; p < paragraphs; p++) {
    lines.push(`${L.text} ${L.intro} ${client} (${p + 1}). [${L.more}](https://docs.ovh.com/${lang}/${guideIndex}/#section-${p}){.external}`, '');
  }
  lines.push(`## ${L.more}`, '', `[${L.settings}](../../emails/guide_${guideIndex}/guide.${locale}.md)`, '');
  return lines.join('\n');
}

/**
 * Write the tree under `root`: `guides` translation sets of all locales.
 * Returns the number of files and the planted drifts.
 */
export function writeSyntheticTree(root, { guides = 200, seed = 7, modelSource } = {}) {
  const rnd = random(seed);
  const drifts = [];
  let files = 0;
  for (let g = 0; g < guides; g++) {
    const area = AREAS[g % AREAS.length];
    const client = CLIENTS[g % CLIENTS.length];
    const protocol = g % 2 ? 'pop3' : 'imap';
    const dir = join(root, 'pages', area, `guide_${g}`);
    mkdirSync(join(dir, 'images'), { recursive: true });
    for (let s = 1; s <= 3; s++) writeFileSync(join(dir, 'images', `step-${s}.png`), '');
    // One guide in four has one drifting translation (never the fr-fr source).
    const driftKinds = ['wrong-port', 'missing-section', 'table-port', 'command'];
    const drifting =
      g % 4 === 1 ? { locale: LOCALES[1 + Math.floor(rnd() * (LOCALES.length - 1))], kind: driftKinds[Math.floor(rnd() * driftKinds.length)] } : undefined;
    for (const locale of LOCALES) {
      const drift = drifting?.locale === locale ? drifting.kind : undefined;
      if (drift) drifts.push({ path: `pages/${area}/guide_${g}/guide.${locale}.md`, drift });
      const text = guide({ lang: locale.slice(0, 2), locale, client, host: HOST_OF_AREA[area], protocol, guideIndex: g, drift, rnd });
      writeFileSync(join(dir, `guide.${locale}.md`), text);
      files++;
    }
  }
  const products = Object.entries(PRODUCT_OF_AREA).map(([area, product]) => `  - files: pages/${area}/**\n    product: ${product}`);
  const haveModel = modelSource && existsSync(modelSource);
  if (haveModel) copyFileSync(modelSource, join(root, 'ovh-model.yaml'));
  writeFileSync(
    join(root, 'guidelint.config.yaml'),
    [
      '# Generated by bench/synthetic.js',
      'files:',
      '  - pages/**/*.md',
      'locales:',
      '  pattern: guide.{locale}.md',
      '  source: fr-fr',
      haveModel ? 'model: ovh-model.yaml' : '',
      'products:',
      ...products,
      '',
    ]
      .filter((l) => l !== '')
      .join('\n') + '\n',
  );
  return { files, drifts };
}
