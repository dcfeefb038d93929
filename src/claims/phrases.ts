/** How claim values read in messages: protocol names, securities, port options, lists of values. */
import type { Security } from '../types.js';
import type { ProtocolInfo } from '../model/types.js';
import type { PortOption } from './checks.js';

/** "IMAP" rather than "imap" in messages: the protocol's first name. */
export function protocolLabel(protocol: ProtocolInfo): string {
  return protocol.names[0] ?? protocol.id.toUpperCase();
}

/** "with SSL", "with STARTTLS", "without SSL". */
export function securityPhrase(security: Security): string {
  return security === 'ssl' ? 'with SSL' : security === 'starttls' ? 'with STARTTLS' : 'without SSL';
}

/** "`995` with SSL, `110` without SSL or with STARTTLS". */
export function portOptionsPhrase(options: readonly PortOption[]): string {
  return options.map((o) => `\`${o.port}\` ${o.securities.map(securityPhrase).join(' or ')}`).join(', ');
}

/** Backticked values joined for a message: "`a` or `b`" (at most `max`, then "…"). */
export function listValues(values: readonly (string | number)[], max = 4): string {
  const shown = values.slice(0, max).map((v) => `\`${v}\``);
  const text = shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
  return values.length > max ? `${text} (or ${values.length - max} more)` : text;
}
