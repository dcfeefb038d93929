/**
 * The rule registry: every rule guidelint ships. Generated from the rule
 * files by `npm run docs` (scripts/registry.js): do not edit. The README
 * rule table, SARIF rule metadata and the remark preset derive from it.
 */
import type { Rule, RuleRegistry } from '../src/rule.js';
import claimAuthentication from './claim-authentication.js';
import claimContradiction from './claim-contradiction.js';
import claimHost from './claim-host.js';
import claimPortDirection from './claim-port-direction.js';
import claimPortProtocol from './claim-port-protocol.js';
import claimPortSecurity from './claim-port-security.js';
import claimSectionProtocol from './claim-section-protocol.js';
import guideConflictMarker from './guide-conflict-marker.js';
import guideDuplicateDefinition from './guide-duplicate-definition.js';
import guideEmphasis from './guide-emphasis.js';
import guideEmptyLink from './guide-empty-link.js';
import guideFragmentLink from './guide-fragment-link.js';
import guideFrontmatter from './guide-frontmatter.js';
import guideImage from './guide-image.js';
import guideLanguage from './guide-language.js';
import guideLink from './guide-link.js';
import guideMarkupRemnant from './guide-markup-remnant.js';
import guideMojibake from './guide-mojibake.js';
import guidePipeTable from './guide-pipe-table.js';
import guidePlaceholder from './guide-placeholder.js';
import guideUndefinedReference from './guide-undefined-reference.js';
import guideUpdatedDate from './guide-updated-date.js';
import translationClaims from './translation-claims.js';
import translationCode from './translation-code.js';
import translationFrontmatter from './translation-frontmatter.js';
import translationLinks from './translation-links.js';
import translationMissing from './translation-missing.js';
import translationStale from './translation-stale.js';
import translationStructure from './translation-structure.js';
import translationTerms from './translation-terms.js';
import translationValues from './translation-values.js';

export const rules: Rule[] = [
  claimAuthentication,
  claimContradiction,
  claimHost,
  claimPortDirection,
  claimPortProtocol,
  claimPortSecurity,
  claimSectionProtocol,
  guideConflictMarker,
  guideDuplicateDefinition,
  guideEmphasis,
  guideEmptyLink,
  guideFragmentLink,
  guideFrontmatter,
  guideImage,
  guideLanguage,
  guideLink,
  guideMarkupRemnant,
  guideMojibake,
  guidePipeTable,
  guidePlaceholder,
  guideUndefinedReference,
  guideUpdatedDate,
  translationClaims,
  translationCode,
  translationFrontmatter,
  translationLinks,
  translationMissing,
  translationStale,
  translationStructure,
  translationTerms,
  translationValues,
];

/** The list with the module worker threads load it from (see RuleRegistry). */
export const registry: RuleRegistry = { rules, module: import.meta.url };
