/**
 * The rule registry: every rule guidelint ships. The README rule table,
 * SARIF rule metadata and the remark preset are derived from this list.
 */
import type { Rule } from '../src/rule.js';
import claimContradiction from './claim-contradiction.js';
import claimHost from './claim-host.js';
import claimPortDirection from './claim-port-direction.js';
import claimPortProtocol from './claim-port-protocol.js';
import claimPortSecurity from './claim-port-security.js';
import claimSectionProtocol from './claim-section-protocol.js';

export const rules: Rule[] = [
  claimContradiction,
  claimHost,
  claimPortDirection,
  claimPortProtocol,
  claimPortSecurity,
  claimSectionProtocol,
];
