/** claim-authentication: a text says a server needs no authentication where the product model requires it (outgoing SMTP). */
import { defineFileRule } from '../src/rule.js';
import { judgeClaims } from '../src/claims/checks.js';
import { protocolLabel } from '../src/claims/phrases.js';
import { endpointDirection } from '../src/model/model.js';

export default defineFileRule({
  meta: {
    id: 'claim-authentication',
    family: 'claim',
    description:
      'Finds a statement that a server needs no authentication where the product model requires it, such as an outgoing SMTP server "without authentication".',
    defaultSeverity: 'error',
    messages: {
      required: 'The {product} model requires authentication on the {direction} server ({protocol}), but this says none is needed',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const { model, product, locale } = context;
    if (product === undefined) return;
    const productInfo = model.product(product);
    if (!productInfo) return;
    const judgements = judgeClaims({ claims: context.claims, model, product });
    for (const { claim, protocol, direction } of judgements.values()) {
      if (claim.auth !== false) continue;
      const side = direction ?? claim.direction ?? 'outgoing';
      // The endpoints the statement is about: its protocol's when it names one, else its direction's.
      const endpoints = model.endpoints(product, locale).filter((e) => (protocol ? e.protocol === protocol.id : endpointDirection(e, model) === side));
      if (endpoints.length === 0 || !endpoints.every((e) => e.auth === true)) continue;
      const protocols = [...new Set(endpoints.map((e) => e.protocol))].map((id) => {
        const p = model.protocol(id);
        return p ? protocolLabel(p) : id;
      });
      context.report({ messageId: 'required', data: { product: productInfo.name, direction: side, protocol: protocols.join('/') }, range: claim.position });
    }
  },
});
