/**
 * The rule registry: every rule guidelint ships. The README rule table,
 * SARIF rule metadata and the remark preset are derived from this list.
 */
import type { Rule, RuleRegistry } from '../src/rule.js';
import claimAuthentication from './claim-authentication.js';
import claimContradiction from './claim-contradiction.js';
import claimHost from './claim-host.js';
import claimPortDirection from './claim-port-direction.js';
import claimPortProtocol from './claim-port-protocol.js';
import claimPortSecurity from './claim-port-security.js';
import claimSectionProtocol from './claim-section-protocol.js';
import guidePipeTable from './guide-pipe-table.js';
import guideMarkupRemnant from './guide-markup-remnant.js';
import guideMojibake from './guide-mojibake.js';
import guideEmptyLink from './guide-empty-link.js';
import guidePlaceholder from './guide-placeholder.js';
import guideFragmentLink from './guide-fragment-link.js';
import guideImage from './guide-image.js';
import guideFrontmatter from './guide-frontmatter.js';
import guideLanguage from './guide-language.js';
import guideUndefinedReference from './guide-undefined-reference.js';
import guideDuplicateDefinition from './guide-duplicate-definition.js';
import guideConflictMarker from './guide-conflict-marker.js';
import guideEmphasis from './guide-emphasis.js';
import guideLink from './guide-link.js';
import translationClaims from './translation-claims.js';
import translationCode from './translation-code.js';
import translationStructure from './translation-structure.js';
import translationFrontmatter from './translation-frontmatter.js';
import translationLinks from './translation-links.js';
import translationMissing from './translation-missing.js';
import translationStale from './translation-stale.js';
import translationTerms from './translation-terms.js';
import guideUpdatedDate from './guide-updated-date.js';
import translationValues from './translation-values.js';

export const rules: Rule[] = [
  claimAuthentication,
  claimContradiction,
  claimHost,
  claimPortDirection,
  claimPortProtocol,
  claimPortSecurity,
  claimSectionProtocol,
  guidePipeTable,
  guideMarkupRemnant,
  guideMojibake,
  guideEmptyLink,
  guidePlaceholder,
  guideFragmentLink,
  guideImage,
  guideFrontmatter,
  guideLanguage,
  guideUndefinedReference,
  guideDuplicateDefinition,
  guideUpdatedDate,
  guideConflictMarker,
  guideEmphasis,
  guideLink,
  translationClaims,
  translationCode,
  translationStructure,
  translationFrontmatter,
  translationLinks,
  translationMissing,
  translationStale,
  translationTerms,
  translationValues,
];

/** The list with the module worker threads load it from (see RuleRegistry). */
export const registry: RuleRegistry = { rules, module: import.meta.url };
