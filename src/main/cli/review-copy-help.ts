import type { Language } from '../../shared/messages';

/** `bmma review-copy --help` in both languages (issue 6); help.ts lists it with the other commands. */
export const REVIEW_COPY_SYNOPSIS = '  bmma review-copy FILE --out COPY.bmma [--max-sensitivity LEVEL]';

export const REVIEW_COPY_SUMMARY: Record<Language, string> = {
  en: '  review-copy  Write a review copy for a reviewer: a new project file with its own passphrase,\n               without the identity vault, interview notes, evidence above a sensitivity and\n               quotes whose consent forbids them.',
  th: '  review-copy  เขียนสำเนาสำหรับผู้ทบทวน: ไฟล์โครงการใหม่ที่มีรหัสผ่านของตนเอง ไม่มีคลังข้อมูลระบุตัวตน\n               บันทึกการสัมภาษณ์ หลักฐานที่มีชั้นความอ่อนไหวสูงกว่าที่เลือก และคำพูดที่ไม่ได้รับความยินยอม',
};

export const REVIEW_COPY_HELP: Record<Language, string> = {
  en: `Usage: bmma review-copy FILE --out COPY.bmma [--max-sensitivity LEVEL]

Writes a review copy of the project FILE to COPY.bmma (which must not exist): a new encrypted
project file with its own passphrase, marked as a review copy (a reviewer can comment and
decide, not change the content). Left out, and never written into the new file:
the identity vault; interview notes (the interviews stay, without notes); interviews, site
visits and documents above LEVEL, with their attachments and coded passages; passages whose
consent allows no use or was withdrawn; the text of passages allowed as paraphrase only.
Prints how many records were left out for each reason, then the copy's path and SHA-256, which
are recorded (file name only) in FILE's audit trail.
  --out COPY.bmma            where to write the review copy (required)
  --max-sensitivity LEVEL    public|internal|restricted|confidential|secret|top_secret: the
                             highest sensitivity the reviewer may read (default: internal)

Passphrases: FILE's from BMMA_PASSPHRASE, the copy's (at least 12 characters, different from
FILE's) from BMMA_NEW_PASSPHRASE; without them, asked for in a terminal (the new one twice).
`,
  th: `วิธีใช้: bmma review-copy FILE --out COPY.bmma [--max-sensitivity LEVEL]

เขียนสำเนาสำหรับทบทวนของโครงการ FILE ไปที่ COPY.bmma (ต้องยังไม่มีไฟล์นี้): ไฟล์โครงการใหม่ที่เข้ารหัส
ด้วยรหัสผ่านของตนเอง และระบุว่าเป็นสำเนาสำหรับทบทวน (ผู้ทบทวนแสดงความเห็นและบันทึกผลการทบทวนได้
แต่แก้ไขเนื้อหาไม่ได้) สิ่งที่ไม่รวมไว้และไม่ถูกเขียนลงไฟล์ใหม่เลย: คลังข้อมูลระบุตัวตน บันทึกการสัมภาษณ์
(การสัมภาษณ์ยังอยู่แต่ไม่มีบันทึก) การสัมภาษณ์ การลงพื้นที่ และเอกสารที่มีชั้นความอ่อนไหวสูงกว่า LEVEL
พร้อมไฟล์แนบและข้อความที่ลงรหัส ข้อความที่ผู้ให้ข้อมูลไม่ยินยอมให้ใช้หรือถอนความยินยอมแล้ว
และตัวข้อความที่ยินยอมให้ถอดความเท่านั้น แสดงจำนวนที่ไม่รวมไว้ตามเหตุผล แล้วแสดงตำแหน่งและ SHA-256
ของสำเนา ซึ่งบันทึกไว้ (เฉพาะชื่อไฟล์) ในบันทึกการตรวจสอบของ FILE
  --out COPY.bmma            ที่เขียนสำเนาสำหรับทบทวน (ต้องระบุ)
  --max-sensitivity LEVEL    public|internal|restricted|confidential|secret|top_secret:
                             ชั้นความอ่อนไหวสูงสุดที่ผู้ทบทวนอ่านได้ (ค่าเริ่มต้น: internal)

รหัสผ่าน: ของ FILE จาก BMMA_PASSPHRASE ของสำเนา (อย่างน้อย 12 ตัวอักษร และต่างจากของ FILE)
จาก BMMA_NEW_PASSPHRASE หากไม่ได้กำหนดไว้จะถามในเทอร์มินัล (รหัสผ่านใหม่ถามสองครั้ง)
`,
};
