/**
 * The parse-time limit on the main thread: vm's watchdog, which interrupts whatever JavaScript
 * runs, functions from this realm included. One context and one script serve every page. The
 * watchdog starts a thread for every call: about 0.25 ms alone, but in worker threads on 2 cores
 * it made a whole run 15-25% slower, so worker threads parse without it and the pool enforces the
 * limit (src/node/pool.ts).
 */
import { Script, createContext } from 'node:vm';
import type { TimeLimit } from '../types.js';
import { TimeLimitExceeded } from '../engine/parse.js';

const sandbox: { run?: () => void } = {};
const context = createContext(sandbox);
const script = new Script('run()', { filename: 'doclint-parse' });

/** The longest timeout vm takes (ms, about 50 days): longer limits are no limit. */
const LONGEST_TIMEOUT = 2 ** 32 - 1;

const isTimeout = (error: unknown) => (error as { code?: string } | undefined)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';

export const vmTimeLimit: TimeLimit = <T>(run: () => T, ms: number): T => {
  if (!(ms > 0) || ms > LONGEST_TIMEOUT) return run();
  let result: T | undefined;
  sandbox.run = () => {
    result = run();
  };
  try {
    // vm takes whole milliseconds only: a fractional limit (`--max-parse-time 0.0005`) rounds up.
    script.runInContext(context, { timeout: Math.ceil(ms) });
  } catch (error) {
    if (isTimeout(error)) throw new TimeLimitExceeded(ms);
    throw error;
  } finally {
    sandbox.run = undefined;
  }
  return result as T;
};
