import { describe, expect, it } from 'vitest';
import { CHECKLIST_KEYS, CHECKLIST_RATINGS, DOCUMENT_TYPES, PASSAGE_STATES } from '../../../src/shared/evidence-items';
import { CROSSING_MODES } from '../../../src/shared/reference/vocabulary';
import { evidenceEn } from '../../../src/renderer/src/locales/evidence.en';
import { evidenceTh } from '../../../src/renderer/src/locales/evidence.th';

/** Every string of the evidence screens in Thai and English, with the same placeholders. */

function leaves(tree: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else if (value && typeof value === 'object') for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('evidence catalogs', () => {
  const en = leaves(evidenceEn);
  const th = leaves(evidenceTh);

  it('have the same keys, none empty, with the same placeholders', () => {
    expect([...th.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe('');
      expect(th.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(th.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('write the Thai catalog in Thai', () => {
    const thaiScript = /[\u0E00-\u0E7F]/;
    const untranslated = [...th].filter(([key, text]) => !thaiScript.test(text) && text === en.get(key));
    // Only shortcuts, the hash name and pure placeholders may read the same in both languages.
    expect(untranslated.map(([key]) => key).sort()).toEqual(
      [
        'attachments.sha256',
        'documents.newShortcut',
        'passages.codeShortcut',
        'siteVisits.editor.crossingPointOption',
        'siteVisits.newShortcut',
      ].sort(),
    );
  });

  it('name every checklist item, rating, type of crossing, document type and passage state', () => {
    for (const key of CHECKLIST_KEYS) expect(en.has(`siteVisits.checklist.items.${key}`), key).toBe(true);
    for (const rating of CHECKLIST_RATINGS) expect(th.has(`siteVisits.checklist.ratings.${rating}`), rating).toBe(true);
    for (const mode of CROSSING_MODES) expect(th.has(`siteVisits.modes.${mode}`), mode).toBe(true);
    for (const type of DOCUMENT_TYPES) expect(th.has(`documents.types.${type}`), type).toBe(true);
    for (const state of PASSAGE_STATES) expect(th.has(`passages.stateHints.${state}`), state).toBe(true);
  });
});
