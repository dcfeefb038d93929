/**
 * claim-contradiction: one section states incompatible ports for the same
 * protocol, direction and security (a table says 993 where the text says
 * 995), or a sentence asks for a port the settings form of the same section
 * does not give (the form says 465, the next paragraph "use port 587 in SMTP").
 */
import { defineFileRule } from '../src/rule.js';
import { judgeClaims, type ClaimJudgement } from '../src/claims/checks.js';
import { protocolLabel, securityPhrase } from '../src/claims/phrases.js';
import type { Claim, RelatedLocation } from '../src/types.js';

interface Stated {
  judgement: ClaimJudgement;
  claim: Claim & { port: number };
  protocol: string;
  direction: string;
}

/** Ports a block gives for one protocol and direction: alternatives written together ("465 or 587") never contradict each other. */
function blockPorts(items: readonly Stated[], block: string, protocol: string, direction: string, origin?: (o: Claim['origin']) => boolean): Set<number> {
  return new Set(
    items
      .filter((s) => s.claim.block === block && s.protocol === protocol && s.direction === direction && (!origin || origin(s.claim.origin)))
      .map((s) => s.claim.port),
  );
}

const isProse = (o: Claim['origin']): boolean => o === 'prose';
const isForm = (o: Claim['origin']): boolean => o !== 'prose';

export default defineFileRule({
  meta: {
    id: 'claim-contradiction',
    family: 'claim',
    description:
      'Finds ports that contradict each other in one section: the same protocol, direction and security with different ports, or a sentence asking for a port the settings of the section do not give.',
    defaultSeverity: 'error',
    messages: {
      samePurpose: 'Port `{port}` contradicts port `{otherPort}` on line {line}, both given for {protocol} {direction} {security}',
      sentenceVsForm: 'This sentence asks for port `{port}` for {protocol}, but the settings on line {line} give port `{otherPort}`',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const judgements = judgeClaims({ claims: context.claims, model: context.model, product: context.product });
    // A port wrong for its protocol or direction is reported once, by its own rule, and takes no part here. A port with
    // a wrong security is still the port the text asks for, so it may contradict a form (check 2), not a same-security port (check 1).
    const items: Stated[] = [];
    for (const j of judgements.values()) {
      const { claim } = j;
      if (claim.port === undefined || !j.protocol || !j.direction) continue;
      if (j.finding && j.finding.kind !== 'security') continue;
      items.push({ judgement: j, claim: claim as Claim & { port: number }, protocol: j.protocol.id, direction: j.direction });
    }
    const sections = new Map<string, Stated[]>();
    for (const s of items) {
      const key = JSON.stringify(s.claim.scope);
      sections.set(key, [...(sections.get(key) ?? []), s]);
    }
    const reported = new Set<Claim>();
    const related = (s: Stated, message: string): RelatedLocation[] => [{ path: context.path, range: s.claim.position, message }];

    for (const group of sections.values()) {
      // 1. Same protocol, direction and security, different ports, in different blocks.
      for (let i = 0; i < group.length; i++) {
        const later = group[i];
        if (!later.claim.security || later.judgement.finding || reported.has(later.claim)) continue;
        const earlier = group
          .slice(0, i)
          .find(
            (e) =>
              !e.judgement.finding &&
              e.claim.security === later.claim.security &&
              e.protocol === later.protocol &&
              e.direction === later.direction &&
              e.claim.port !== later.claim.port &&
              e.claim.block !== later.claim.block &&
              !blockPorts(group, e.claim.block, e.protocol, e.direction).has(later.claim.port) &&
              !blockPorts(group, later.claim.block, e.protocol, e.direction).has(e.claim.port),
          );
        if (!earlier || !later.judgement.protocol) continue;
        reported.add(later.claim);
        context.report({
          messageId: 'samePurpose',
          data: {
            port: later.claim.port,
            otherPort: earlier.claim.port,
            line: earlier.claim.position.start.line,
            protocol: protocolLabel(later.judgement.protocol),
            direction: later.direction,
            security: securityPhrase(later.claim.security),
          },
          range: later.claim.position,
          related: related(earlier, `port \`${earlier.claim.port}\` given here`),
        });
      }

      // 2. A sentence naming one port, against a settings form naming another, for the same protocol and direction.
      for (const sentence of group) {
        const { claim } = sentence;
        if (claim.origin !== 'prose' || reported.has(claim)) continue;
        // The sentence must say which protocol or direction it means; a port inherited from a heading is too loose to oppose to a form.
        if (claim.protocolSource !== 'block' && claim.direction === undefined) continue;
        // The sentence may share its block with the form it follows (a form step and its note): count sentences only.
        const own = blockPorts(group, claim.block, sentence.protocol, sentence.direction, isProse);
        if (own.size !== 1) continue;
        const form = group.filter((f) => f.claim.origin !== 'prose' && f.protocol === sentence.protocol && f.direction === sentence.direction);
        if (form.length === 0 || form.some((f) => f.claim.port === claim.port)) continue;
        const other = form.find(
          (f) =>
            blockPorts(group, f.claim.block, f.protocol, f.direction, isForm).size === 1 &&
            (!claim.security || !f.claim.security || claim.security === f.claim.security),
        );
        if (!other || !sentence.judgement.protocol) continue;
        reported.add(claim);
        context.report({
          messageId: 'sentenceVsForm',
          data: { port: claim.port, protocol: protocolLabel(sentence.judgement.protocol), line: other.claim.position.start.line, otherPort: other.claim.port },
          range: claim.position,
          related: related(other, `the settings give port \`${other.claim.port}\` here`),
        });
      }
    }
  },
});
