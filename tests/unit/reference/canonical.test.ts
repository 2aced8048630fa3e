/**
 * Canonical JSON (src/shared/reference/canonical.ts), the text a project's framework content
 * hash is computed over: the same content gives the same text whatever the key order or
 * indentation, and any change in content changes the hash the report cites.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/shared/reference/canonical';

/** A small seeded generator, so that fast-check can replay a failing shuffle. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same value with the keys of every object inserted in a random order. */
function shuffleKeys(value: unknown, next: () => number): unknown {
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, next));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
  }
  return Object.fromEntries(entries.map(([key, item]) => [key, shuffleKeys(item, next)]));
}

/** The text with every string literal removed, to look at what lies between them. */
const outsideStrings = (text: string) => text.replace(/"(?:[^"\\]|\\.)*"/g, '""');

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('canonical JSON', () => {
  it('does not depend on the order of keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, seed) => {
        expect(canonicalJson(shuffleKeys(value, random(seed)))).toBe(canonicalJson(value));
      }),
      { numRuns: 300 },
    );
  });

  it('reads back as the same value, has no whitespace outside strings, and is its own canonical form', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        // JSON itself writes -0 as 0, so compare with what JSON makes of the value.
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(outsideStrings(text)).not.toMatch(/\s/);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('sorts keys by UTF-16 code units, integer-like keys included, and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: ' x ' }, 3], ก: true })).toBe(
      '{"a":[{"c":" x ","d":2},3],"b":1,"ก":true}',
    );
    expect(canonicalJson({ 10: 0, 2: 0, 1: 0 })).toBe('{"1":0,"10":0,"2":0}');
    expect(canonicalJson({ present: 1, missing: undefined })).toBe('{"present":1}');
  });

  it('refuses values JSON cannot hold instead of writing them differently', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const value of [NaN, Infinity, [undefined], () => 1, new Date(0), 1n, cycle, Symbol('s')])
      expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('gives the shipped framework one hash whatever its layout, and a new hash when one Thai text changes', () => {
    const text = readFileSync(new URL('../../../resources/reference/framework-default.json', import.meta.url), 'utf8');
    const framework = JSON.parse(text) as { areas: { name: { th: string } }[] };
    const hash = sha256(canonicalJson(framework));
    expect(sha256(canonicalJson(JSON.parse(JSON.stringify(shuffleKeys(framework, random(7)), null, 4))))).toBe(hash);
    const edited = structuredClone(framework);
    const area = edited.areas[0];
    if (!area) throw new Error('the framework has no area');
    area.name.th += 'ฯ';
    expect(sha256(canonicalJson(edited))).not.toBe(hash);
  });
});
