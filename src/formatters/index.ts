import type { LintResult, Rule } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { formatUnix } from './unix.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown', 'unix'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  color: boolean;
  /** the rules of the run, for SARIF's rule descriptors */
  rules: readonly Rule[];
  /** doclint's version, for SARIF's tool driver and rule docs links */
  version: string;
}

export function format(name: Format, results: readonly LintResult[], options: FormatOptions): string {
  switch (name) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, options);
    case 'github':
      return formatGithub(results);
    case 'junit':
      return formatJunit(results);
    case 'markdown':
      return formatMarkdown(results);
    case 'unix':
      return formatUnix(results);
    default:
      return formatStylish(results, options);
  }
}

export { formatGithub, formatJson, formatJunit, formatMarkdown, formatSarif, formatStylish, formatUnix };
