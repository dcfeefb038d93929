/** Lines of reported files, for fingerprints (SARIF, the baseline). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Reads each file once; undefined when a file cannot be read. */
export function lineReader(cwd: string): (path: string, line: number) => string | undefined {
  const files = new Map<string, string[] | undefined>();
  return (path, line) => {
    if (!files.has(path)) {
      try {
        files.set(path, readFileSync(resolve(cwd, path), 'utf8').split(/\r?\n/));
      } catch {
        files.set(path, undefined);
      }
    }
    return files.get(path)?.[line - 1];
  };
}
