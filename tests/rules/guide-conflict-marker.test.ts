import { describe, expect, it } from 'vitest';
import rule from '../../rules/guide-conflict-marker.js';
import { lintText } from '../helpers/rule-tester.js';

const view = (text: string) =>
  lintText(text, [rule]).map((m) => ({
    at: `${m.range.start.line}:${m.range.start.column}-${m.range.end.line}:${m.range.end.column}`,
    marker: m.data?.marker,
  }));

describe('guide-conflict-marker', () => {
  it('finds every marker line of a conflict, with front matter and CRLF', () => {
    const text = '---\r\ntitle: x\r\n---\r\nIntro\r\n<<<<<<< HEAD\r\nours\r\n||||||| base\r\nbase\r\n=======\r\ntheirs\r\n>>>>>>> feature/x\r\nEnd\r\n';
    expect(view(text)).toEqual([
      { at: '5:1-5:13', marker: '<<<<<<< HEAD' },
      { at: '7:1-7:13', marker: '||||||| base' },
      { at: '9:1-9:8', marker: '=======' },
      { at: '11:1-11:18', marker: '>>>>>>> feature/x' },
    ]);
  });

  it('takes a line of seven `=` outside a conflict as a setext underline', () => {
    expect(view('Title\n=======\n\nText\n')).toEqual([]);
    expect(view('<<<<<<< HEAD\na\n========\nb\n>>>>>>> x\nTitle\n=======\n')).toEqual([
      { at: '1:1-1:13', marker: '<<<<<<< HEAD' },
      { at: '5:1-5:10', marker: '>>>>>>> x' },
    ]);
  });

  it('reads no code block and no run of another length', () => {
    expect(view('```\n<<<<<<< HEAD\n=======\n>>>>>>> b\n```\n\n    <<<<<<< HEAD\n\n<<<<<<<< eight\n>>>>>>>x\n')).toEqual([]);
  });

  it('reports a lone closing marker and stays linear on a long line', () => {
    expect(view('text\n>>>>>>> origin/main\n')).toEqual([{ at: '2:1-2:20', marker: '>>>>>>> origin/main' }]);
    expect(view(`<<<<<<< ${'x'.repeat(100_000)}\n`)).toHaveLength(1);
  });
});
