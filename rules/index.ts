import type { Rule } from '../src/rule-api/index.js';
import anchorUnique from './anchor-unique.js';
import linkAnchorExists from './link-anchor-exists.js';
import linkDefinitionUsed from './link-definition-used.js';
import linkFileExists from './link-file-exists.js';
import linkReferenceDefined from './link-reference-defined.js';
import linkTextTitle from './link-text-title.js';
import pageContract from './page-contract.js';
import securitySharedResponsibility from './security-shared-responsibility.js';
import securityTopicsList from './security-topics-list.js';
import tocEntryExists from './toc-entry-exists.js';
import tocOrphanPage from './toc-orphan-page.js';
import tocTopicsMatch from './toc-topics-match.js';

/** Every built-in rule, sorted by id; each carries the path of its documentation page. */
export const builtinRules: readonly Rule[] = [
  anchorUnique,
  linkAnchorExists,
  linkDefinitionUsed,
  linkFileExists,
  linkReferenceDefined,
  linkTextTitle,
  pageContract,
  securitySharedResponsibility,
  securityTopicsList,
  tocEntryExists,
  tocOrphanPage,
  tocTopicsMatch,
]
  .map((rule) => ({ ...rule, meta: { ...rule.meta, url: `rules/${rule.meta.id}.md` } }) as Rule)
  .sort((a, b) => a.meta.id.localeCompare(b.meta.id));
