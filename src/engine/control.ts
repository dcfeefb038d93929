/**
 * `<!--lint enable|disable|ignore ids-->` markers, read from the tree and
 * kept in the summary, so set-rule findings obey the same comments as
 * file-rule findings (which remark-message-control filters).
 */
import type { Root, RootContent } from 'mdast';
import type { ControlMarker } from '../types.js';

const MARKER = /^<!--\s*lint\s+(enable|disable|ignore)((?:\s+[\w-]+)*)\s*-->$/u;

export function readMarkers(tree: Root): ControlMarker[] {
  const markers: ControlMarker[] = [];
  walk(tree.children);
  return markers;

  function walk(children: RootContent[]): void {
    children.forEach((node, index) => {
      if (node.type === 'html') {
        const m = MARKER.exec(node.value.trim());
        const line = node.position?.start.line;
        if (m && line !== undefined) {
          const keyword = m[1] as ControlMarker['keyword'];
          const marker: ControlMarker = { keyword, ruleIds: m[2].trim().split(/\s+/).filter(Boolean), line };
          if (keyword === 'ignore') marker.untilLine = children[index + 1]?.position?.end.line ?? line;
          markers.push(marker);
        }
      } else if ('children' in node && Array.isArray(node.children)) {
        walk(node.children as RootContent[]);
      }
    });
  }
}

/** Is a finding of `ruleId` at `line` turned off by the markers? */
export function isSuppressed(markers: readonly ControlMarker[], ruleId: string, line: number): boolean {
  let enabled = true;
  for (const marker of markers) {
    const applies = marker.ruleIds.length === 0 || marker.ruleIds.includes(ruleId);
    if (!applies) continue;
    if (marker.keyword === 'ignore') {
      if (line > marker.line && line <= (marker.untilLine ?? marker.line)) return true;
    } else if (marker.line <= line) {
      enabled = marker.keyword === 'enable';
    }
  }
  return !enabled;
}
