/**
 * Control characters made visible in human-readable reports. A file name
 * or guide text may hold escape sequences (clear screen, window title,
 * clipboard OSC 52), carriage returns that overwrite a line, or a newline
 * followed by `::error …`, which a GitHub Actions runner would execute as
 * a workflow command. Every such character is printed as `\xHH` (C0, DEL,
 * C1) or `\u{HHHH}` (bidirectional overrides, which reorder what the
 * reader sees), so the report shows what the file holds and the terminal
 * or runner interprets nothing.
 */

// C0 controls, DEL, C1 controls, and the Unicode bidirectional embedding/override/isolate marks.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.codePointAt(0)!;
  if (code === 0x09) return '\\t';
  if (code < 0x100) return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  return `\\u{${code.toString(16).toUpperCase()}}`;
}

/** `text` with every control character shown as an escape; `keep` lists characters left as they are (e.g. "\n"). */
export function escapeControl(text: string, keep = ''): string {
  return text.replace(CONTROL, (c) => (keep.includes(c) ? c : visible(c)));
}
