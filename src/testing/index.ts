/** `doclint/testing`: what a plugin's tests need. */
export { RuleTester } from './rule-tester.js';
export type {
  DescribeFunction,
  ExpectedError,
  InvalidCase,
  ItFunction,
  RuleTesterOptions,
  RuleTests,
  ValidCase,
} from './rule-tester.js';
export { defineRule } from '../rule-api/index.js';
export type {
  FileContext,
  ProjectContext,
  ProjectIndex,
  ReportDescriptor,
  Rule,
  RuleMeta,
  Visitors,
} from '../rule-api/index.js';
