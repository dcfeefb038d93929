/**
 * The rule registry: every rule guidelint ships. The README rule table,
 * SARIF rule metadata and the remark preset are derived from this list.
 */
import type { Rule } from '../src/rule.js';

export const rules: Rule[] = [
];
