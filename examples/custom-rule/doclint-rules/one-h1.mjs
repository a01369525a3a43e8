// @ts-check
/**
 * A doclint plugin rule that checks each page on its own: every page has exactly one level-1
 * heading, its title. `create` runs once per page and returns visitors, by mdast node type; the
 * engine walks the page once and calls them, then calls `root:exit`.
 *
 * @typedef {{ allowMissing: boolean }} Options
 */

/** @type {import('doclint').Rule<Options>} */
const rule = {
  meta: {
    id: 'example/one-h1',
    description: 'Every page has exactly one level-1 heading, its title',
    messages: {
      missing: 'Expected a level-1 heading: the title of the page',
      extra: 'Unexpected second level-1 heading `{{text}}`; the title is on line {{line}}',
    },
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { allowMissing: { type: 'boolean', description: 'a page without a title is fine' } },
    },
    defaultOptions: { allowMissing: false },
  },
  create(context) {
    /** @type {import('mdast').Heading | undefined} */
    let title;
    return {
      heading(node) {
        if (node.depth !== 1) return;
        if (!title) {
          title = node;
          return;
        }
        context.report({
          node,
          messageId: 'extra',
          data: { text: plainText(node), line: title.position?.start.line ?? 1 },
        });
      },
      'root:exit'() {
        if (!title && !context.options.allowMissing) context.report({ node: context.tree, messageId: 'missing' });
      },
    };
  },
};

/**
 * The text of a node without markup or HTML.
 * @param {import('mdast').Nodes} node
 * @returns {string}
 */
function plainText(node) {
  if (node.type === 'html') return '';
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map(plainText).join('');
  return '';
}

export default rule;
