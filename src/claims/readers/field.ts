/**
 * Field lists: `Label: value` lines of a form (in paragraphs, list items,
 * or the rows of a field table). A field may state the protocol
 * (`Server type: POP3`), label a protocol's nested fields (`- **Incoming
 * server (IMAP)**:`), give the security of its direction's ports (`SSL:
 * Yes`, `Security type: SSL/TLS`) or whether authentication is needed
 * (`Authentication: No`). Hosts and ports of fields are read with those of
 * sentences (see `line.ts`).
 */
import type { Direction } from '../../types.js';
import type { ReadContext } from './context.js';
import type { LineFacts } from './facts.js';
import { unmark } from '../text.js';
import { DIGIT, LEAD_MAX, SECURITY_LABEL, SSL_WORD } from '../words.js';

/** What a field reader did with a line it owns: the direction the line states (for the lines after it). */
export type FieldRead = { direction: Direction | undefined } | undefined;

/** `Label : value` → the label and where the value starts; colons of URLs and `host:port` do not count. */
export function splitLabel(line: string): { label?: string; valueStart?: number } {
  const m = /^([^:]{1,120}?)\s*:(?=\s|\*|$)/u.exec(line);
  if (!m) return {};
  const label = m[1].replace(/^[\s*_>-]+/u, '');
  if (!/\p{L}/u.test(label)) return {};
  return { label, valueStart: m[0].length };
}

/** The fields that own their line, in order: the first that reads it ends the line. */
export function readField(context: ReadContext, facts: LineFacts): FieldRead {
  if (facts.label === undefined) return undefined;
  const label = facts.label;
  const protocol = readProtocolField(context, facts, label);
  if (protocol) return protocol;
  readProtocolLabel(context, facts);
  return readSecurityField(context, facts, label) ?? readAuthenticationField(context, facts, label);
}

/** Protocol stated as a field value ("Type de serveur : POP3", "… est un serveur : **POP3**"). */
function readProtocolField({ words, blocks }: ReadContext, facts: LineFacts, label: string): FieldRead {
  const { line, value, valueOffset, origin } = facts;
  const valueProtocols = words.protocolsIn(value);
  if (valueProtocols.length !== 1 || facts.hasPort) return undefined;
  const p = valueProtocols[0];
  if (!words.terms.serverType.test(label) && unmark(value).trim().toLowerCase() !== p.name.toLowerCase()) return undefined;
  const block = blocks.ensureBlock(origin, line.start);
  // "Server type: SMTP" is about the outgoing server whatever field came before it.
  const dir = facts.labelDirection ?? words.protocolDirection.get(p.id) ?? facts.inherited ?? 'incoming';
  block.protocol.set(dir, p.id);
  blocks.add(block, {
    protocol: p.id,
    protocolSource: 'block',
    direction: dir,
    origin,
    position: blocks.index.range(line.start + valueOffset + p.start, line.start + valueOffset + p.end),
    text: line.text.trim(),
  });
  return { direction: facts.ownDirection ?? words.protocolDirection.get(p.id) };
}

/**
 * A field label naming one protocol and no value (`- **Incoming server (IMAP)**:` over a nested list of fields):
 * the protocol of the fields of its direction in the block.
 */
function readProtocolLabel({ words, blocks }: ReadContext, facts: LineFacts): void {
  const { masked, value } = facts;
  if (/[\p{L}\p{N}]/u.test(unmark(value)) || masked.length > LEAD_MAX || DIGIT.test(words.withoutProtocols(masked))) return;
  const named = words.protocolsIn(masked);
  if (named.length > 0 && new Set(named.map((p) => p.id)).size === 1) {
    const dir = facts.ownDirection ?? words.protocolDirection.get(named[0].id) ?? facts.inherited ?? 'incoming';
    blocks.ensureBlock(facts.origin, facts.line.start).protocol.set(dir, named[0].id);
  }
}

/** A security field (`SSL: Yes`, `SSL: STARTTLS`, `Security type: SSL/TLS`): the security of its direction's ports in the block. */
function readSecurityField({ words, blocks }: ReadContext, facts: LineFacts, label: string): FieldRead {
  if (facts.hasPort || !(SECURITY_LABEL.test(label) || words.terms.securityField.test(label))) return undefined;
  const v = unmark(facts.value);
  const fieldSecurity = words.securityIn(v) ?? (SSL_WORD.test(v) ? 'ssl' : words.securityValue(v));
  if (fieldSecurity) blocks.ensureBlock(facts.origin, facts.line.start).security.set(facts.direction ?? '*', fieldSecurity);
  return { direction: facts.ownDirection };
}

/**
 * An authentication field (`Authentication: No`). `SMTP authentication:
 * No` names the positive phrase as its label: the value decides.
 */
function readAuthenticationField({ words, blocks }: ReadContext, facts: LineFacts, label: string): FieldRead {
  const { line, origin, valueOffset } = facts;
  const authValue = unmark(facts.value);
  const authRequired = words.authValue(authValue);
  if (authRequired === undefined || !(words.terms.authenticationField.test(label) || words.terms.authentication.test(label))) return undefined;
  const at = valueOffset + (authValue.length - authValue.trimStart().length);
  blocks.add(blocks.ensureBlock(origin, line.start), {
    auth: authRequired,
    direction: facts.direction ?? 'outgoing',
    origin,
    position: blocks.index.range(line.start + at, line.start + at + authValue.trim().length),
    text: line.text.trim(),
  });
  return { direction: facts.ownDirection };
}
