/**
 * The security page of an AWS guide, as a page contract: the requirement that
 * `doclint:aws-security` checks, written in the same data as a `contracts` entry of a config file.
 * The two security-page rules build it from their options and `settings.securityPage`, and each
 * evaluates its own requirement with the contract engine (src/contracts/), reporting
 * under its own id and messages.
 */
import type { Contract, Settings } from '../types.js';
import { compileContract, type CompiledContract } from './compile.js';

export interface SharedResponsibilityOptions {
  sentence: string;
  modelUrl: string;
  items: string[];
}

export interface TopicsListOptions {
  labels: string[];
}

export const SHARED_RESPONSIBILITY_DEFAULTS: SharedResponsibilityOptions = {
  sentence: 'Security is a shared responsibility between AWS and you',
  modelUrl: 'https://aws.amazon.com/compliance/shared-responsibility-model/',
  items: ['Security of the cloud', 'Security in the cloud'],
};

export const TOPICS_LIST_DEFAULTS: TopicsListOptions = { labels: ['Topics'] };

/** A file name as a glob that matches only that name: glob characters escaped. */
const literalGlob = (name: string) => name.replace(/[\\*?[\]{}]/g, '\\$&');

/** The index in `require` of each rule's requirement. */
export const SHARED_RESPONSIBILITY = 0;
export const TOPICS_LIST = 1;

/**
 * The AWS security-page contract: a security page (by file name, exact case, or by the start of
 * its title) has the shared-responsibility section (the lead sentence, the model link, both
 * items) and a topics list (a label or heading containing "Topics", then a list of links).
 */
export function awsSecurityContract(
  securityPage: Settings['securityPage'],
  sharedResponsibility: SharedResponsibilityOptions = SHARED_RESPONSIBILITY_DEFAULTS,
  topics: TopicsListOptions = TOPICS_LIST_DEFAULTS,
): Contract {
  const labels = topics.labels.map((label) => `*${label}*`);
  return {
    description:
      'the security page of an AWS guide: the shared-responsibility section and a topics list (doclint:aws-security)',
    match: {
      files: securityPage.fileNames.map(literalGlob),
      title: securityPage.titlePrefixes.map((prefix) => `${prefix}*`),
    },
    require: [
      {
        sentences: [sharedResponsibility.sentence],
        links: [sharedResponsibility.modelUrl],
        items: [...sharedResponsibility.items],
      },
      { section: { label: labels, heading: labels }, linkList: true },
    ],
  };
}

const compiled = new WeakMap<object, WeakMap<object, CompiledContract>>();

/**
 * The compiled contract for one rule's options and the page's security-page settings: both are
 * objects the engine makes once per config, so this compiles once per config, not per page.
 */
export function compiledAwsSecurityContract(
  securityPage: Settings['securityPage'],
  options: SharedResponsibilityOptions | TopicsListOptions,
): CompiledContract {
  let byPage = compiled.get(options);
  if (!byPage) compiled.set(options, (byPage = new WeakMap()));
  let contract = byPage.get(securityPage);
  if (!contract) {
    const own =
      'labels' in options
        ? awsSecurityContract(securityPage, undefined, options)
        : awsSecurityContract(securityPage, options);
    byPage.set(securityPage, (contract = compileContract('aws-security', own)));
  }
  return contract;
}
