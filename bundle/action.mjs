import { createRequire as __doclintRequire } from 'node:module'; import { dirname as __doclintDirname } from 'node:path'; import { fileURLToPath as __doclintPath } from 'node:url'; const require = __doclintRequire(import.meta.url); const __dirname = __doclintDirname(__doclintPath(import.meta.url));
import {
  describeError,
  escapeData,
  formatGithub,
  formatMarkdown,
  formatSarif,
  lintFiles,
  safeWritePath,
  sanitizeLine,
  writeFileAtomic
} from "./shared.action+main.mjs";
import {
  readVersion
} from "./shared.action+doclint+main.mjs";
import "./shared.action+lint-worker+main.mjs";
import "./shared.action+doclint+lint-worker+main.mjs";

// src/action.ts
import { appendFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
var FAIL_ON = ["error", "warning", "never"];
var input = (env, name) => (env[`INPUT_${name.toUpperCase()}`] ?? "").trim();
async function runAction(env, cwd, stdout, stderr) {
  const counts = { errors: 0, warnings: 0 };
  let exitCode;
  try {
    exitCode = await runSteps(env, cwd, stdout, stderr, counts);
  } catch (error) {
    const message = `doclint: ${error?.message ?? String(error)}`;
    stderr.write(`${sanitizeLine(message)}
`);
    stdout.write(`::error title=doclint::${escapeData(message)}
`);
    exitCode = 2;
  }
  await writeOutputs(env, { ...counts, exitCode }).catch((error) => {
    stderr.write(
      `doclint: cannot write the step's outputs: ${sanitizeLine(String(error?.message ?? error))}
`
    );
  });
  return exitCode;
}
async function runSteps(env, cwd, stdout, stderr, counts) {
  const inputs = readInputs(env);
  if (typeof inputs === "string") {
    stdout.write(`::error title=doclint::${inputs}
`);
    return 2;
  }
  const cacheLocation = await cacheLocationOf(env, inputs.cache, stderr);
  const run = await lint(cwd, inputs, cacheLocation, stdout, stderr);
  if (!run) return 2;
  const { results, rules } = run;
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  Object.assign(counts, { errors, warnings });
  const exitCode = stepExitCode(results, inputs.failOn, errors, warnings);
  stdout.write(formatGithub(results));
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, formatMarkdown(results));
  if (inputs.sarifFile) await writeSarif(cwd, inputs.sarifFile, results, rules);
  return exitCode;
}
var annotated = (value) => value.replace(/[\r\n%]/g, " ");
function readInputs(env) {
  const failOn = input(env, "fail-on") || "error";
  if (!FAIL_ON.includes(failOn)) {
    return `fail-on must be one of ${FAIL_ON.join(", ")}, not ${annotated(failOn)}`;
  }
  const cache = input(env, "cache") || "true";
  if (cache !== "true" && cache !== "false") return `cache must be true or false, not ${annotated(cache)}`;
  const allowEmpty = input(env, "allow-empty") || "false";
  if (allowEmpty !== "true" && allowEmpty !== "false") {
    return `allow-empty must be true or false, not ${annotated(allowEmpty)}`;
  }
  return {
    failOn,
    patterns: input(env, "paths").split(/\r?\n/).map((line) => line.trim()).filter(Boolean),
    config: input(env, "config"),
    changedSince: input(env, "changed-since"),
    sarifFile: input(env, "sarif-file"),
    cache: cache === "true",
    allowEmpty: allowEmpty === "true"
  };
}
async function cacheLocationOf(env, cache, stderr) {
  const cacheLocation = input(env, "cache-location") || (env.RUNNER_TEMP ? join(env.RUNNER_TEMP, "doclint", ".doclintcache") : "");
  if (cache && cacheLocation !== "" && !input(env, "cache-location"))
    await mkdir(dirname(cacheLocation), { recursive: true });
  if (cache && cacheLocation === "") {
    stderr.write(
      "doclint: warning: no RUNNER_TEMP and no cache-location: linting without a cache (the workspace is never the default)\n"
    );
  }
  return cacheLocation;
}
var ACTION_IGNORE_HINTS = {
  lintThem: "remove the ignore rule or narrow it (the Action has no input to lint ignored pages)",
  lintIt: "remove the ignore rule or narrow it to lint it (the Action has no input to lint ignored pages)",
  acceptEmpty: "set the input `allow-empty: true` to accept a run that lints nothing"
};
async function lint(cwd, { patterns, config, changedSince, cache, allowEmpty }, cacheLocation, stdout, stderr) {
  try {
    return await lintFiles({
      cwd,
      patterns,
      ...config ? { config } : {},
      ...changedSince ? { changedSince } : {},
      cache: cache && cacheLocation !== "",
      ...cacheLocation ? { cacheLocation } : {},
      allowEmpty,
      ignoreHints: ACTION_IGNORE_HINTS,
      warn: (message) => stderr.write(`doclint: warning: ${sanitizeLine(message)}
`)
    });
  } catch (error) {
    const message = describeError(error).trim();
    stderr.write(`${message}
`);
    stdout.write(
      `::error title=doclint::${message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`
    );
    return void 0;
  }
}
function stepExitCode(results, failOn, errors, warnings) {
  if (results.some((r) => r.diagnostics.some((d) => d.internal))) return 2;
  if (failOn === "never") return 0;
  return errors > 0 || failOn === "warning" && warnings > 0 ? 1 : 0;
}
async function writeSarif(cwd, sarifFile, results, rules) {
  try {
    await writeFileAtomic(await safeWritePath(cwd, sarifFile), formatSarif(results, { rules, version: readVersion() }));
  } catch (error) {
    const reason = error.code === "ENOENT" ? "its folder does not exist" : error.message;
    throw new Error(`cannot write the SARIF file \`${sarifFile}\`: ${reason}`, { cause: error });
  }
}
async function writeOutputs(env, { errors, warnings, exitCode }) {
  if (!env.GITHUB_OUTPUT) return;
  await appendFile(env.GITHUB_OUTPUT, `errors=${errors}
warnings=${warnings}
exit-code=${exitCode}
`);
}

// src/action-main.ts
process.exitCode = await runAction(
  process.env,
  process.env.GITHUB_WORKSPACE ?? process.cwd(),
  process.stdout,
  process.stderr
);
