export type * from './types.js';
export { lintProject } from './engine/lint-project.js';
export { parseMarkdown, parsePage, DEFAULT_MAX_NESTING, DEFAULT_MAX_PARSE_TIME } from './engine/parse.js';
export { ConfigError, configSchema, resolveRules, validateConfig, DEFAULT_SETTINGS } from './config/config.js';
export { format, formatGithub, formatJson, formatJunit, formatMarkdown, formatSarif, formatStylish, FORMATS } from './formatters/index.js';
export { builtinRules } from '../rules/index.js';
