import { posix } from 'node:path';
import type { Rule } from '../src/types.js';
import { resolveLink } from '../src/helpers/links.js';
import { didYouMean } from '../src/helpers/suggest.js';

const rule: Rule = {
  meta: {
    id: 'link-file-exists',
    description: 'Relative links, images and reference definitions point at files that exist, with the exact letter case',
    messages: {
      missingFile: 'Cannot find file `{{target}}`',
      missingFileSuggestion: 'Cannot find file `{{target}}`; did you mean `{{suggestion}}`',
      wrongCase: 'Unexpected letter case in `{{target}}`: the file is `{{actual}}`',
      outsideRoot: 'Unexpected link to `{{target}}`, which is outside the project root',
    },
    defaultSeverity: 'error',
  },
  checkProject(ctx) {
    const { index } = ctx;
    for (const link of index.links) {
      const target = resolveLink(link.from, link.url);
      if (!target || target.kind === 'external' || target.kind === 'same-page') continue;
      if (target.kind === 'outside-root') {
        ctx.report(link.from, { position: link.position, messageId: 'outsideRoot', data: { target: target.written } });
        continue;
      }
      const { path, written } = target;
      if (index.hasFile(path) || index.hasDirectory(path)) continue;
      const folder = posix.dirname(link.from);
      const relative = (to: string) => posix.relative(folder, to) || posix.basename(to);
      const actual = index.findIgnoringCase(path);
      if (actual !== undefined) {
        const shown = relative(actual);
        ctx.report(link.from, {
          position: link.position,
          messageId: 'wrongCase',
          data: { target: written, actual: shown },
          suggestions: [shown],
        });
        continue;
      }
      const near = didYouMean(path, index.filesIn(posix.dirname(path)));
      if (near !== undefined) {
        const shown = relative(near);
        ctx.report(link.from, {
          position: link.position,
          messageId: 'missingFileSuggestion',
          data: { target: written, suggestion: shown },
          suggestions: [shown],
        });
      } else {
        ctx.report(link.from, { position: link.position, messageId: 'missingFile', data: { target: written } });
      }
    }
  },
};

export default rule;
