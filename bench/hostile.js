/**
 * Hostile inputs: each used to hang a run (quadratic parsing, backtracking
 * patterns, one re-parse per fix) or exhaust its memory. Shared by the
 * bench's hostile tree and tests/cli/hostile.test.ts.
 */
export const HOSTILE_CASES = {
  'emphasis.md': `# Pairs\n\n${'*_'.repeat(40_000)}\n`,
  'nested.md': `${'>'.repeat(20_000)} |a|b|\n`,
  'nested-lists.md': `${'- '.repeat(5_000)}item\n`,
  'mixed-line.md': `${'[/b [url= |a| {x {legacy &lt;br <b Ã Ã¢â'.repeat(26_000)}\n`,
  'cell-links.md': `|a|b|\n|-|-|\n|${']('.repeat(50_000)}|z|\n`,
  'spaces.md': `Port 587 ${' '.repeat(200_000)}SMTP server\n`,
  'spaces-pipe.md': `Port | 587 ${' '.repeat(200_000)}| SMTP |\n`,
  'email-cell.md': `|a|b|\n|-|-|\n|${'a'.repeat(100_000)}@|z|\n`,
  'tables.md': '| Server | Port |\n| mail.example.com | 993 |\n\n'.repeat(1_000),
  'pipes.md': `${'|'.repeat(1_900_000)}\n`,
  // Every paragraph just under the scan's limit: only the per-file time budget stops it.
  'slow-paragraphs.md': `${'*_'.repeat(2_400)}\n\n`.repeat(60),
  'good.md': '# Good\n\nA clean guide.\n',
};
