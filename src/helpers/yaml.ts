/**
 * YAML as site generators write it. mkdocs.yml uses tags a plain loader refuses (`!ENV`,
 * `!!python/name:…`); doclint only needs a few plain keys (`docs_dir`, `nav`), so every such tag
 * is read as the plain value it carries.
 */
import { CORE_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag } from 'js-yaml';

export const LENIENT_YAML = CORE_SCHEMA.withTags(
  ['!', 'tag:yaml.org,2002:python/'].flatMap((prefix) => [
    defineScalarTag(prefix, { matchByTagPrefix: true, resolve: (source) => source, identify: () => false }),
    defineSequenceTag<unknown[]>(prefix, {
      matchByTagPrefix: true,
      create: () => [],
      addItem: (list, item) => void list.push(item),
      identify: () => false,
    }),
    defineMappingTag<Record<string, unknown>>(prefix, {
      matchByTagPrefix: true,
      create: () => ({}),
      addPair: (map, key, value) => {
        if (typeof key === 'string') Object.defineProperty(map, key, { value, enumerable: true, writable: true });
        return '';
      },
      has: (map, key) => typeof key === 'string' && Object.hasOwn(map, key),
      keys: (map) => Object.keys(map),
      get: (map, key) => (typeof key === 'string' ? map[key] : undefined),
      identify: () => false,
    }),
  ]),
);
