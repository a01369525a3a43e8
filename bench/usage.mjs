// Preloaded into every measured process (`node --import bench/usage.mjs <tool> …`): on exit, writes
// the process's CPU time and peak RSS as JSON to the file named by BENCH_USAGE_FILE. Worker threads
// live in the same process, so process.resourceUsage() already counts their CPU and memory; the
// preload also runs inside each worker (workers inherit --import) and must do nothing there.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BENCH_USAGE_FILE;
if (isMainThread && file) {
  // Hidden from workers and from any process the tool starts, so only this process writes the file.
  delete process.env.BENCH_USAGE_FILE;
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        userMicros: usage.userCPUTime,
        systemMicros: usage.systemCPUTime,
        maxRssKb: usage.maxRSS,
      }),
    );
  });
}
