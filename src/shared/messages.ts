import type { ErrorCode } from './errors';

export const LANGUAGES = ['en', 'th'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * One message per error code, in both languages: what happened and what to do.
 * Shared by the renderer (through i18next resources) and the CLI.
 * None of them ever offers to reset or delete anything.
 */
export const errorMessages: Record<Language, Record<ErrorCode, string>> = {
  en: {
    VALIDATION: 'Some of the information is not valid. Check the highlighted fields and try again.',
    UNKNOWN_CHANNEL: 'This action is not available in this version of BMMA Workbench.',
    WRONG_PASSPHRASE:
      'The passphrase is not correct for this project file. Check the keyboard language and Caps Lock, then try again. The file has not been changed.',
    WEAK_PASSPHRASE: 'The passphrase must have at least 12 characters. A short sentence is easy to remember and hard to guess.',
    NOT_A_PROJECT:
      'This file is not a BMMA Workbench project (it may be empty, truncated, unencrypted or another kind of file). The file has not been changed.',
    FILE_TAMPERED:
      'This project file is damaged or has been tampered with: some of its pages fail their integrity check. The file has not been changed. Restore the latest backup.',
    NEWER_FORMAT:
      'This project file was saved by a newer version of BMMA Workbench. Update BMMA Workbench to open it. The file has not been changed.',
    FILE_IN_USE:
      'This project file is already open in another BMMA Workbench window or program. Close it there first.',
    FILE_NOT_FOUND: 'The file or folder does not exist. Check the path and try again.',
    FILE_EXISTS: 'A file with that name already exists. Choose another name; nothing was overwritten.',
    READ_ONLY: 'BMMA Workbench cannot write to this folder. Choose a folder where you have permission to save.',
    DISK_FULL: 'The disk is full. Free some space and try again; nothing was lost.',
    NO_PROJECT: 'No project is open. Open or create a project first.',
    PROJECT_OPEN: 'A project is already open. Close it first.',
    LOCKED: 'The project is locked. Unlock it with the passphrase to continue.',
    NOT_FOUND: 'The record was not found. It may have been deleted.',
    CONFLICT: 'The record was changed elsewhere. Reload it and try again.',
    DUPLICATE:
      'There is already a record for this (for example a rating of the same indicator at the same scope). Open that record instead; nothing was saved.',
    TEXT_TOO_LONG:
      'The text is too long to save (see the limit under the field). Shorten it or split it into two records; what is already saved is unchanged and your text is still in the editor.',
    OUT_OF_SCALE:
      "The value is not on this indicator's scale. Choose one of the levels shown beside the input; nothing was saved.",
    LINK_TARGET_MISSING:
      'A linked record no longer exists (it was deleted) or was never in this project. Remove that link and try again; nothing was saved.',
    DATE_ORDER: 'The end date is before the start date. Correct the dates; nothing was saved.',
    PASSAGE_OUT_OF_RANGE:
      'The selected passage is not inside the current text of the notes (they may have changed). Select the passage again; nothing was saved.',
    PII_NOT_REDACTED:
      'These notes still contain personal data (an ID, passport, phone or plate number). Redact it before the notes are used as evidence; nothing was linked.',
    ATTACHMENT_TOO_LARGE: 'The file is larger than 200 MB and cannot be attached. Nothing was added to the project.',
    ATTACHMENT_TYPE:
      'This type of file cannot be attached. Allowed: PDF, Word, Excel, OpenDocument, CSV, plain text, JPEG and PNG. Nothing was added to the project.',
    SCORE_ABOVE_MAX: 'The test score is higher than the maximum score of the test. Correct the score or the maximum; nothing was saved.',
    SESSION_OUTSIDE_EVENT:
      "The session's day is not one of the event's days. Choose a day between the event's start and end dates; nothing was saved.",
    SESSION_OVERLAP:
      'This facilitator already has a session at that time on that day. Change the time or the facilitator; nothing was saved.',
    DAY_TOO_LONG: 'The sessions of that day would last more than 9 hours. Shorten or move a session; nothing was saved.',
    NOT_REGISTERED:
      'That participant is not registered in this training event. Register the participant first; nothing was saved.',
    CANCELLED: 'The export was cancelled. No file was written.',
    AGENCY_NOT_ATTENDING:
      'This agency has nobody present or substituting at this meeting, so it cannot have a position recorded. Add its attendance first; nothing was saved.',
    NOT_TRAINING_ADDRESSABLE:
      'A module can only answer findings flagged as training-addressable. Flag the finding as training-addressable first, or choose another finding; nothing was saved.',
    REVIEW_COPY_READ_ONLY:
      'This file is a review copy: its content cannot be changed here. Add a comment or a review decision instead; the assessor applies changes in the project itself.',
    // --- Issue 6 vault: EN messages go here.
    VAULT_NOT_SET_UP:
      'The identity vault has not been set up for this project. The data controller sets it up in the Identity vault tab.',
    VAULT_LOCKED: 'The identity vault is locked. Unlock it with the vault passphrase to see or enter identities.',
    VAULT_WRONG_PASSPHRASE:
      'The vault passphrase is not correct. Check the keyboard language and Caps Lock, then try again. Nothing was changed.',
    VAULT_PASSPHRASE_SAME:
      'The vault passphrase must be different from the project passphrase: whoever can open the project must not thereby see identities. Choose another one; nothing was saved.',
    VAULT_DESTROYED:
      'The identities in this vault were destroyed after their destruction date. The vault cannot be unlocked or used again.',
    // --- Issue 6 review: EN messages go here.
    REVIEW_COPY_SAME_PASSPHRASE:
      'Choose a passphrase for the review copy that is different from this project\'s passphrase: the reviewer must not be able to open the project itself. Nothing was written.',
    REVIEW_TRANSITION:
      'The review status cannot move that way (for example from draft straight to approved). Choose one of the statuses offered; nothing was changed.',
    REVIEW_REASON_REQUIRED: 'Say what needs to change: a request for changes needs a reason. Nothing was changed.',
    NOT_A_REVIEW_COPY:
      'A review packet is exported from a review copy. Open the review copy you commented in, then export the packet from its Review tab.',
    PACKET_WRONG_PROJECT:
      'This review packet belongs to another project. Import it into the project its review copy was made from; nothing was changed.',
    PACKET_WRONG_PASSPHRASE:
      'The passphrase is not correct for this review packet. Ask the reviewer for the passphrase they chose when exporting it; nothing was changed.',
    PACKET_TAMPERED:
      'This review packet is damaged or has been altered (or is not a review packet). Ask the reviewer to export it again; nothing was changed.',
    // --- Issue 6 audit: EN messages go here.
    // --- Issue 6 merge: EN messages go here.
    MERGE_SAME_FILE:
      'That is this project file itself. Choose the other assessor\'s copy of the project; nothing was changed.',
    MERGE_OTHER_PROJECT:
      'That file belongs to another project, so it cannot be merged into this one. Choose a copy of this project; nothing was changed.',
    MERGE_REVIEW_COPY:
      'A review copy cannot take part in a merge: it leaves out restricted records and its content is read-only. Merge the assessors\' full project files; a reviewer\'s comments and decisions come back as a review packet. Nothing was changed.',
    // --- end merge
    IO: 'The file could not be read or written. Check the disk and the path, then try again.',
    INTERNAL: 'Something went wrong inside BMMA Workbench. Your saved work is safe; try again.',
  },
  th: {
    VALIDATION: 'ข้อมูลบางส่วนไม่ถูกต้อง โปรดตรวจสอบช่องที่ไฮไลต์แล้วลองอีกครั้ง',
    UNKNOWN_CHANNEL: 'คำสั่งนี้ไม่มีใน BMMA Workbench รุ่นนี้',
    WRONG_PASSPHRASE:
      'รหัสผ่านไม่ถูกต้องสำหรับไฟล์โครงการนี้ โปรดตรวจสอบภาษาของแป้นพิมพ์และปุ่ม Caps Lock แล้วลองอีกครั้ง ไฟล์ไม่ได้ถูกเปลี่ยนแปลง',
    WEAK_PASSPHRASE: 'รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร ประโยคสั้น ๆ จำง่ายและเดายาก',
    NOT_A_PROJECT:
      'ไฟล์นี้ไม่ใช่ไฟล์โครงการ BMMA Workbench (อาจเป็นไฟล์ว่าง ไฟล์ไม่สมบูรณ์ ไฟล์ที่ไม่ได้เข้ารหัส หรือไฟล์ประเภทอื่น) ไฟล์ไม่ได้ถูกเปลี่ยนแปลง',
    FILE_TAMPERED:
      'ไฟล์โครงการนี้เสียหายหรือถูกแก้ไขโดยไม่ได้รับอนุญาต บางหน้าของไฟล์ไม่ผ่านการตรวจสอบความถูกต้อง ไฟล์ไม่ได้ถูกเปลี่ยนแปลง โปรดกู้คืนจากไฟล์สำรองล่าสุด',
    NEWER_FORMAT:
      'ไฟล์โครงการนี้บันทึกด้วย BMMA Workbench รุ่นที่ใหม่กว่า โปรดอัปเดต BMMA Workbench เพื่อเปิดไฟล์ ไฟล์ไม่ได้ถูกเปลี่ยนแปลง',
    FILE_IN_USE: 'ไฟล์โครงการนี้เปิดอยู่ในหน้าต่างหรือโปรแกรมอื่นแล้ว โปรดปิดไฟล์ที่นั่นก่อน',
    FILE_NOT_FOUND: 'ไม่พบไฟล์หรือโฟลเดอร์ โปรดตรวจสอบตำแหน่งแล้วลองอีกครั้ง',
    FILE_EXISTS: 'มีไฟล์ชื่อนี้อยู่แล้ว โปรดเลือกชื่ออื่น ไม่มีไฟล์ใดถูกเขียนทับ',
    READ_ONLY: 'BMMA Workbench ไม่สามารถเขียนลงในโฟลเดอร์นี้ได้ โปรดเลือกโฟลเดอร์ที่คุณมีสิทธิ์บันทึก',
    DISK_FULL: 'ดิสก์เต็ม โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง ข้อมูลไม่สูญหาย',
    NO_PROJECT: 'ยังไม่มีโครงการที่เปิดอยู่ โปรดเปิดหรือสร้างโครงการก่อน',
    PROJECT_OPEN: 'มีโครงการเปิดอยู่แล้ว โปรดปิดโครงการนั้นก่อน',
    LOCKED: 'โครงการถูกล็อกอยู่ โปรดปลดล็อกด้วยรหัสผ่านเพื่อทำงานต่อ',
    NOT_FOUND: 'ไม่พบรายการนี้ อาจถูกลบไปแล้ว',
    CONFLICT: 'รายการนี้ถูกแก้ไขจากที่อื่น โปรดโหลดใหม่แล้วลองอีกครั้ง',
    DUPLICATE: 'มีรายการนี้อยู่แล้ว (เช่น การให้คะแนนตัวชี้วัดเดียวกันในขอบเขตเดียวกัน) โปรดเปิดรายการเดิมแทน ยังไม่มีการบันทึกใด ๆ',
    TEXT_TOO_LONG:
      'ข้อความยาวเกินกว่าที่บันทึกได้ (ดูขีดจำกัดใต้ช่องกรอก) โปรดย่อหรือแยกเป็นสองรายการ ข้อมูลที่บันทึกไว้แล้วไม่เปลี่ยนแปลงและข้อความของคุณยังอยู่ในช่องแก้ไข',
    OUT_OF_SCALE: 'ค่านี้ไม่อยู่ในมาตรวัดของตัวชี้วัดนี้ โปรดเลือกระดับที่แสดงไว้ข้างช่องกรอก ยังไม่มีการบันทึกใด ๆ',
    LINK_TARGET_MISSING: 'รายการที่เชื่อมโยงไม่มีอยู่แล้ว (ถูกลบ) หรือไม่เคยอยู่ในโครงการนี้ โปรดนำการเชื่อมโยงนั้นออกแล้วลองอีกครั้ง ยังไม่มีการบันทึกใด ๆ',
    DATE_ORDER: 'วันสิ้นสุดอยู่ก่อนวันเริ่มต้น โปรดแก้ไขวันที่ ยังไม่มีการบันทึกใด ๆ',
    PASSAGE_OUT_OF_RANGE: 'ข้อความที่เลือกไม่อยู่ในบันทึกฉบับปัจจุบัน (บันทึกอาจถูกแก้ไขแล้ว) โปรดเลือกข้อความใหม่ ยังไม่มีการบันทึกใด ๆ',
    PII_NOT_REDACTED:
      'บันทึกนี้ยังมีข้อมูลส่วนบุคคล (เลขประจำตัวประชาชน หนังสือเดินทาง โทรศัพท์ หรือทะเบียนรถ) โปรดปกปิดก่อนนำไปใช้เป็นหลักฐาน ยังไม่มีการเชื่อมโยงใด ๆ',
    ATTACHMENT_TOO_LARGE: 'ไฟล์มีขนาดเกิน 200 MB จึงแนบไม่ได้ ไม่มีสิ่งใดถูกเพิ่มในโครงการ',
    ATTACHMENT_TYPE:
      'แนบไฟล์ประเภทนี้ไม่ได้ ประเภทที่อนุญาต: PDF, Word, Excel, OpenDocument, CSV, ข้อความธรรมดา, JPEG และ PNG ไม่มีสิ่งใดถูกเพิ่มในโครงการ',
    SCORE_ABOVE_MAX: 'คะแนนสอบสูงกว่าคะแนนเต็มของแบบทดสอบ โปรดแก้ไขคะแนนหรือคะแนนเต็ม ยังไม่มีการบันทึกใด ๆ',
    SESSION_OUTSIDE_EVENT: 'วันของช่วงการอบรมไม่อยู่ในวันจัดกิจกรรม โปรดเลือกวันระหว่างวันเริ่มต้นและวันสิ้นสุด ยังไม่มีการบันทึกใด ๆ',
    SESSION_OVERLAP: 'วิทยากรนี้มีช่วงการอบรมอื่นในเวลาเดียวกันของวันนั้นแล้ว โปรดเปลี่ยนเวลาหรือวิทยากร ยังไม่มีการบันทึกใด ๆ',
    DAY_TOO_LONG: 'ช่วงการอบรมของวันนั้นจะยาวเกิน 9 ชั่วโมง โปรดย่อหรือย้ายช่วงการอบรม ยังไม่มีการบันทึกใด ๆ',
    NOT_REGISTERED: 'ผู้เข้าอบรมรายนี้ไม่ได้ลงทะเบียนในกิจกรรมอบรมนี้ โปรดลงทะเบียนก่อน ยังไม่มีการบันทึกใด ๆ',
    CANCELLED: 'ยกเลิกการส่งออกแล้ว ไม่มีไฟล์ใดถูกเขียน',
    AGENCY_NOT_ATTENDING:
      'หน่วยงานนี้ไม่มีผู้มาประชุมหรือผู้มาแทนในการประชุมครั้งนี้ จึงบันทึกท่าทีของหน่วยงานไม่ได้ โปรดบันทึกการเข้าประชุมของหน่วยงานก่อน ยังไม่มีการบันทึกใด ๆ',
    NOT_TRAINING_ADDRESSABLE:
      'หน่วยการเรียนรู้ตอบได้เฉพาะข้อค้นพบที่ระบุว่าแก้ไขได้ด้วยการฝึกอบรม โปรดระบุข้อค้นพบนั้นว่าแก้ไขได้ด้วยการฝึกอบรมก่อน หรือเลือกข้อค้นพบอื่น ยังไม่มีการบันทึกใด ๆ',
    REVIEW_COPY_READ_ONLY:
      'ไฟล์นี้เป็นสำเนาสำหรับทบทวน จึงแก้ไขเนื้อหาที่นี่ไม่ได้ โปรดแสดงความเห็นหรือบันทึกผลการทบทวนแทน ผู้ประเมินจะแก้ไขในโครงการต้นฉบับ',
    // --- Issue 6 vault: TH messages go here.
    VAULT_NOT_SET_UP: 'ยังไม่ได้ตั้งค่าคลังข้อมูลตัวตนสำหรับโครงการนี้ ผู้ควบคุมข้อมูลตั้งค่าได้ที่แท็บคลังข้อมูลตัวตน',
    VAULT_LOCKED: 'คลังข้อมูลตัวตนถูกล็อกอยู่ โปรดปลดล็อกด้วยรหัสผ่านคลังเพื่อดูหรือบันทึกข้อมูลตัวตน',
    VAULT_WRONG_PASSPHRASE:
      'รหัสผ่านคลังข้อมูลตัวตนไม่ถูกต้อง โปรดตรวจสอบภาษาของแป้นพิมพ์และปุ่ม Caps Lock แล้วลองอีกครั้ง ไม่มีสิ่งใดถูกเปลี่ยนแปลง',
    VAULT_PASSPHRASE_SAME:
      'รหัสผ่านคลังข้อมูลตัวตนต้องไม่ซ้ำกับรหัสผ่านโครงการ เพื่อให้ผู้ที่เปิดโครงการได้ไม่เห็นข้อมูลตัวตน โปรดเลือกรหัสผ่านอื่น ยังไม่มีการบันทึกใด ๆ',
    VAULT_DESTROYED: 'ข้อมูลตัวตนในคลังนี้ถูกทำลายแล้วหลังถึงวันที่กำหนด คลังนี้ไม่สามารถปลดล็อกหรือใช้งานได้อีก',
    // --- Issue 6 review: TH messages go here.
    REVIEW_COPY_SAME_PASSPHRASE:
      'โปรดตั้งรหัสผ่านของสำเนาสำหรับทบทวนให้ต่างจากรหัสผ่านของโครงการนี้ เพื่อไม่ให้ผู้ทบทวนเปิดโครงการต้นฉบับได้ ยังไม่มีการเขียนไฟล์ใด ๆ',
    REVIEW_TRANSITION:
      'เปลี่ยนสถานะการทบทวนในลักษณะนี้ไม่ได้ (เช่น จากฉบับร่างเป็นอนุมัติโดยตรง) โปรดเลือกสถานะที่แสดงไว้ ไม่มีการเปลี่ยนแปลงใด ๆ',
    REVIEW_REASON_REQUIRED: 'โปรดระบุสิ่งที่ต้องแก้ไข การขอให้แก้ไขต้องมีเหตุผล ไม่มีการเปลี่ยนแปลงใด ๆ',
    NOT_A_REVIEW_COPY:
      'ชุดผลการทบทวนส่งออกได้จากสำเนาสำหรับทบทวนเท่านั้น โปรดเปิดสำเนาสำหรับทบทวนที่คุณแสดงความเห็นไว้ แล้วส่งออกจากแท็บการทบทวน',
    PACKET_WRONG_PROJECT:
      'ชุดผลการทบทวนนี้เป็นของโครงการอื่น โปรดนำเข้าในโครงการที่ใช้สร้างสำเนาสำหรับทบทวนนั้น ไม่มีการเปลี่ยนแปลงใด ๆ',
    PACKET_WRONG_PASSPHRASE:
      'รหัสผ่านไม่ถูกต้องสำหรับชุดผลการทบทวนนี้ โปรดขอรหัสผ่านที่ผู้ทบทวนตั้งไว้ตอนส่งออก ไม่มีการเปลี่ยนแปลงใด ๆ',
    PACKET_TAMPERED:
      'ชุดผลการทบทวนนี้เสียหายหรือถูกแก้ไข (หรือไม่ใช่ชุดผลการทบทวน) โปรดขอให้ผู้ทบทวนส่งออกใหม่ ไม่มีการเปลี่ยนแปลงใด ๆ',
    // --- Issue 6 audit: TH messages go here.
    // --- Issue 6 merge: TH messages go here.
    MERGE_SAME_FILE: 'ไฟล์นั้นคือไฟล์โครงการนี้เอง โปรดเลือกสำเนาโครงการของผู้ประเมินอีกคน ไม่มีการเปลี่ยนแปลงใด ๆ',
    MERGE_OTHER_PROJECT:
      'ไฟล์นั้นเป็นของโครงการอื่น จึงรวมเข้ากับโครงการนี้ไม่ได้ โปรดเลือกสำเนาของโครงการนี้ ไม่มีการเปลี่ยนแปลงใด ๆ',
    MERGE_REVIEW_COPY:
      'สำเนาสำหรับทบทวนนำมารวมโครงการไม่ได้ เพราะไม่มีรายการที่มีข้อจำกัดและแก้ไขเนื้อหาไม่ได้ โปรดรวมไฟล์โครงการฉบับเต็มของผู้ประเมิน ส่วนความเห็นและผลการทบทวนของผู้ทบทวนให้นำเข้าเป็นชุดผลการทบทวน ไม่มีการเปลี่ยนแปลงใด ๆ',
    // --- end merge
    IO: 'ไม่สามารถอ่านหรือเขียนไฟล์ได้ โปรดตรวจสอบดิสก์และตำแหน่งไฟล์แล้วลองอีกครั้ง',
    INTERNAL: 'เกิดข้อผิดพลาดภายใน BMMA Workbench งานที่บันทึกแล้วปลอดภัย โปรดลองอีกครั้ง',
  },
};

export function errorMessage(code: ErrorCode, language: Language): string {
  return errorMessages[language][code];
}
