/** claim-port-security: a port stated with a security it does not carry (993 without SSL; 587 with SSL where the product says 587 is plain). */
import { defineFileRule } from '../src/rule.js';
import { findingsOf, judgeClaims, type FindingKind } from '../src/claims/checks.js';
import { protocolLabel, securityPhrase } from '../src/claims/phrases.js';
import type { Security } from '../src/types.js';

/** The kind of finding this rule reports (src/claims/checks.ts decides, in order, which check finds what). */
const REPORTS = 'security' satisfies FindingKind;

/** How a block's security reads in a message. */
const STATED: Record<Security, string> = {
  ssl: 'SSL is ticked',
  starttls: 'STARTTLS is chosen',
  none: 'SSL is off',
};

export default defineFileRule({
  meta: {
    id: 'claim-port-security',
    family: 'claim',
    description:
      'Finds a port stated with a security it does not carry, such as 993 without SSL, or 587 with SSL where the product model says 587 is without SSL.',
    defaultSeverity: 'error',
    messages: {
      productSecurity: 'Port `{port}` is {protocol} {expected} in the {product} model, but {stated} in this block',
      registeredSecurity: 'Port `{port}` is {protocol} {expected} everywhere, but {stated} in this block',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const judgements = judgeClaims({ claims: context.claims, model: context.model, product: context.product });
    for (const { claim, finding } of findingsOf(judgements, REPORTS)) {
      const data = {
        port: claim.port,
        protocol: protocolLabel(finding.protocol),
        security: finding.security,
        expectedSecurity: finding.expected.join('|'),
        expected: finding.expected.map(securityPhrase).join(' or '),
        stated: STATED[finding.security],
      };
      context.report(
        finding.product
          ? { messageId: 'productSecurity', data: { ...data, product: finding.product.name }, range: claim.position }
          : { messageId: 'registeredSecurity', data, range: claim.position },
      );
    }
  },
});
