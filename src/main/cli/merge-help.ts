import type { Language } from '../../shared/messages';

/** `bmma merge --help` in both languages (issue 6); help.ts lists it with the other commands. */
export const MERGE_SYNOPSIS = '  bmma merge INTO FROM [--json]';

export const MERGE_SUMMARY: Record<Language, string> = {
  en: "  merge        Merge another assessor's copy of the project (FROM) into INTO; conflicts wait in the app.",
  th: '  merge        รวมสำเนาโครงการของผู้ประเมินอีกคน (FROM) เข้ากับ INTO ข้อขัดแย้งรอให้แก้ในแอป',
};

export const MERGE_HELP: Record<Language, string> = {
  en: `Usage: bmma merge INTO FROM [--json]

Merges FROM, another assessor's copy of the same project, into the project file INTO. FROM is
only read. Records are joined by their id: new records come in; a record changed in one file
only since the two last met takes that file's version; fields changed in both files to
different values are conflicts: INTO keeps its value and the conflict waits, side by side, for
the user in the app (Review and sharing tab). Deletions merge like edits. Merging the same
file again changes nothing. A FROM of an older format is merged from a migrated temporary
copy (FROM itself is not changed); a newer format, another project or INTO itself is refused.
Prints how many records were added and updated and how many conflicts wait.
  --json    print one JSON object: added, updated, conflicts (found by this merge), pending
            (all conflicts waiting in INTO)

Passphrases: INTO's from BMMA_PASSPHRASE, FROM's from BMMA_FROM_PASSPHRASE; without them,
asked for in a terminal.
Exit codes: 0 merged, no conflict waiting; 6 merged, conflicts wait for the user; otherwise
the usual codes (see bmma --help), with nothing changed.
`,
  th: `วิธีใช้: bmma merge INTO FROM [--json]

รวม FROM ซึ่งเป็นสำเนาโครงการเดียวกันของผู้ประเมินอีกคน เข้ากับไฟล์โครงการ INTO (FROM ถูกอ่านเท่านั้น)
ระเบียนจับคู่กันด้วยรหัสประจำระเบียน: ระเบียนใหม่ถูกเพิ่มเข้ามา ระเบียนที่แก้ไขในไฟล์เดียวนับจากที่รวมกันครั้งล่าสุด
ใช้ฉบับของไฟล์นั้น ช่องข้อมูลที่ทั้งสองไฟล์แก้เป็นค่าต่างกันคือข้อขัดแย้ง: INTO คงค่าของตนไว้ และข้อขัดแย้ง
รอให้ผู้ใช้เลือกในแอป (แท็บการทบทวนและการแบ่งปัน) โดยแสดงค่าทั้งสองเทียบกัน การลบรวมแบบเดียวกับการแก้ไข
การรวมไฟล์เดิมซ้ำไม่เปลี่ยนแปลงสิ่งใด FROM รูปแบบเก่ากว่าจะรวมจากสำเนาชั่วคราวที่ปรับรูปแบบแล้ว (ไม่แก้ FROM)
FROM รูปแบบใหม่กว่า ของโครงการอื่น หรือ INTO เอง จะถูกปฏิเสธ
แสดงจำนวนระเบียนที่เพิ่มและปรับปรุง และจำนวนข้อขัดแย้งที่รออยู่
  --json    แสดงออบเจ็กต์ JSON เดียว: added, updated, conflicts (ที่พบในการรวมครั้งนี้), pending
            (ข้อขัดแย้งทั้งหมดที่รออยู่ใน INTO)

รหัสผ่าน: ของ INTO จาก BMMA_PASSPHRASE ของ FROM จาก BMMA_FROM_PASSPHRASE หากไม่ได้กำหนดไว้จะถามในเทอร์มินัล
รหัสการออก: 0 รวมแล้วและไม่มีข้อขัดแย้งรออยู่ 6 รวมแล้วและมีข้อขัดแย้งรอผู้ใช้ นอกนั้นเป็นรหัสปกติ
(ดู bmma --help) โดยไม่มีการเปลี่ยนแปลงใด ๆ
`,
};
