/**
 * translation-claims: every locale of a guide configures the same
 * servers. Blocks are aligned with the reference's by order and shared
 * facts; an aligned block that states a different host, port set,
 * security or protocol is reported once, on the translation, with the
 * reference block as related location.
 */
import { defineSetRule } from '../src/rule.js';
import { alignBlocks, blockFacts, blocksDiffer, describeBlock } from '../src/translation/blocks.js';
import { fileName, localeName, translations } from '../src/translation/common.js';

export default defineSetRule({
  meta: {
    id: 'translation-claims',
    family: 'translation',
    description: 'Finds settings (host, port, security, protocol) that a translation states differently from the source.',
    defaultSeverity: 'error',
    messages: {
      differs: '`{locale}` configures {here} in `{section}`; the source `{source}` configures {there} ({where})',
    },
  },
  check(context) {
    const { set, model } = context;
    const reference = set.reference;
    if (!reference || reference.claims.length === 0) return;
    const refBlocks = blockFacts(reference);
    const protocolName = (id: string) => model.protocol(id)?.names[0] ?? id.toUpperCase();
    for (const file of translations(set)) {
      const blocks = blockFacts(file);
      for (const [r, t] of alignBlocks(refBlocks, blocks)) {
        const there = refBlocks[r];
        const here = blocks[t];
        if (!blocksDiffer(there, here, { model, referenceLocale: reference.locale, locale: file.locale, product: file.product ?? reference.product })) continue;
        const where = `${fileName(reference)}:${there.range.start.line}`;
        context.report({
          file,
          messageId: 'differs',
          range: here.range,
          data: {
            locale: localeName(file),
            here: describeBlock(here, protocolName),
            section: here.scope[here.scope.length - 1] ?? 'the introduction',
            source: localeName(reference),
            there: describeBlock(there, protocolName),
            where,
          },
          related: [{ path: reference.path, range: there.range, message: `The source configures ${describeBlock(there, protocolName)} here.` }],
        });
      }
    }
  },
});
