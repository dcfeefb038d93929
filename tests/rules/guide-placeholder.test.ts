import { describe, expect, it } from 'vitest';
import rule from '../../rules/guide-placeholder.js';
import { lintText } from '../helpers/rule-tester.js';

const OVH = { dialect: { placeholders: ['{ovh_www}'], leftoverPlaceholders: ['{legacy}'] } };
const view = (text: string, config: Record<string, unknown> = OVH, options?: Record<string, unknown>) =>
  lintText(text, [rule], { config: config as never, options }).map(
    (m) => `${m.range.start.line}:${m.range.start.column}-${m.range.end.column} ${m.messageId} ${m.data?.found}`,
  );

describe('guide-placeholder', () => {
  it('finds declared leftovers and unknown placeholders in links and text', () => {
    expect(view('- []({legacy}1683)\n- [täällä]({legacy}1302)\n\nSee [pro]({ovh_web}/pro) and {product_name}.\n')).toEqual([
      '1:6-14 leftover {legacy}',
      '2:12-20 leftover {legacy}',
      '4:11-20 unknown {ovh_web}',
      '4:30-44 unknown {product_name}',
    ]);
  });

  it('accepts declared placeholders, attribute blocks, templates, code, HTML and reader paths in prose', () => {
    const text = [
      '[Email Pro]({ovh_www}/emails/) `Add`{.action} ![x](i.png){.thumbnail .w-640} [x](y){.external}',
      '',
      '## Title {#title}',
      '',
      '{{ page.title }} ${HOME} `{legacy}` <a href="{x}">x</a> {hostname}/data/conf',
      '',
      '```',
      '{legacy} {unknown}',
      '```',
      '',
    ].join('\n');
    expect(view(text)).toEqual([]);
  });

  it('checks leftovers only when `unknown` is off, and honours `ignore`', () => {
    expect(view('{serviceName} and []({legacy}1)\n', OVH, { unknown: false })).toEqual(['1:22-30 leftover {legacy}']);
    expect(view('POST /storage/{serviceName}/share and {serviceName} {other}\n', OVH, { ignore: ['{service*}'] })).toEqual(['1:53-60 unknown {other}']);
  });
});
