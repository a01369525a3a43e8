/**
 * Reports are written atomically: a reader (or a kill at any moment) sees the old file or the new
 * one, whole, never half of one.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../src/node/write-atomic.js';

const folder = join(tmpdir(), `doclint-atomic-${process.pid}`);
const distModule = fileURLToPath(new URL('../../dist/src/node/write-atomic.js', import.meta.url));

beforeAll(() => {
  mkdirSync(folder, { recursive: true });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  test('writes a new file and replaces an old one, leaving no temporary file', async () => {
    const path = join(folder, 'report.json');
    await writeFileAtomic(path, 'first\n');
    expect(readFileSync(path, 'utf8')).toBe('first\n');
    await writeFileAtomic(path, 'second\n');
    expect(readFileSync(path, 'utf8')).toBe('second\n');
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('a failed write leaves the target as it was', async () => {
    const path = join(folder, 'missing-folder', 'report.json');
    await expect(writeFileAtomic(path, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    const existing = join(folder, 'kept.json');
    writeFileSync(existing, 'old');
    // A folder in the way of the rename: the write fails, the folder and the old file stay.
    const blocked = join(folder, 'blocked');
    mkdirSync(join(blocked, 'inner'), { recursive: true });
    await expect(writeFileAtomic(blocked, 'new')).rejects.toBeTruthy();
    expect(readFileSync(existing, 'utf8')).toBe('old');
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('killed while writing large reports again and again: the file is always one whole version', async () => {
    const path = join(folder, 'big.json');
    const size = 8 * 1024 * 1024;
    // A child process rewrites the file with versions of different sizes until it is killed.
    const script = `
      const { writeFileAtomic } = await import(${JSON.stringify(distModule)});
      for (let i = 0; ; i++) {
        const fill = String(i % 10);
        await writeFileAtomic(${JSON.stringify(path)}, JSON.stringify({ version: i, fill: fill.repeat(${size} + (i % 3) * 1024) }));
        if (i === 0) process.stdout.write('ready\\n');
      }`;
    for (let round = 0; round < 5; round++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 30 + round * 37));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as { version: number; fill: string };
      expect(parsed.fill).toBe(String(parsed.version % 10).repeat(size + (parsed.version % 3) * 1024));
    }
  }, 60_000);
});
