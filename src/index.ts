export type * from './types.js';
export { lintProject } from './engine/lint-project.js';
export { parseMarkdown } from './engine/parse.js';
export { ConfigError, configSchema, resolveRules, validateConfig, DEFAULT_SETTINGS } from './config/config.js';
export { ConfigResolver, printableConfig, resolveConfig } from './config/cascade.js';
export { PRESETS } from './config/presets.js';
export { awsSecurityContract } from './helpers/aws-security.js';
export { format, formatGithub, formatJson, formatJunit, formatMarkdown, formatSarif, formatStylish, FORMATS } from './formatters/index.js';
export { builtinRules } from '../rules/index.js';
