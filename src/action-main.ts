import { runAction } from './action.js';

// The runner starts actions in the workspace; GITHUB_WORKSPACE says so explicitly.
process.exitCode = await runAction(
  process.env,
  process.env.GITHUB_WORKSPACE ?? process.cwd(),
  process.stdout,
  process.stderr,
);
