/** claim-host: a server host the model knows to be deprecated, wrong, for another locale, protocol or product, or unknown. */
import { defineFileRule } from '../src/rule.js';
import type { Fix } from '../src/types.js';
import { hostLocale, judgeClaims } from '../src/claims/checks.js';
import { listValues, protocolLabel } from '../src/claims/phrases.js';
import { normalizeHost } from '../src/model/hosts.js';
import type { HostVerdict } from '../src/model/types.js';

export default defineFileRule({
  meta: {
    id: 'claim-host',
    family: 'claim',
    description: 'Finds a server host that the model says is deprecated, wrong, meant for another locale, protocol or product, or unknown under its domains.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      deprecated: 'Host `{host}` is deprecated ({note}); use {expected}',
      deprecatedNoReplacement: 'Host `{host}` is deprecated ({note})',
      wrong: 'Host `{host}` does not exist ({note}); use {expected}',
      wrongLocale: 'Host `{host}` is not the server for locale `{locale}`; use {expected}',
      wrongRegion: 'Host `{host}` is not a server of region `{region}`, whose label it is given under; use {expected}',
      wrongProtocol: 'Host `{host}` does not serve {protocol}; use {expected}',
      notForProduct: 'Host `{host}` is not a {product} server; use {expected}',
      unknown: 'Host `{host}` is not a known server; expected {expected}',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const { model, product } = context;
    const judgements = judgeClaims({ claims: context.claims, model, product });
    const productName = product === undefined ? undefined : (model.product(product)?.name ?? product);
    for (const { claim, protocol, direction } of judgements.values()) {
      if (claim.host === undefined) continue;
      // Under a region label (`AMERIQUE / ASIE-PACIFIQUE`), the host is judged for that region, not for the file's locale.
      const locale = hostLocale(model, claim, context.locale);
      const verdict = model.checkHost(claim.host, { product, locale, protocol: protocol?.id, direction });
      const host = normalizeHost(claim.host);
      // A model with no host to suggest still gets a complete sentence.
      const expected = verdict.expected.length ? listValues(verdict.expected) : 'a host the model lists for it';
      const note = verdict.note ?? verdict.status;
      const at = { range: claim.position };
      switch (verdict.status) {
        case 'ok':
        case 'outside':
          break;
        case 'deprecated':
          context.report(
            verdict.expected.length > 0
              ? { messageId: 'deprecated', data: { host, note, expected }, ...at, fix: replacementFix(context.text, claim.position, verdict) }
              : { messageId: 'deprecatedNoReplacement', data: { host, note }, ...at },
          );
          break;
        case 'wrong':
          context.report({ messageId: 'wrong', data: { host, note, expected }, ...at, fix: replacementFix(context.text, claim.position, verdict) });
          break;
        case 'wrong-locale':
          context.report(
            claim.region === undefined
              ? { messageId: 'wrongLocale', data: { host, locale: locale ?? '', expected }, ...at }
              : { messageId: 'wrongRegion', data: { host, region: claim.region, expected }, ...at },
          );
          break;
        case 'wrong-protocol':
          context.report({
            messageId: 'wrongProtocol',
            data: { host, protocol: protocol ? protocolLabel(protocol) : direction ? `${direction} connections` : '', expected },
            ...at,
          });
          break;
        case 'not-for-product':
          context.report({ messageId: 'notForProduct', data: { host, product: productName ?? '', expected }, ...at });
          break;
        case 'unknown':
          // Only a host given as a mail server is judged: DNS, FTP or web hosts under the same domains are no claim of the model.
          if (protocol !== undefined || direction !== undefined) context.report({ messageId: 'unknown', data: { host, expected }, ...at });
          break;
      }
    }
  },
});

/** Replace the host's text with the replacement, when the claim's range is exactly the host and the replacement is a plain name. */
function replacementFix(text: string, position: { start: { offset?: number }; end: { offset?: number } }, verdict: HostVerdict): Fix | undefined {
  const { replacement } = verdict;
  const start = position.start.offset;
  const end = position.end.offset;
  if (replacement === undefined || /[?*]/u.test(replacement) || start === undefined || end === undefined) return undefined;
  const written = text.slice(start, end);
  if (written.toLowerCase() !== normalizeHost(written) || written.trim() !== written) return undefined;
  // Keep the guide's case: SSL0.OVH.NET stays upper-case.
  const value = written === written.toUpperCase() ? replacement.toUpperCase() : replacement;
  return { range: [start, end], text: value };
}
