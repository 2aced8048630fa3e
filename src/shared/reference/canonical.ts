/**
 * Canonical JSON: the text a framework's content hash is computed over (PRODUCT.md section 3:
 * each project's copy of the framework is stamped with a version and a content hash that the
 * report cites). Object keys are sorted by UTF-16 code units and there is no whitespace, so the
 * same content always gives the same text whatever the key order in the file or the editor's
 * indentation. Numbers and strings are written as JSON.stringify writes them, which for values
 * read from JSON files matches RFC 8785 (JCS).
 *
 * Hashing itself is left to the main process (src/shared must not import node:crypto), e.g.
 * sha256(canonicalJson(framework)).
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, ancestors: Set<object>): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    // JSON has no NaN or Infinity; JSON.stringify would silently write null and change the content.
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold the number ${value}`);
    return JSON.stringify(value);
  }
  if (typeof value !== 'object') throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  if (ancestors.has(value)) throw new TypeError('canonical JSON cannot hold a cycle');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      return `[${value
        .map((item: unknown) => {
          if (item === undefined) throw new TypeError('canonical JSON cannot hold undefined in an array');
          return write(item, ancestors);
        })
        .join(',')}]`;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    // Dates, Maps and class instances have no single JSON form: refuse rather than guess.
    if (prototype !== Object.prototype && prototype !== null)
      throw new TypeError('canonical JSON holds plain objects only');
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${write(record[key], ancestors)}`);
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}
