/** claim-port-direction: a label says incoming while the port is an outgoing one (SMTP 465 under "incoming server port"), or the reverse. */
import { defineFileRule } from '../src/rule.js';
import { findingsOf, judgeClaims, type FindingKind, type Found } from '../src/claims/checks.js';
import { listValues, protocolLabel } from '../src/claims/phrases.js';

/** The kind of finding this rule reports (src/claims/checks.ts decides, in order, which check finds what). */
const REPORTS = 'direction' satisfies FindingKind;

export default defineFileRule({
  meta: {
    id: 'claim-port-direction',
    family: 'claim',
    description: 'Finds a port whose label says incoming while the port is an outgoing one (SMTP 465 under an incoming-server label), or the reverse.',
    defaultSeverity: 'error',
    messages: {
      wrongDirection: 'Port `{port}` is an {portDirection} {protocol} port, but its label says {direction}',
      wrongDirections: 'Ports {ports} are {portDirection} {protocol} ports, but their label says {direction}',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const judgements = judgeClaims({ claims: context.claims, model: context.model, product: context.product });
    // One label, one finding: "465 or 587" under one wrong label is one mistake, reported at its first port.
    const byLabel = new Map<string, Array<Found<typeof REPORTS>>>();
    for (const j of findingsOf(judgements, REPORTS)) {
      const { claim, finding } = j;
      const key = `${claim.block}\0${claim.position.start.line}\0${finding.direction}\0${finding.portDirection}`;
      byLabel.set(key, [...(byLabel.get(key) ?? []), j]);
    }
    for (const group of byLabel.values()) {
      const [{ claim, finding }] = group;
      const ports = [...new Set(group.map((g) => g.claim.port))];
      const protocols = [...new Set(group.map((g) => protocolLabel(g.finding.portProtocol)))];
      const data = { portDirection: finding.portDirection, protocol: protocols.join('/'), direction: finding.direction };
      context.report(
        ports.length === 1
          ? { messageId: 'wrongDirection', data: { port: ports[0], ...data }, range: claim.position }
          : { messageId: 'wrongDirections', data: { ports: listValues(ports, 8).replace(/ or /u, ' and '), ...data }, range: claim.position },
      );
    }
  },
});
