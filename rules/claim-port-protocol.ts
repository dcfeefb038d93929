/** claim-port-protocol: a port given for a protocol it does not belong to (POP3 on 993). */
import { defineFileRule } from '../src/rule.js';
import { judgeClaims, portOptionsPhrase, protocolLabel } from '../src/model/judge.js';

export default defineFileRule({
  meta: {
    id: 'claim-port-protocol',
    family: 'claim',
    description: 'Finds a port given for a protocol it does not belong to, such as port 993 for POP3.',
    defaultSeverity: 'error',
    messages: {
      wrongPort: 'Port `{port}` is not a {protocol} port ({protocol} uses {expected})',
      wrongProductPort: 'Port `{port}` is not a {protocol} port of {product} ({protocol} uses {expected} there)',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const judgements = judgeClaims({ claims: context.claims, model: context.model, product: context.product });
    for (const { claim, finding } of judgements.values()) {
      if (finding?.rule !== 'claim-port-protocol' || claim.port === undefined) continue;
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
