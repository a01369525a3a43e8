/**
 * GitHub's rendering of a repository's Markdown: the default most READMEs and docs folders are
 * written for. Links name the `.md` files; a folder shows its listing (and README); `/path` is
 * the repository's root; heading slugs are github-slugger's, and the page script also finds a
 * fragment in lower case (`#Setup` → `setup`). GitHub keeps `{#id}` as heading text.
 */
import type { SiteProfile } from './profile.js';
import { githubSlugger } from './slugs.js';

export const github: SiteProfile = {
  name: 'github',
  title: 'GitHub',
  description:
    'a repository rendered by GitHub: folder links show a listing, `/path` is the repository root, ' +
    'fragments also match in lower case, `{#id}` is heading text',
  markers: [{ file: '.git' }, { file: '.github' }],
  anchors: { headingSlugs: true, htmlId: true, htmlName: true, customIds: false },
  slugs: 'GitHub (github-slugger): lower case, punctuation dropped, spaces to `-`; repeats `-1`, `-2`',
  slugger: githubSlugger,
  fragmentCase: 'lowercase',
  folderLinks: true,
  indexPages: ['README.md', 'index.md'],
  rootDir: '.',
  templates: false,
  candidates: ({ path }) => [path],
};
