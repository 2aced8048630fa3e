import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_PROFILE, EXPORT_DOCUMENTS, EXPORT_STAGES, OMISSION_REASONS } from '../../../src/shared/export';
import { en } from '../../../src/renderer/src/locales/en';
import { th } from '../../../src/renderer/src/locales/th';
import {
  AVAILABLE_DOCUMENTS,
  profileProblems,
  progressPercent,
  sectionLabel,
} from '../../../src/renderer/src/features/export/sections';

describe('export screen helpers', () => {
  it('names every section the preview can list, in Thai and English', () => {
    const sections = [
      'executive_summary',
      'background',
      'methodology_limitations',
      'findings_C',
      'cross_cutting',
      'recommendations',
      'action_plan',
    ];
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

  it('offers every document, the Joint Action Plan first, each named differently in both languages', () => {
    expect(AVAILABLE_DOCUMENTS[0]).toBe('action_plan');
    expect([...AVAILABLE_DOCUMENTS].sort()).toEqual([...EXPORT_DOCUMENTS].sort());
    for (const names of [en.exportDoc.documents, th.exportDoc.documents]) {
      const shown = AVAILABLE_DOCUMENTS.map((document) => names[document]);
      expect(shown.every(Boolean)).toBe(true);
      expect(new Set(shown).size).toBe(shown.length);
    }
  });

  it('names every export stage in both languages, differently, for the progress bar', () => {
    for (const stage of EXPORT_STAGES) {
      expect(en.exportDoc.run.stages[stage], stage).toBeTruthy();
      expect(th.exportDoc.run.stages[stage], stage).not.toBe(en.exportDoc.run.stages[stage]);
    }
  });

  it('fills the progress bar stage by stage, never backwards, and full only when done', () => {
    const running = (stage: (typeof EXPORT_STAGES)[number], done: number, total: number) =>
      progressPercent({ state: 'running', stage, done, total });
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent({ state: 'running', stage: null, done: 0, total: 0 })).toBe(0);
    const steps = [
      running('loading', 0, 1),
      running('charts', 1, 2),
      running('sections', 0, 9),
      running('sections', 3, 9),
      running('sections', 9, 9),
      running('tables', 0, 1),
      running('packing', 0, 1),
      running('writing', 0, 1),
    ];
    for (let i = 1; i < steps.length; i += 1)
      expect(steps[i], String(i)).toBeGreaterThanOrEqual(steps[i - 1] as number);
    expect(running('sections', 3, 9)).toBeGreaterThan(running('sections', 0, 9));
    expect(Math.max(...steps)).toBeLessThan(100);
    expect(progressPercent({ state: 'done', stage: 'writing', done: 0, total: 1 })).toBe(100);
  });
});
