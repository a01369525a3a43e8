import { createRequire as __doclintRequire } from 'node:module'; const require = __doclintRequire(import.meta.url);
import {
  describeError,
  formatGithub,
  formatMarkdown,
  formatSarif,
  lintRun,
  writeFileAtomic
} from "./shared.action+cli.mjs";
import {
  readVersion
} from "./shared.action+cli+doclint.mjs";
import "./shared.action+cli+lint-worker.mjs";
import "./shared.action+cli+doclint+lint-worker.mjs";

// src/action.ts
import { appendFile } from "node:fs/promises";
import { resolve } from "node:path";
var FAIL_ON = ["error", "warning", "never"];
var input = (env, name) => (env[`INPUT_${name.toUpperCase()}`] ?? "").trim();
async function runAction(env, cwd, stdout, stderr) {
  const failOn = input(env, "fail-on") || "error";
  if (!FAIL_ON.includes(failOn)) {
    stdout.write(`::error title=doclint::fail-on must be one of ${FAIL_ON.join(", ")}, not ${failOn.replace(/[\r\n%]/g, " ")}
`);
    return 2;
  }
  const patterns = input(env, "paths").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const config = input(env, "config");
  const changedSince = input(env, "changed-since");
  const sarifFile = input(env, "sarif-file");
  const cache = input(env, "cache") || "true";
  if (cache !== "true" && cache !== "false") {
    stdout.write(`::error title=doclint::cache must be true or false, not ${cache.replace(/[\r\n%]/g, " ")}
`);
    return 2;
  }
  const cacheLocation = input(env, "cache-location");
  let results;
  let rules;
  try {
    ({ results, rules } = await lintRun({
      cwd,
      patterns,
      ...config ? { config } : {},
      ...changedSince ? { changedSince } : {},
      cache: cache === "true",
      ...cacheLocation ? { cacheLocation } : {},
      warn: (message) => stderr.write(`doclint: warning: ${message}
`)
    }));
  } catch (error) {
    const message = describeError(error).trim();
    stderr.write(`${message}
`);
    stdout.write(`::error title=doclint::${message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`);
    await writeOutputs(env, { errors: 0, warnings: 0, exitCode: 2 });
    return 2;
  }
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  const internal = results.some((r) => r.diagnostics.some((d) => d.internal));
  const exitCode = internal ? 2 : failOn === "never" ? 0 : errors > 0 || failOn === "warning" && warnings > 0 ? 1 : 0;
  stdout.write(formatGithub(results));
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, formatMarkdown(results));
  if (sarifFile) await writeFileAtomic(resolve(cwd, sarifFile), formatSarif(results, { rules, version: readVersion() }));
  await writeOutputs(env, { errors, warnings, exitCode });
  return exitCode;
}
async function writeOutputs(env, { errors, warnings, exitCode }) {
  if (!env.GITHUB_OUTPUT) return;
  await appendFile(env.GITHUB_OUTPUT, `errors=${errors}
warnings=${warnings}
exit-code=${exitCode}
`);
}

// src/action-main.ts
process.exitCode = await runAction(process.env, process.env.GITHUB_WORKSPACE ?? process.cwd(), process.stdout, process.stderr);
