/**
 * The head of each rule's doc (`rules/<id>.md`), generated from the rule's
 * metadata: description, family, default severity, fix, message table and
 * options. Everything after the generated section is written by hand.
 */
import type { Rule } from '../rule.js';

export const DOC_START = '<!-- meta:start (generated from the rule’s meta by `npm run docs`: edit the rule, not this section) -->';
export const DOC_END = '<!-- meta:end -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** A default value as the options table shows it (long lists are summed up). */
function shown(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value) && value.length > 8) return `${value.length} entries`;
  return `\`${cell(JSON.stringify(value))}\``;
}

function typeOf(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(', ');
  if (schema.type === 'array') {
    const items = (schema.items ?? {}) as Record<string, unknown>;
    return `${typeof items.type === 'string' ? items.type : 'value'}[]`;
  }
  if (typeof schema.type === 'string') {
    const bounds = [
      schema.minimum !== undefined ? `≥ ${String(schema.minimum)}` : '',
      schema.maximum !== undefined ? `≤ ${String(schema.maximum)}` : '',
    ].filter(Boolean);
    return bounds.length ? `${schema.type} (${bounds.join(', ')})` : schema.type;
  }
  return 'value';
}

/** The generated section, markers included. */
export function ruleDocHeader(rule: Rule): string {
  const { meta } = rule;
  const kind = { file: 'one file', set: 'one translation set (every locale of a guide)', tree: 'the whole tree' }[rule.kind];
  const lines = [
    DOC_START,
    meta.description,
    '',
    `Family \`${meta.family}\`, default severity \`${meta.defaultSeverity}\`, ${meta.fixable ? 'fixable' : 'no fix'}; it sees ${kind}.`,
    '',
    '| message id | message |',
    '|---|---|',
    ...Object.entries(meta.messages).map(([id, template]) => `| \`${id}\` | ${cell(template)} |`),
    '',
  ];
  const properties = Object.entries((meta.schema?.properties ?? {}) as Record<string, Record<string, unknown>>);
  if (properties.length === 0) lines.push('Options: none.');
  else {
    const described = properties.some(([, schema]) => typeof schema.description === 'string');
    lines.push(`| option | type | default |${described ? ' meaning |' : ''}`, `|---|---|---|${described ? '---|' : ''}`);
    for (const [name, schema] of properties) {
      const description = typeof schema.description === 'string' ? ` ${cell(schema.description)} |` : described ? '  |' : '';
      lines.push(`| \`${name}\` | ${cell(typeOf(schema))} | ${shown(meta.defaultOptions?.[name])} |${description}`);
    }
  }
  lines.push(DOC_END);
  return lines.join('\n');
}

/**
 * The doc with its generated section replaced; a doc without markers gets
 * the section under its title, in place of the paragraph there.
 */
export function withRuleDocHeader(doc: string, rule: Rule): string {
  const start = doc.indexOf(DOC_START.slice(0, DOC_START.indexOf(' (')));
  const end = doc.indexOf(DOC_END);
  if (start !== -1 && end > start) return `${doc.slice(0, start)}${ruleDocHeader(rule)}${doc.slice(end + DOC_END.length)}`;
  const title = `# ${rule.meta.id}\n\n`;
  if (!doc.startsWith(title)) throw new Error(`rules/${rule.meta.id}.md must start with \`# ${rule.meta.id}\``);
  const rest = doc.slice(title.length);
  const paragraphEnd = rest.indexOf('\n\n');
  const after = paragraphEnd === -1 || rest.startsWith('#') ? rest : rest.slice(paragraphEnd + 2);
  return `${title}${ruleDocHeader(rule)}\n\n${after}`;
}
