import { describe, expect, test } from '@jest/globals';
import { protectFileArguments } from '../../src/node/argv.js';

describe('protectFileArguments', () => {
  const files = new Set(['--help.md', '--config=x.md', '--output-file=index.md', '-v', 'report.md', 'out.txt']);
  const exists = (name: string) => files.has(name);

  test('an option-like argument that names an existing file becomes ./name; options stay options', () => {
    expect(protectFileArguments(['--help.md', '--config=x.md', '--output-file=index.md', 'a.md'], exists)).toEqual([
      './--help.md',
      './--config=x.md',
      './--output-file=index.md',
      'a.md',
    ]);
    expect(
      protectFileArguments(['--help', '-o', 'report.md', '--output-file', 'out.txt', '--format=json', '-'], exists),
    ).toEqual(['--help', '-o', 'report.md', '--output-file', 'out.txt', '--format=json', '-']);
    expect(protectFileArguments(['-v'], exists)).toEqual(['./-v']);
  });

  test('nothing after -- is touched', () => {
    expect(protectFileArguments(['--', '--help.md', '--config=x.md'], exists)).toEqual([
      '--',
      '--help.md',
      '--config=x.md',
    ]);
    expect(protectFileArguments(['--help.md', '--', '--help.md'], exists)).toEqual(['./--help.md', '--', '--help.md']);
  });
});
