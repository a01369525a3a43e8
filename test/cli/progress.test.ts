import { describe, expect, test } from '@jest/globals';
import { createProgress } from '../../src/cli/output.js';

function run(isTTY: boolean, env: Record<string, string>, format: 'stylish' | 'json') {
  let written = '';
  let now = 0;
  const progress = createProgress({ isTTY, write: (chunk: string) => (written += chunk) }, env, format, () => now);
  progress.update(1, 10);
  const beforeOneSecond = written;
  now = 1500;
  progress.update(5, 10);
  now = 1550;
  progress.update(6, 10); // throttled: less than 100 ms since the last line
  now = 1700;
  progress.update(7, 10);
  progress.done();
  return { beforeOneSecond, written };
}

describe('progress on stderr', () => {
  test('on a terminal, once the run has taken a second, throttled, and cleared at the end', () => {
    const { beforeOneSecond, written } = run(true, {}, 'stylish');
    expect(beforeOneSecond).toBe('');
    expect(written).toBe('\r\u001B[2KLinting 5/10 pages…\r\u001B[2KLinting 7/10 pages…\r\u001B[2K');
  });

  const never: Array<[string, boolean, Record<string, string>, 'stylish' | 'json']> = [
    ['not a terminal', false, {}, 'stylish'],
    ['in CI', true, { CI: 'true' }, 'stylish'],
    ['with a machine format', true, {}, 'json'],
  ];
  test.each(never)('never %s', (_name, isTTY, env, format) => {
    expect(run(isTTY, env, format).written).toBe('');
  });
});
