/** claim-port-protocol: a port given for a protocol it does not belong to (POP3 on 993). */
import { defineFileRule } from '../src/rule.js';
import { findingsOf, judgeClaims, type FindingKind } from '../src/claims/checks.js';
import { portOptionsPhrase, protocolLabel } from '../src/claims/phrases.js';

/** The kind of finding this rule reports (src/claims/checks.ts decides, in order, which check finds what). */
const REPORTS = 'protocol' satisfies FindingKind;

export default defineFileRule({
  meta: {
    id: 'claim-port-protocol',
    family: 'claim',
    description: 'Finds a port given for a protocol it does not belong to, such as port 993 for POP3.',
    defaultSeverity: 'error',
    messages: {
      wrongPort: 'Port `{port}` is not one of the {protocol} ports ({protocol} uses {expected})',
      wrongProductPort: 'Port `{port}` is not one of the {protocol} ports of {product} ({protocol} uses {expected} there)',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const judgements = judgeClaims({ claims: context.claims, model: context.model, product: context.product });
    for (const { claim, finding } of findingsOf(judgements, REPORTS)) {
      const protocol = protocolLabel(finding.protocol);
      const expected = portOptionsPhrase(finding.expected);
      context.report(
        finding.product
          ? { messageId: 'wrongProductPort', data: { port: claim.port, protocol, expected, product: finding.product.name }, range: claim.position }
          : { messageId: 'wrongPort', data: { port: claim.port, protocol, expected }, range: claim.position },
      );
    }
  },
});
