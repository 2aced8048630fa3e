/**
 * Issue 6, computer names: what a name may be (the settings form and the api share the check),
 * and what an actor is called when shown (the audit trail, its annex, review comments).
 */
import { describe, expect, it } from 'vitest';
import { deviceDisplayName, deviceLabelProblem, normaliseDeviceLabel } from '../../../src/shared/device-labels';

const words = {
  thisComputer: 'This computer',
  device: (id: string) => `Device ${id}`,
  system: 'System (BMMA Workbench)',
  cli: 'bmma command line',
};
const ME = '1a2b3c4d-0000-4000-8000-000000000001';
const OTHER = '9f8e7d6c-0000-4000-8000-000000000002';

describe('a computer name', () => {
  it('is trimmed and NFC-normalised as stored', () => {
    expect(normaliseDeviceLabel('  Assessor 2 – Mae Sot laptop \t')).toBe('Assessor 2 – Mae Sot laptop');
    // A combining accent typed separately is stored composed, as SQLite compares it.
    expect(normaliseDeviceLabel('Cafe\u0301')).toBe('Café');
  });

  it('is refused when empty, blank, over 80 characters or with control characters', () => {
    expect(deviceLabelProblem('')).toBe('empty');
    expect(deviceLabelProblem('   ')).toBe('empty');
    expect(deviceLabelProblem('ก'.repeat(81))).toBe('tooLong');
    expect(deviceLabelProblem('ก'.repeat(80))).toBeNull();
    expect(deviceLabelProblem('a\u0007b')).toBe('controlCharacters');
    expect(deviceLabelProblem('ผู้ประเมินคนที่ 2 – โน้ตบุ๊กแม่สอด')).toBeNull();
  });
});

describe('what an actor is called', () => {
  it('is its name when it has one, this computer or another device otherwise', () => {
    expect(deviceDisplayName(ME, 'Assessor 2', ME, words)).toBe('Assessor 2');
    expect(deviceDisplayName(OTHER, 'Reviewer', ME, words)).toBe('Reviewer');
    expect(deviceDisplayName(ME, null, ME, words)).toBe('This computer');
    expect(deviceDisplayName(OTHER, null, ME, words)).toBe('Device 9f8e7d6c');
    expect(deviceDisplayName(OTHER, null, null, words)).toBe('Device 9f8e7d6c');
    // The app's own actors in words; anything else that is not a device id as recorded.
    expect(deviceDisplayName('cli', null, ME, words)).toBe('bmma command line');
    expect(deviceDisplayName('system', undefined, ME, words)).toBe('System (BMMA Workbench)');
    expect(deviceDisplayName('device-aaaa', null, ME, words)).toBe('device-aaaa');
  });
});
