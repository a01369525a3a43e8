import type { Definition } from 'mdast';
import { defineRule } from '../src/rule-api/index.js';
import { displayLabel, isFootnoteLabel, normalizeLabel } from '../src/helpers/references.js';
import { swallowsNextLine } from '../src/helpers/destination.js';

interface Options {
  /** labels of definitions written as comments (`[//]: # (note)`), never reported */
  ignoredDefinitions: string[];
}

export default defineRule<Options>({
  meta: {
    id: 'link-definition-used',
    description: 'Every link reference definition is used by a reference link or image, and is defined once',
    messages: {
      unusedDefinition: 'Unexpected definition `{{label}}` that no reference link or image uses',
      duplicateDefinition:
        'Unexpected duplicate definition of `{{label}}`; the first, on line {{line}}, is the one used',
    },
    defaultSeverity: 'warn',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { ignoredDefinitions: { type: 'array', items: { type: 'string', minLength: 1 } } },
    },
    defaultOptions: { ignoredDefinitions: ['//'] },
  },
  create(ctx) {
    const ignored = new Set(ctx.options.ignoredDefinitions.map(normalizeLabel));
    const definitions: Array<{ node: Definition; label: string; key: string; swallowed: boolean }> = [];
    const used = new Set<string>();
    return {
      definition(node) {
        const label = node.label ?? node.identifier;
        // `[^note]: text` is a GFM footnote, which CommonMark reads as a definition.
        if (isFootnoteLabel(label)) return;
        const key = normalizeLabel(label);
        if (ignored.has(key)) return;
        // A definition that swallowed the line after it is link-file-exists's to name: the line is
        // lost from the page, which matters more than the definition being unused.
        definitions.push({ node, label: displayLabel(label), key, swallowed: swallowsNextLine(node, ctx.text) });
      },
      linkReference(node) {
        used.add(normalizeLabel(node.label ?? node.identifier));
      },
      imageReference(node) {
        used.add(normalizeLabel(node.label ?? node.identifier));
      },
      'root:exit'() {
        // CommonMark uses the first definition of a label; later ones are dead.
        const first = new Map<string, Definition>();
        for (const { node, label, key, swallowed } of definitions) {
          const earlier = first.get(key);
          if (swallowed) {
            if (!earlier) first.set(key, node);
            continue;
          }
          if (earlier) {
            ctx.report({
              node,
              messageId: 'duplicateDefinition',
              data: { label, line: earlier.position?.start.line ?? 1 },
            });
            continue;
          }
          first.set(key, node);
          if (!used.has(key)) ctx.report({ node, messageId: 'unusedDefinition', data: { label } });
        }
      },
    };
  },
});
