/**
 * translation-claims: every locale of a guide configures the same
 * servers. Blocks are aligned with the reference's by order and shared
 * facts; an aligned block that states a different host, port set,
 * security or protocol is reported once, on the translation, with the
 * reference block as related location.
 *
 * Who is wrong: when the source is the one that changed — the model finds
 * a fault in the source's block and none in the translations' (a
 * deprecated host, a port of another protocol…), and most translations
 * agree with each other against it — the finding goes once on the source,
 * and says so, instead of on every translation.
 */
import { defineSetRule } from '../src/rule.js';
import type { FileSummary } from '../src/types.js';
import type { Model } from '../src/model/types.js';
import { hostLocale, judgeClaims } from '../src/claims/checks.js';
import { alignBlocks, blockFacts, blocksDiffer, describeBlock, type BlockFacts } from '../src/translation/blocks.js';
import { fileName, localeName, translations } from '../src/translation/common.js';

/** Host verdicts that say a host is wrong where it is written. */
const BAD_HOST = new Set(['deprecated', 'wrong', 'wrong-locale', 'wrong-protocol', 'not-for-product']);

/** Whether the model finds a fault in a block of a file: a port judged wrong, or a host wrong for the file (or for the region it is given under). */
function modelFaults(file: FileSummary, block: BlockFacts, model: Model, product: string | undefined): boolean {
  const judgements = judgeClaims({ claims: { claims: file.claims, blocks: file.blocks }, model, product });
  return block.claims.some((claim) => {
    const j = judgements.get(claim);
    if (j?.finding) return true;
    if (claim.host === undefined) return false;
    const status = model.checkHost(claim.host, {
      product,
      locale: hostLocale(model, claim, file.locale),
      protocol: j?.protocol?.id,
      direction: j?.direction,
    }).status;
    return BAD_HOST.has(status);
  });
}

/**
 * Ports the source writes with a host (`ssl0.ovh.net:993`) in a block where the translation gives that host with no
 * port at all: a value the translation dropped.
 */
function droppedPorts(reference: BlockFacts, translation: BlockFacts): { host: string; ports: number[] } | undefined {
  if (translation.claims.some((c) => c.port !== undefined)) return undefined;
  const hosts = new Set(translation.claims.filter((c) => c.host !== undefined).map((c) => (c.host as string).toLowerCase()));
  const withPort = reference.claims.filter((c) => c.host !== undefined && c.port !== undefined && hosts.has(c.host.toLowerCase()));
  if (withPort.length === 0) return undefined;
  return { host: (withPort[0].host as string).toLowerCase(), ports: [...new Set(withPort.map((c) => c.port as number))] };
}

export default defineSetRule({
  meta: {
    id: 'translation-claims',
    family: 'translation',
    description:
      'Finds settings (host, port, security, protocol, authentication, region) that a translation states differently from the source, or that the source states differently from the model and most translations.',
    defaultSeverity: 'error',
    messages: {
      differs: '`{locale}` configures {here} in `{section}`; the source `{source}` configures {there} ({where})',
      omits: '`{locale}` gives `{host}` without the port {ports} the source `{source}` states with it in `{section}` ({where})',
      sourceDiffers:
        'The source `{source}` configures {there} in `{section}`, where the model disagrees; {count} of {total} translations configure {here}, as the model allows ({where})',
    },
  },
  check(context) {
    const { set, model } = context;
    const reference = set.reference;
    if (!reference || reference.claims.length === 0) return;
    const refBlocks = blockFacts(reference);
    const protocolName = (id: string) => model.protocol(id)?.names[0] ?? id.toUpperCase();
    // Every aligned pair, by reference block: the translation's block and whether it differs.
    const pairs = new Map<number, Array<{ file: FileSummary; block: BlockFacts; differs: boolean }>>();
    for (const file of translations(set)) {
      const blocks = blockFacts(file);
      for (const [r, t] of alignBlocks(refBlocks, blocks)) {
        const differs = blocksDiffer(refBlocks[r], blocks[t], {
          model,
          referenceLocale: reference.locale,
          locale: file.locale,
          product: file.product ?? reference.product,
        });
        const list = pairs.get(r) ?? [];
        list.push({ file, block: blocks[t], differs });
        pairs.set(r, list);
      }
    }
    for (const [r, list] of pairs) {
      const there = refBlocks[r];
      for (const { file, block: here } of list.filter((p) => !p.differs)) {
        const dropped = droppedPorts(there, here);
        if (!dropped) continue;
        context.report({
          file,
          messageId: 'omits',
          range: here.range,
          data: {
            locale: localeName(file),
            host: dropped.host,
            ports: dropped.ports.map((p) => `\`${p}\``).join(', '),
            source: localeName(reference),
            section: here.scope[here.scope.length - 1] ?? 'the introduction',
            where: `${fileName(reference)}:${there.range.start.line}`,
          },
          related: [{ path: reference.path, range: there.range, message: `The source configures ${describeBlock(there, protocolName)} here.` }],
        });
      }
      const differing = list.filter((p) => p.differs);
      if (differing.length === 0) continue;
      const product = reference.product;
      // The source is the odd one out: most translations differ from it, agree with each other, and the model sides with them.
      const [first] = differing;
      const blameSource =
        differing.length >= 2 &&
        differing.length * 2 > list.length &&
        differing.every(
          (p) => !blocksDiffer(first.block, p.block, { model, referenceLocale: first.file.locale, locale: p.file.locale, product: p.file.product ?? product }),
        ) &&
        modelFaults(reference, there, model, product) &&
        !differing.some((p) => modelFaults(p.file, p.block, model, p.file.product ?? product));
      if (blameSource) {
        context.report({
          file: reference,
          messageId: 'sourceDiffers',
          range: there.range,
          data: {
            source: localeName(reference),
            there: describeBlock(there, protocolName),
            section: there.scope[there.scope.length - 1] ?? 'the introduction',
            count: differing.length,
            total: list.length,
            here: describeBlock(first.block, protocolName),
            where: `${fileName(first.file)}:${first.block.range.start.line}`,
          },
          related: differing.map((p) => ({
            path: p.file.path,
            range: p.block.range,
            message: `\`${localeName(p.file)}\` configures ${describeBlock(p.block, protocolName)} here.`,
          })),
        });
        continue;
      }
      for (const { file, block: here } of differing) {
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
