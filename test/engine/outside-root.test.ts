import { describe, expect, test } from '@jest/globals';
import { lintProject } from '../../src/index.js';
import { builtinRules } from '../../rules/index.js';
import { compactLine } from '../support/compact.js';

describe('links out of the project root', () => {
  const page = [
    '[a](../../../../etc/passwd#x)',
    '[b](/etc/passwd#x)',
    '[c](%2e%2e/%2e%2e/etc/passwd#x)',
    '[d](file:///etc/passwd#x)',
    '[e](C:/Windows/win.ini#x)',
    '[f](..\\..\\etc\\passwd#x)',
    '<a href="../secret.md#x">g</a>',
    '[h](docs/../../secret.md#x)',
    '',
  ].join('\n');

  test.each([
    ['no rootDir', {}, '2:1 error link-file-exists/rootRelative'],
    ['a rootDir above the root', { settings: { rootDir: 'docs/../..' } }, '2:1 error link-file-exists/outsideRoot'],
  ])('are reported and never read (%s)', async (_name, config, absolute) => {
    const reads: string[] = [];
    const results = await lintProject(
      {
        documents: [{ path: 'page.md', text: page }],
        // every file the engine may read: the page itself and one other
        paths: ['page.md', 'other.md'],
        readFile: (path) => {
          reads.push(path);
          return '# Secret\n\n<a name="x"></a>\n';
        },
      },
      config,
      builtinRules,
    );
    expect(reads).toEqual([]);
    const lines = results[0]!.diagnostics.map(compactLine);
    expect(lines.map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      '1:1 error link-file-exists/outsideRoot',
      absolute,
      '3:1 error link-file-exists/outsideRoot',
      // `C:/…` reads as a scheme: external, not checked; backslashes are not separators in a link
      '6:1 error link-file-exists/missingFile',
      '7:1 error link-file-exists/outsideRoot',
      '8:1 error link-file-exists/outsideRoot',
    ]);
  });
});
