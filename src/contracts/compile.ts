/**
 * Page contracts: "pages of this kind must contain this", as data. A contract matches pages (by
 * path, title, front matter or place in the table of contents) and lists requirements: a section
 * (a heading or a bold label) with sentences, links, list items or a list of links in it.
 *
 * The contracts folder: compile.ts (config → compiled patterns), identity.ts (which pages a
 * contract matches), page-model.ts (what the one walk collects of a page), evaluate.ts (a
 * requirement → findings), wildcard.ts (the pattern matcher), aws-security.ts (the AWS preset).
 * The rules decide the wording: `page-contract` for contracts from config, and the two
 * security-page rules for the AWS security contract, with their own messages.
 */
import type { Contract, ContractConfig, ContractRequirement } from '../types.js';
import {
  compileGlob,
  type Glob,
  MAX_PATTERN_LENGTH,
  patternWording,
  PatternError,
  type TextPattern,
  textPattern,
  type UrlPattern,
  urlPattern,
} from './wildcard.js';
import { normalizeWording } from '../helpers/text.js';

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** A contract as written in config → the resolved shape: every pattern list a list. */
export function normalizeContract(config: ContractConfig): Contract {
  const match: Contract['match'] = {};
  if (config.match.files !== undefined) match.files = list(config.match.files);
  if (config.match.title !== undefined) match.title = list(config.match.title);
  if (config.match.frontMatter !== undefined) {
    match.frontMatter = Object.fromEntries(
      Object.entries(config.match.frontMatter).map(([key, value]) => [key, list(value)]),
    );
  }
  if (config.match.tocParent !== undefined) match.tocParent = list(config.match.tocParent);
  const require = config.require.map((requirement) => {
    const out: ContractRequirement = {};
    if (requirement.section) {
      out.section = {};
      if (requirement.section.heading !== undefined) out.section.heading = list(requirement.section.heading);
      if (requirement.section.label !== undefined) out.section.label = list(requirement.section.label);
    }
    for (const key of ['sentences', 'links', 'items'] as const)
      if (requirement[key] !== undefined) out[key] = [...requirement[key]!];
    if (requirement.linkList !== undefined) out.linkList = requirement.linkList;
    return out;
  });
  return { ...(config.description === undefined ? {} : { description: config.description }), match, require };
}

/** A glob of a contract in a config file below the project root, made relative to the root. */
export function rebaseGlob(glob: string, base: string): string {
  if (base === '') return glob;
  const trimmed = glob.replace(/^\.\//, '');
  return trimmed.includes('/') ? `${base}/${trimmed}` : `${base}/**/${trimmed}`;
}

/* ------------------------------------------------------------------------------------------ */
/* Compiling                                                                                   */
/* ------------------------------------------------------------------------------------------ */

interface Phrase {
  source: string;
  pattern: TextPattern;
  /** the fixed words, for finding a reworded text */
  wording: string;
}

export interface CompiledRequirement {
  section?: { heading: TextPattern[]; label: TextPattern[]; shown: string };
  sentences: Phrase[];
  links: UrlPattern[];
  items: Phrase[];
  linkList: boolean;
}

export interface CompiledContract {
  name: string;
  contract: Contract;
  files: Glob[];
  title: TextPattern[];
  frontMatter: Array<{ key: string; values: TextPattern[] }>;
  /** entry text patterns, and `.md` pages, the page must be below in the table of contents */
  tocParent: Array<{ source: string; text?: TextPattern; page?: string }>;
  require: CompiledRequirement[];
}

export const withoutFinalStop = (text: string) => text.replace(/[.!?:;\s]+$/, '');

function checkLength(source: string): string {
  if (source.length > MAX_PATTERN_LENGTH) throw new PatternError(`it is longer than ${MAX_PATTERN_LENGTH} characters`);
  return source;
}

/** A heading or label pattern: the whole text, a final `:` or `.` aside on both sides. */
const headingPattern = (source: string) => textPattern(withoutFinalStop(checkLength(source)));

function compileRequirement(requirement: ContractRequirement): CompiledRequirement {
  const headings = requirement.section?.heading ?? [];
  const labels = requirement.section?.label ?? [];
  const compiled: CompiledRequirement = {
    sentences: (requirement.sentences ?? []).map((source) => {
      // Anywhere in a paragraph or heading, as whole words; a final stop in the contract is not required.
      const pattern = textPattern(`*${withoutFinalStop(normalizeWording(checkLength(source)))}*`);
      return { source, pattern, wording: patternWording(pattern) };
    }),
    links: (requirement.links ?? []).map((source) => urlPattern(checkLength(source))),
    items: (requirement.items ?? []).map((source) => {
      // At the start of a list item, paragraph or heading, followed by a word break.
      const pattern = textPattern(`${checkLength(source)}*`);
      return { source, pattern, wording: patternWording(pattern) };
    }),
    linkList: requirement.linkList === true,
  };
  if (requirement.section) {
    compiled.section = {
      heading: headings.map(headingPattern),
      label: labels.map(headingPattern),
      shown: [...headings, ...labels][0] ?? '',
    };
  }
  return compiled;
}

/** Compiles a contract; throws a PatternError naming the part that cannot be used. */
export function compileContract(name: string, contract: Contract): CompiledContract {
  const { match } = contract;
  return {
    name,
    contract,
    files: (match.files ?? []).map(compileGlob),
    title: (match.title ?? []).map(headingPattern),
    frontMatter: Object.entries(match.frontMatter ?? {}).map(([key, values]) => ({
      key,
      values: values.map((v) => textPattern(checkLength(v))),
    })),
    tocParent: (match.tocParent ?? []).map((source) =>
      /\.md$/i.test(source.trim())
        ? { source, page: source.trim().replace(/^\.\//, '') }
        : { source, text: headingPattern(source) },
    ),
    require: contract.require.map(compileRequirement),
  };
}

const compiledSets = new WeakMap<Record<string, Contract>, CompiledContract[]>();

/** The compiled contracts of a settings object, compiled once per object. */
export function compileContracts(contracts: Record<string, Contract>): CompiledContract[] {
  let compiled = compiledSets.get(contracts);
  if (!compiled) {
    compiled = Object.entries(contracts).map(([name, contract]) => compileContract(name, contract));
    compiledSets.set(contracts, compiled);
  }
  return compiled;
}

/* ------------------------------------------------------------------------------------------ */
/* Matching pages                                                                              */
/* ------------------------------------------------------------------------------------------ */
