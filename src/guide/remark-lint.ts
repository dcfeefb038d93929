/**
 * Run a remark-lint rule (a unified-lint-rule plugin) on the tree of a
 * guidelint file rule and return its messages, so existing remark-lint
 * rules join our registry under our ids, options and reporting.
 */
import { unified, type Plugin, type Processor } from 'unified';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { FileContext } from '../rule.js';
import type { Range } from '../types.js';

export interface LintFinding {
  reason: string;
  range: Range;
  /** Where the cause is (remark-lint's `cause`, e.g. the first definition of a duplicate). */
  cause?: Range;
}

const processors = new WeakMap<object, Map<string, Processor<Root, Root, Root>>>();

function processorFor(plugin: Plugin<[unknown?], Root>, settings: unknown): Processor<Root, Root, Root> {
  let byKey = processors.get(plugin);
  if (!byKey) {
    byKey = new Map();
    processors.set(plugin, byKey);
  }
  const key = JSON.stringify(settings, (_k, v: unknown) => (v instanceof RegExp ? `/${v.source}/${v.flags}` : v)) ?? '';
  let processor = byKey.get(key);
  if (!processor) {
    processor = (unified() as unknown as Processor<Root, Root, Root>).use(plugin as never, settings as never).freeze() as unknown as Processor<
      Root,
      Root,
      Root
    >;
    byKey.set(key, processor);
  }
  return processor;
}

function toRange(place: VFileMessage['place']): Range | undefined {
  if (!place) return undefined;
  const start = 'start' in place ? place.start : place;
  const end = 'end' in place ? place.end : place;
  return { start: { line: start.line, column: start.column, offset: start.offset }, end: { line: end.line, column: end.column, offset: end.offset } };
}

/** Run `plugin` with `settings` on the context's tree and collect what it reports. */
export function runRemarkLint(plugin: Plugin<[unknown?], Root>, settings: unknown, context: FileContext<unknown>): LintFinding[] {
  const file = new VFile({ path: context.absPath, value: context.text });
  processorFor(plugin, settings).runSync(context.tree, file);
  const out: LintFinding[] = [];
  for (const m of file.messages) {
    const range = toRange(m.place);
    if (!range) continue;
    const cause = m.cause instanceof Error && 'place' in m.cause ? toRange((m.cause as VFileMessage).place) : undefined;
    out.push({ reason: m.reason, range, ...(cause ? { cause } : {}) });
  }
  return out;
}
