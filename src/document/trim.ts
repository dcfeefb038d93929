/**
 * Linear-time trimming and cutting. A pattern such as `/\s+$/` or
 * `/[?#].*$/` is retried from every position of a long run that does not
 * end the string, which is quadratic on hostile input; these loops are not.
 */

/** `text` without the trailing characters in `chars`. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the leading and trailing characters in `chars`. */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start])) start++;
  return trimEndChars(text.slice(start), chars);
}

/** `text` up to (not including) the first of the characters in `chars`. */
export function cutAtFirst(text: string, chars: string): string {
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i])) return text.slice(0, i);
  return text;
}

/** Runs of white space that hold a line break become one space; other white space is kept. */
export function joinLines(text: string): string {
  return text.replace(/\s+/gu, (run) => (run.includes('\n') || run.includes('\r') ? ' ' : run));
}
