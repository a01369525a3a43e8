// Synthetic guides for benchmarking when the real corpus is absent: each has `pages` pages with
// headings, anchors, links between pages (some broken), tables and a security page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeSyntheticGuide(folder, pages) {
  const docs = join(folder, 'doc_source');
  mkdirSync(docs, { recursive: true });
  const name = (i) => `page-${i}.md`;
  const toc = ['# Example Guide', '', '## Contents'];
  for (let i = 0; i < pages; i++) {
    toc.push(`+ [Page ${i}](${name(i)})`);
    const sections = [];
    for (let s = 0; s < 8; s++) {
      sections.push(
        `## Section ${s} of page ${i}<a name="p${i}-s${s}"></a>`,
        '',
        `This paragraph explains part ${s}\\. See [the next page](${name((i + 1) % pages)}#p${(i + 1) % pages}-s${s}) and [a section below](#section-${(s + 1) % 8}-of-page-${i})\\.`,
        `It also links to [a page that is missing](missing-${i % 50 === 0 ? i : 0}.md) only sometimes${i % 50 === 0 ? '' : ' (not really)'}\\.`,
        '',
        '| Setting | Meaning |',
        '| --- | --- |',
        `| \`option-${s}\` | Described in [page ${(i + 7) % pages}](${name((i + 7) % pages)}) |`,
        '',
        '```',
        `aws example run --page ${i} --section ${s}`,
        '```',
        '',
        `+ **Item ${s}** – with *emphasis* and a [link](https://example.com/${i}/${s})\\.`,
        '',
      );
    }
    const text = [`# Page ${i}<a name="page-${i}"></a>`, '', `Intro to page ${i}\\.`, '', ...sections].join('\n');
    writeFileSync(
      join(docs, name(i)),
      text.replace(/\(missing-0\.md\) only sometimes \(not really\)/g, '(index.md) always'),
    );
  }
  toc.push('+ [Security in Example Service](security.md)');
  writeFileSync(join(docs, 'index.md'), `${toc.join('\n')}\n`);
  writeFileSync(
    join(docs, 'security.md'),
    [
      '# Security in Example Service<a name="security"></a>',
      '',
      'Security is a shared responsibility between AWS and you\\. The [shared responsibility model](https://aws.amazon.com/compliance/shared-responsibility-model/) describes this:',
      '+ **Security of the cloud** – AWS protects the infrastructure\\.',
      '+ **Security in the cloud** – You protect your data\\.',
      '',
      '**Topics**',
      `+ [Page 0](${name(0)})`,
      '',
    ].join('\n'),
  );
}

/**
 * A tree shaped like the corpus: about `pages` pages split into guides of unequal size (half, a
 * third and a sixth of the pages), each in its own folder with a doc_source/ inside.
 */
export function writeSyntheticTree(folder, pages) {
  const shares = [1 / 2, 1 / 3, 1 / 6];
  shares.forEach((share, i) =>
    writeSyntheticGuide(join(folder, `synthetic-guide-${i + 1}`), Math.max(1, Math.round(pages * share))),
  );
}
