/**
 * The closed list of error codes (src/shared/errors.ts) and their messages: every code has its
 * own message in Thai and in English, and none offers to reset or delete anything (SECURITY.md
 * item 3: a wrong passphrase is a passphrase problem).
 */
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/shared/errors';
import { LANGUAGES, errorMessage, errorMessages } from '../../../src/shared/messages';

describe('error messages', () => {
  it('exist for every code in both languages, and are all different', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(errorMessages[language]).sort()).toEqual([...ERROR_CODES].sort());
      const messages = ERROR_CODES.map((code) => errorMessage(code, language));
      for (const message of messages) expect(message.trim().length).toBeGreaterThan(10);
      expect(new Set(messages).size).toBe(ERROR_CODES.length);
    }
    for (const code of ERROR_CODES) expect(/[\u0e00-\u0e7f]/.test(errorMessage(code, 'th')), code).toBe(true);
  });

  it('never offer to reset or delete anything', () => {
    for (const code of ERROR_CODES) {
      expect(errorMessage(code, 'en')).not.toMatch(/\b(reset|delete|erase|wipe)\b/i);
      // Thai has no spaces between words: look for the phrases, not for syllables inside other words.
      expect(errorMessage(code, 'th')).not.toMatch(/รีเซ็ต|ลบไฟล์|ลบข้อมูล|ล้างข้อมูล/);
    }
  });

  it('say that the file was not changed when opening failed on the file itself', () => {
    for (const code of ['WRONG_PASSPHRASE', 'NOT_A_PROJECT', 'FILE_TAMPERED', 'NEWER_FORMAT'] as const) {
      expect(errorMessage(code, 'en')).toContain('The file has not been changed.');
      expect(errorMessage(code, 'th')).toContain('ไฟล์ไม่ได้ถูกเปลี่ยนแปลง');
    }
  });
});
