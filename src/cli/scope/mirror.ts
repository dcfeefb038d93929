/**
 * With --changed/--staged, a set rule reports a disagreement on the
 * translation that now differs, which the change did not touch: outside
 * the pull request's diff, where GitHub shows no inline annotation. The
 * finding is also reported where the reviewer looks: on the edited
 * source, at the place the translation was compared with (its related
 * location), one finding per place and rule naming every translation that
 * still says otherwise.
 */
import { basename, resolve } from 'node:path';
import type { FileResult, LintMessage, RelatedLocation } from '../../types.js';

export function mirrorOntoTouched(
  results: FileResult[],
  cwd: string,
  isTouched: (abs: string) => boolean,
  comparesLocales: (ruleId: string) => boolean,
): FileResult[] {
  const groups = new Map<string, { path: string; ruleId: string; range: LintMessage['range']; from: Array<{ path: string; message: LintMessage }> }>();
  for (const r of results) {
    if (isTouched(resolve(cwd, r.path))) continue;
    for (const m of r.messages) {
      if (!comparesLocales(m.ruleId)) continue;
      for (const rel of m.related ?? []) {
        if (!isTouched(resolve(cwd, rel.path))) continue;
        const key = `${rel.path}\0${m.ruleId}\0${rel.range.start.line}:${rel.range.start.column}`;
        const group = groups.get(key) ?? { path: rel.path, ruleId: m.ruleId, range: rel.range, from: [] };
        group.from.push({ path: r.path, message: m });
        groups.set(key, group);
      }
    }
  }
  if (groups.size === 0) return results;
  const out = results.map((r) => ({ ...r, messages: [...r.messages] }));
  const byPath = new Map(out.map((r) => [resolve(cwd, r.path), r]));
  for (const g of groups.values()) {
    const parts = g.from.map(({ path, message }) => {
      const { locale, here } = message.data ?? {};
      return locale !== undefined && here !== undefined ? `\`${locale}\` still configures ${here}` : `\`${basename(path)}\`: ${message.message}`;
    });
    const related: RelatedLocation[] = g.from.map(({ path, message }) => ({ path, range: message.range, message: message.message }));
    const mirrored: LintMessage = {
      ruleId: g.ruleId,
      family: g.from[0].message.family,
      severity: g.from.some((f) => f.message.severity === 2) ? 2 : 1,
      message: `Translations not updated with this change: ${parts.join('; ')}`,
      range: g.range,
      related,
    };
    const abs = resolve(cwd, g.path);
    let target = byPath.get(abs);
    if (!target) {
      target = { path: g.path, messages: [] };
      out.push(target);
      byPath.set(abs, target);
    }
    target.messages.push(mirrored);
  }
  for (const r of out) r.messages.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  return out;
}
