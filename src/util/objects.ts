/** A plain object (not null, not a list): what JSON, YAML and module exports give for `{…}`. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
