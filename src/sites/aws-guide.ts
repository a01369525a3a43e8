/**
 * An AWS guide's sources (`doc_source/*.md`, the `index.md` table of contents), published as
 * static HTML on docs.aws.amazon.com: the layout doclint was first written for, and its
 * defaults. Root-relative links (`/kms/latest/developerguide/…`) lead to other guides on that
 * host: checked where `links.sites` maps them to a folder, else left alone like any URL.
 */
import type { SiteProfile } from './profile.js';
import { ALL_ANCHORS } from './profile.js';
import { githubSlugger } from './slugs.js';

export const awsGuide: SiteProfile = {
  name: 'aws-guide',
  title: 'AWS guide',
  description:
    "an AWS guide (`doc_source/`, `index.md` as the table of contents): doclint's defaults, and " +
    '`/path` links are pages of docs.aws.amazon.com (checked where `links.sites` maps them)',
  markers: [{ file: 'doc_source/index.md' }],
  anchors: ALL_ANCHORS,
  slugs: 'GitHub (github-slugger)',
  slugger: githubSlugger,
  fragmentCase: 'exact',
  folderLinks: false,
  indexPages: ['index.md'],
  tocFile: 'index.md',
  origin: 'https://docs.aws.amazon.com',
  templates: false,
  candidates: ({ path }) => [path],
};
