import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_PROFILE, OMISSION_REASONS } from '../../../src/shared/export';
import { en } from '../../../src/renderer/src/locales/en';
import { th } from '../../../src/renderer/src/locales/th';
import { AVAILABLE_DOCUMENTS, profileProblems, sectionLabel } from '../../../src/renderer/src/features/export/sections';

describe('export screen helpers', () => {
  it('names every section the preview can list, in Thai and English', () => {
    const sections = ['executive_summary', 'background', 'methodology_limitations', 'findings_C', 'cross_cutting', 'recommendations', 'action_plan'];
    for (const section of sections) {
      const { key, area } = sectionLabel(section);
      const leaf = key.split('.').pop() as keyof typeof en.exportDoc.preview.sections;
      expect(en.exportDoc.preview.sections[leaf], section).toBeTruthy();
      expect(th.exportDoc.preview.sections[leaf], section).toBeTruthy();
      if (section === 'findings_C') expect(area).toBe('C');
    }
  });

  it('explains every omission reason in both languages, differently', () => {
    for (const reason of OMISSION_REASONS) {
      expect(en.exportDoc.preview.reasons[reason].explanation).not.toBe('');
      expect(th.exportDoc.preview.reasons[reason].name).not.toBe(en.exportDoc.preview.reasons[reason].name);
    }
  });

  it('flags a custom marking without its label, and accepts it once labelled', () => {
    expect(profileProblems(DEFAULT_EXPORT_PROFILE)).toEqual({ markingLabel: false, valid: true });
    const custom = { ...DEFAULT_EXPORT_PROFILE, marking: 'custom' as const, markingLabel: ' ' };
    expect(profileProblems(custom)).toEqual({ markingLabel: true, valid: false });
    expect(profileProblems({ ...custom, markingLabel: 'IOM – internal' }).valid).toBe(true);
  });

  it('offers only documents the exporter can write in this version', () => {
    expect(AVAILABLE_DOCUMENTS).toEqual(['action_plan']);
  });
});
