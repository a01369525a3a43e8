/**
 * What a worker is doing, in the `Int32Array` over shared memory the pool gives it
 * (`workerData.state`): the page (its id + 1; 0 between pages), the phase (`PARSE` or `RULES`)
 * and since when (ms since `workerData.base`). The pool reads it to stop a page that takes too
 * long (see pool.ts); writing it costs nothing next to a parse.
 */
export const PAGE = 0;
export const PHASE = 1;
export const STARTED = 2;
export const PARSE = 1;
export const RULES = 2;
