/**
 * YAML from a config file, loaded with a bound on what its aliases expand to.
 *
 * An alias (`*name`) is the node its anchor (`&name`) names, not a copy, so js-yaml builds a
 * 15 KB file of nested aliases quickly; but it means 10^8 values to everything that walks the
 * data afterwards (schema validation, merging, error messages), which then runs for minutes and
 * aborts out of memory. A config needs aliases for a few repeated lists at most, so they stay
 * allowed, but the data they expand to is counted, each shared node once per place it appears
 * (in time proportional to the distinct nodes), and a config of more than
 * `MAX_CONFIG_YAML_VALUES` values is refused.
 */
import { load, type LoadOptions } from 'js-yaml';

/** The most values (strings, numbers, lists, maps …) a YAML config may mean once its aliases are expanded. */
export const MAX_CONFIG_YAML_VALUES = 100_000;

/** The most aliases (`*name`) a YAML config may use. */
export const MAX_CONFIG_YAML_ALIASES = 1_000;

export class YamlTooLargeError extends Error {}

/**
 * How many values `data` holds with every shared node counted each time it appears, or
 * `Infinity` past `limit` (or for a node that contains itself). Each distinct node is visited
 * once; its count is remembered.
 */
export function expandedSize(data: unknown, limit: number): number {
  if (typeof data !== 'object' || data === null) return 1;
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  const children = (node: object): unknown[] => (Array.isArray(node) ? node : Object.values(node));
  // Without recursion: aliases nest anchored nodes inside each other, deeper than the stack.
  const stack: object[] = [data];
  while (stack.length > 0) {
    const node = stack.at(-1)!;
    if (sizes.has(node)) {
      stack.pop();
      continue;
    }
    if (!open.has(node)) {
      open.add(node);
      for (const child of children(node)) {
        if (typeof child !== 'object' || child === null || sizes.has(child)) continue;
        if (open.has(child)) return Infinity;
        stack.push(child);
      }
      continue;
    }
    let total = 1;
    for (const child of children(node)) total += typeof child === 'object' && child !== null ? sizes.get(child)! : 1;
    if (total > limit) return Infinity;
    open.delete(node);
    sizes.set(node, total);
    stack.pop();
  }
  return sizes.get(data)!;
}

/** `load` of js-yaml, refusing data whose aliases expand past the limits above. */
export function loadBoundedYaml(source: string, options: LoadOptions = {}): unknown {
  const data = load(source, { maxAliases: MAX_CONFIG_YAML_ALIASES, ...options });
  if (expandedSize(data, MAX_CONFIG_YAML_VALUES) === Infinity) {
    throw new YamlTooLargeError(
      `its aliases (\`*name\`) expand to more than ${MAX_CONFIG_YAML_VALUES.toLocaleString('en-US')} values; ` +
        'write the values out or use fewer aliases',
    );
  }
  return data;
}
