/** claim-port-direction: a label says incoming while the port is an outgoing one (SMTP 465 under "incoming server port"), or the reverse. */
import { defineFileRule } from '../src/rule.js';
import { judgeClaims, protocolLabel } from '../src/model/judge.js';

export default defineFileRule({
  meta: {
    id: 'claim-port-direction',
    family: 'claim',
    description: 'Finds a port whose label says incoming while the port is an outgoing one (SMTP 465 under an incoming-server label), or the reverse.',
    defaultSeverity: 'error',
    messages: {
      wrongDirection: 'Port `{port}` is an {portDirection} {protocol} port, but its label says {direction}',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const judgements = judgeClaims({ claims: context.claims, model: context.model, product: context.product });
    for (const { claim, finding } of judgements.values()) {
      if (finding?.rule !== 'claim-port-direction' || claim.port === undefined) continue;
      context.report({
        messageId: 'wrongDirection',
        data: { port: claim.port, portDirection: finding.portDirection, protocol: protocolLabel(finding.portProtocol), direction: finding.direction },
        range: claim.position,
      });
    }
  },
});
