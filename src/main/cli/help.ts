import type { Language } from '../../shared/messages';
import { MERGE_HELP, MERGE_SUMMARY, MERGE_SYNOPSIS } from './merge-help';
import { REVIEW_COPY_HELP, REVIEW_COPY_SUMMARY, REVIEW_COPY_SYNOPSIS } from './review-copy-help';

/** The commands, in the order the help lists them. */
export const COMMANDS = ['create', 'demo', 'info', 'search', 'verify', 'passphrase', 'backup', 'export', 'audit', 'review-copy', 'merge'] as const;
export type CommandName = (typeof COMMANDS)[number];

export function isCommandName(value: string): value is CommandName {
  return (COMMANDS as readonly string[]).includes(value);
}

const SYNOPSIS = `  bmma create FILE --title TITLE [--lang th|en]
  bmma demo FILE [--scale N] [--lang th|en]
  bmma info FILE [--json]
  bmma search FILE QUERY [--json]
  bmma verify FILE
  bmma passphrase FILE
  bmma backup FILE
  bmma export report|action-plan|curriculum FILE --out OUT.docx [PROFILE OPTIONS]
  bmma export minutes FILE --meeting CODE --out OUT.docx [PROFILE OPTIONS]
  bmma export tot-agenda|tot-evaluation FILE --event CODE --out OUT.docx [PROFILE OPTIONS]
  bmma export audit-trail FILE --out OUT.docx [PROFILE OPTIONS]
              PROFILE OPTIONS: [--lang th|en|both] [--calendar be|ce] [--digits thai|arabic]
              [--marking none|confidential|secret|top_secret|LABEL] [--draft VERSION] [--profile NAME]
  bmma audit FILE [--verify] [--json]
${REVIEW_COPY_SYNOPSIS}
${MERGE_SYNOPSIS}
  bmma help [COMMAND]  |  bmma COMMAND --help  |  bmma --version`;

function mainHelpEn(version: string): string {
  return `bmma: the BMMA Workbench command line, version ${version}

Usage:
${SYNOPSIS}

Commands:
  create       Create a new encrypted project file.
  demo         Create a new project filled with a fictional Thailand assessment (for trying and benchmarking).
  info         Show the title, format version, record counts, audit events and backups (read-only).
  search       Search interviews and indicators, in Thai and English (read-only).
  verify       Check the encryption of every page, the database structure and the audit trail (read-only).
  passphrase   Change the project's passphrase.
  backup       Save an encrypted backup now, in the folder FILE-backups beside the file.
  export       Write a Word document: the BMMA report, the Joint Action Plan, meeting minutes, the
               curriculum, the Training of Trainers agenda or its evaluation report.
  audit        List the audit trail, oldest first; --verify also checks its hash chain (read-only).
${REVIEW_COPY_SUMMARY.en}
${MERGE_SUMMARY.en}

Passphrases are never read from the command line:
  BMMA_PASSPHRASE       the project's passphrase (for create and demo: the new project's passphrase)
  BMMA_NEW_PASSPHRASE   the new passphrase for "bmma passphrase" (and the copy's for "bmma review-copy")
  BMMA_FROM_PASSPHRASE  the passphrase of FROM for "bmma merge"
  Without them, bmma asks in the terminal (typing is hidden; a new passphrase is typed twice).

Environment:
  BMMA_LANG=th|en       language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)
  BMMA_LOG_LEVEL        debug|info|warn|error: write diagnostic logs to stderr (off by default)

Exit codes:
  0    success
  1    usage error: unknown command or option, missing argument, invalid value,
       passphrase too short, or no passphrase given
  2    wrong passphrase
  3    not a BMMA Workbench project, damaged or tampered with, or verify (or audit --verify)
       found a problem
  4    saved by a newer version of BMMA Workbench
  5    other file or disk problem: not found, already exists, cannot write, disk full,
       already open in another program
  6    bmma merge: merged, and conflicts wait for the user in the app
  130  cancelled at a passphrase prompt, or an export stopped with Ctrl+C (no file written)
`;
}

function mainHelpTh(version: string): string {
  return `bmma: โปรแกรมบรรทัดคำสั่งของ BMMA Workbench รุ่น ${version}

วิธีใช้:
${SYNOPSIS}

คำสั่ง:
  create       สร้างไฟล์โครงการใหม่ที่เข้ารหัส
  demo         สร้างโครงการใหม่พร้อมข้อมูลการประเมินประเทศไทยที่เป็นข้อมูลสมมติ (สำหรับทดลองใช้และวัดประสิทธิภาพ)
  info         แสดงชื่อโครงการ รุ่นรูปแบบไฟล์ จำนวนระเบียน เหตุการณ์ในบันทึกการตรวจสอบ และไฟล์สำรอง (เปิดแบบอ่านอย่างเดียว)
  search       ค้นหาการสัมภาษณ์และตัวชี้วัด ทั้งภาษาไทยและภาษาอังกฤษ (เปิดแบบอ่านอย่างเดียว)
  verify       ตรวจสอบการเข้ารหัสของทุกหน้า โครงสร้างฐานข้อมูล และบันทึกการตรวจสอบ (เปิดแบบอ่านอย่างเดียว)
  passphrase   เปลี่ยนรหัสผ่านของโครงการ
  backup       บันทึกไฟล์สำรองที่เข้ารหัสทันที ในโฟลเดอร์ FILE-backups ข้างไฟล์โครงการ
  export       เขียนเอกสาร Word: รายงาน BMMA แผนปฏิบัติการร่วม รายงานการประชุม หลักสูตร
               กำหนดการหรือรายงานผลการประเมินการฝึกอบรมวิทยากร
  audit        แสดงบันทึกการตรวจสอบจากเก่าไปใหม่ --verify ตรวจห่วงโซ่แฮชด้วย (เปิดแบบอ่านอย่างเดียว)
${REVIEW_COPY_SUMMARY.th}
${MERGE_SUMMARY.th}

bmma ไม่รับรหัสผ่านจากบรรทัดคำสั่ง:
  BMMA_PASSPHRASE       รหัสผ่านของโครงการ (สำหรับ create และ demo: รหัสผ่านของโครงการใหม่)
  BMMA_NEW_PASSPHRASE   รหัสผ่านใหม่สำหรับ "bmma passphrase" (และของสำเนาสำหรับ "bmma review-copy")
  BMMA_FROM_PASSPHRASE  รหัสผ่านของ FROM สำหรับ "bmma merge"
  หากไม่ได้กำหนดไว้ bmma จะถามในเทอร์มินัล (ไม่แสดงสิ่งที่พิมพ์ และรหัสผ่านใหม่ต้องพิมพ์สองครั้ง)

ตัวแปรสภาพแวดล้อม:
  BMMA_LANG=th|en       ภาษาของข้อความ (ค่าเริ่มต้น: ตาม LC_ALL, LC_MESSAGES หรือ LANG)
  BMMA_LOG_LEVEL        debug|info|warn|error: เขียนบันทึกการวินิจฉัยไปที่ stderr (ปิดไว้เป็นค่าเริ่มต้น)

รหัสการออก (exit code):
  0    สำเร็จ
  1    ใช้คำสั่งไม่ถูกต้อง: ไม่รู้จักคำสั่งหรือตัวเลือก ขาดอาร์กิวเมนต์ ค่าไม่ถูกต้อง
       รหัสผ่านสั้นเกินไป หรือไม่ได้ระบุรหัสผ่าน
  2    รหัสผ่านไม่ถูกต้อง
  3    ไม่ใช่ไฟล์โครงการ BMMA Workbench ไฟล์เสียหายหรือถูกแก้ไข หรือ verify (หรือ audit --verify) พบปัญหา
  4    ไฟล์บันทึกด้วย BMMA Workbench รุ่นที่ใหม่กว่า
  5    ปัญหาอื่นเกี่ยวกับไฟล์หรือดิสก์: ไม่พบไฟล์ มีไฟล์อยู่แล้ว เขียนไม่ได้ ดิสก์เต็ม
       หรือไฟล์เปิดอยู่ในโปรแกรมอื่น
  6    bmma merge: รวมแล้ว และมีข้อขัดแย้งรอผู้ใช้ในแอป
  130  ยกเลิกขณะถามรหัสผ่าน หรือหยุดการส่งออกด้วย Ctrl+C (ไม่มีไฟล์ใดถูกเขียน)
`;
}

const COMMAND_HELP: Record<Language, Record<CommandName, string>> = {
  en: {
    create: `Usage: bmma create FILE --title TITLE [--lang th|en]

Creates a new encrypted project file at FILE (nothing is overwritten: FILE must not exist).
  --title TITLE    the project's title (one line, up to 300 characters); --title=TITLE also works
  --lang th|en     the project's language (default: the language of these messages)

The passphrase (at least 12 characters) comes from BMMA_PASSPHRASE, or is asked for twice in a
terminal. Keep it safe: without it the file cannot be opened, and nobody can reset it.
`,
    demo: `Usage: bmma demo FILE [--scale N] [--lang th|en]

Creates a new encrypted project at FILE (FILE must not exist) and fills it with a realistic but
entirely fictional Thailand assessment: interviews of officials (by pseudonym code only), migrants
and stakeholders with notes in Thai and English, site visits to land, air, sea and river crossing
points, documents with attachments, coded passages, ratings, findings, recommendations and a Joint
Action Plan with dated status updates. The same input always gives the same records and codes.
Every record is written through the same checks, search index and audit trail as in the app.
Prints how many records of each kind were created.
  --scale N        multiply the interviews, site visits, documents and action-plan items by N
                   (1 to 1000; default 1). --scale 250 gives about 10,000 interviews; progress is
                   shown on stderr. Findings and recommendations stay at 25 and 20.
  --lang th|en     the project's language and title (default: the language of these messages)

The passphrase (at least 12 characters) comes from BMMA_PASSPHRASE, or is asked for twice in a
terminal.
`,
    info: `Usage: bmma info FILE [--json]

Shows the project's title and language, the file's format version and this program's, the number
of records in each table, the number of audit events, the file size and the backups.
Opens the file read-only.
  --json    print one JSON object with the keys file, title, language, formatVersion,
            appFormatVersion, counts, auditEvents, fileSize, backups (name, createdAt, size)

Passphrase: BMMA_PASSPHRASE, or asked for in a terminal.
`,
    search: `Usage: bmma search FILE QUERY [--json]

Searches the project's interviews (code, location, notes; deleted ones never) and indicators
(code, text and guidance in both languages) for QUERY, up to 200 characters: every word must
occur; Thai words are found inside Thai text written without spaces; English words match by
stem ("checkpoints" finds "checkpoint"), and the last word also by prefix.
Prints the 50 best hits: kind, code, title and an excerpt with the hits in [brackets].
Opens the file read-only. Exit code 0 also when nothing is found.
  --json    print one JSON object with the keys query, total, hits (kind, id, code, title,
            snippet: text, highlights [{start, end}], clippedStart, clippedEnd)

Passphrase: BMMA_PASSPHRASE, or asked for in a terminal.
`,
    verify: `Usage: bmma verify FILE

Checks, read-only: the encryption (every page's authentication code), the database structure
(SQLite integrity_check) and the audit trail's hash chain, and prints each check as ok or FAILED.
Exit code 0 only if all of them hold; 3 otherwise.

Passphrase: BMMA_PASSPHRASE, or asked for in a terminal.
`,
    passphrase: `Usage: bmma passphrase FILE

Changes the project's passphrase, then saves a backup that opens with the new one.
Older backups keep the passphrase they were saved with.
  Current passphrase: BMMA_PASSPHRASE, or asked for in a terminal.
  New passphrase (at least 12 characters): BMMA_NEW_PASSPHRASE, or asked for twice in a terminal.
`,
    backup: `Usage: bmma backup FILE

Saves an encrypted copy of the project now, in the folder FILE-backups beside the file
(the newest 10 are kept), and prints its path. A backup opens with the passphrase the
project had when it was saved.

Passphrase: BMMA_PASSPHRASE, or asked for in a terminal.
`,
    export: `Usage: bmma export report|action-plan|curriculum FILE --out OUT.docx [PROFILE OPTIONS]
       bmma export minutes FILE --meeting CODE --out OUT.docx [PROFILE OPTIONS]
       bmma export tot-agenda|tot-evaluation FILE --event CODE --out OUT.docx [PROFILE OPTIONS]
       bmma export audit-trail FILE --out OUT.docx [PROFILE OPTIONS]
PROFILE OPTIONS: [--lang th|en|both] [--calendar be|ce] [--digits thai|arabic]
         [--marking none|confidential|secret|top_secret|LABEL] [--draft VERSION] [--profile NAME]

Writes a Word document from the project:
  report       the BMMA report: cover, acronyms, contents, executive summary, background,
               methodology, findings by area A–E, cross-cutting issues, recommendations, the
               Joint Action Plan, annexes and charts
  action-plan  the Joint Action Plan: a summary page (actions by status, lead agency and
               timeframe), then a landscape table of every action grouped by area
  minutes      the minutes of one meeting (--meeting CODE, e.g. MTG-C2-3/2563): in Thai in the
               official order (meeting, date, venue, present, absent, others attending, opening
               time, agenda items with discussion and resolution, closing time, minute-taker)
  curriculum   the TWG curriculum: its modules, then the traceability table module -> findings -> areas
  tot-agenda   the Training of Trainers agenda (--event CODE, e.g. TOT-2565-01): day by day, session by session
  tot-evaluation  the Training of Trainers evaluation report (--event CODE): test scores, attendance,
               reactions and follow-ups by sex and agency, counts under the minimum shown as "<5"
  audit-trail  the whole audit trail as an annex: a landscape table of every event (no., time,
               user, action, record, fields changed)
in TH Sarabun New. OUT must not exist. The file's SHA-256 is recorded in the project's audit trail.
A progress line per step goes to stderr ("[3/6] sections 3/9"); Ctrl+C stops the export,
writes nothing and exits with 130.

  --out OUT.docx     where to save the document (required)
  --meeting CODE     the meeting whose minutes to write (minutes only, required there)
  --event CODE       the Training of Trainers event (tot-agenda and tot-evaluation only, required there)
  --lang th|en|both  language of the document; both = Thai then English in each cell
                     (default: the language of these messages)
  --calendar be|ce   Buddhist or Common Era dates (default: be, or ce with --lang en)
  --digits thai|arabic  Thai digits (๐–๙) or 0–9 (default: arabic)
  --marking LEVEL    classification centred in every header and footer: confidential (ลับ),
                     secret (ลับมาก), top_secret (ลับที่สุด), or your organisation's own LABEL
                     (default: none)
  --draft VERSION    a DRAFT watermark with this version and today's date on every page
  --profile NAME     start from the export profile saved in the project under NAME (on the
                     Export screen); the options above, when given, replace its settings

Passphrase: BMMA_PASSPHRASE, or asked for in a terminal.
`,
    // --- Issue 6 audit
    audit: `Usage: bmma audit FILE [--verify] [--json]

Lists the project's audit trail, oldest first, one event a line: number, time (UTC), user
(device id or "cli"), action, kind of record, record id, the names of the fields changed, and
the computer's name when it was given one (an eighth column). Events hold no content: field names only, never their values. Opens the file read-only.
  --verify  also check the hash chain: prints "audit trail verifies: N events" and exits 0,
            or says where it breaks (an edited event, deleted events, the last events removed)
            and exits 3
  --json    print one JSON object with the keys events (seq, at, actor, actorLabel, action,
            entity, entityId, recordCode, fields) and, with --verify, verification (ok, events,
            brokenAtSeq, reason, total, expected, position, missing)

Passphrase: BMMA_PASSPHRASE, or asked for in a terminal.
`,
    // --- end audit
    // --- Issue 6 review-copy
    'review-copy': REVIEW_COPY_HELP.en,
    // --- end review-copy
    // --- Issue 6 merge
    merge: MERGE_HELP.en,
    // --- end merge
  },
  th: {
    create: `วิธีใช้: bmma create FILE --title TITLE [--lang th|en]

สร้างไฟล์โครงการใหม่ที่เข้ารหัสที่ FILE (ไม่เขียนทับไฟล์ใด ๆ: ต้องยังไม่มี FILE อยู่)
  --title TITLE    ชื่อโครงการ (บรรทัดเดียว ไม่เกิน 300 ตัวอักษร) ใช้ --title=TITLE ก็ได้
  --lang th|en     ภาษาของโครงการ (ค่าเริ่มต้น: ภาษาเดียวกับข้อความเหล่านี้)

รหัสผ่าน (อย่างน้อย 12 ตัวอักษร) อ่านจาก BMMA_PASSPHRASE หรือถามสองครั้งในเทอร์มินัล
โปรดเก็บรหัสผ่านไว้ให้ปลอดภัย หากไม่มีรหัสผ่านจะเปิดไฟล์ไม่ได้ และไม่มีใครรีเซ็ตรหัสผ่านได้
`,
    demo: `วิธีใช้: bmma demo FILE [--scale N] [--lang th|en]

สร้างไฟล์โครงการใหม่ที่เข้ารหัสที่ FILE (ต้องยังไม่มี FILE อยู่) พร้อมข้อมูลการประเมินประเทศไทยที่สมจริงแต่เป็น
ข้อมูลสมมติทั้งหมด: การสัมภาษณ์เจ้าหน้าที่ (ระบุด้วยรหัสนามแฝงเท่านั้น) ผู้ย้ายถิ่น และผู้มีส่วนได้ส่วนเสีย
พร้อมบันทึกภาษาไทยและภาษาอังกฤษ การลงพื้นที่จุดผ่านแดนทางบก ทางอากาศ ทางทะเล และทางแม่น้ำ เอกสารพร้อมไฟล์แนบ
ข้อความที่ลงรหัส การให้คะแนน ข้อค้นพบ ข้อเสนอแนะ และแผนปฏิบัติการร่วมพร้อมการรายงานสถานะตามวันที่
ข้อมูลที่ได้จะเหมือนเดิมทุกครั้งทั้งระเบียนและรหัส ทุกระเบียนบันทึกผ่านการตรวจสอบ ดัชนีค้นหา และบันทึกการตรวจสอบ
เช่นเดียวกับในโปรแกรม แล้วแสดงจำนวนระเบียนแต่ละประเภทที่สร้าง
  --scale N        คูณจำนวนการสัมภาษณ์ การลงพื้นที่ เอกสาร และกิจกรรมในแผนปฏิบัติการด้วย N
                   (1 ถึง 1000 ค่าเริ่มต้น 1) --scale 250 ได้การสัมภาษณ์ประมาณ 10,000 รายการ และแสดงความคืบหน้า
                   ทาง stderr ส่วนข้อค้นพบและข้อเสนอแนะคงที่ 25 และ 20 รายการ
  --lang th|en     ภาษาและชื่อของโครงการ (ค่าเริ่มต้น: ภาษาเดียวกับข้อความเหล่านี้)

รหัสผ่าน (อย่างน้อย 12 ตัวอักษร) อ่านจาก BMMA_PASSPHRASE หรือถามสองครั้งในเทอร์มินัล
`,
    info: `วิธีใช้: bmma info FILE [--json]

แสดงชื่อและภาษาของโครงการ รุ่นรูปแบบของไฟล์และของโปรแกรมนี้ จำนวนระเบียนในแต่ละตาราง
จำนวนเหตุการณ์ในบันทึกการตรวจสอบ ขนาดไฟล์ และไฟล์สำรอง เปิดไฟล์แบบอ่านอย่างเดียว
  --json    พิมพ์ออบเจ็กต์ JSON หนึ่งรายการ มีคีย์ file, title, language, formatVersion,
            appFormatVersion, counts, auditEvents, fileSize, backups (name, createdAt, size)

รหัสผ่าน: BMMA_PASSPHRASE หรือถามในเทอร์มินัล
`,
    search: `วิธีใช้: bmma search FILE QUERY [--json]

ค้นหา QUERY (ไม่เกิน 200 ตัวอักษร) ในการสัมภาษณ์ของโครงการ (รหัส สถานที่ บันทึก ยกเว้นรายการที่ลบแล้ว)
และตัวชี้วัด (รหัส ข้อความ และคำแนะนำทั้งสองภาษา) ต้องพบทุกคำ คำภาษาไทยค้นพบได้แม้อยู่ในข้อความ
ที่เขียนติดกันโดยไม่เว้นวรรค คำภาษาอังกฤษค้นตามรากคำ ("checkpoints" พบ "checkpoint") และคำสุดท้าย
ค้นตามคำขึ้นต้นด้วย แสดงผลลัพธ์ที่ตรงที่สุด 50 รายการ: ประเภท รหัส ชื่อ และข้อความที่ตัดมา
โดยคำที่พบอยู่ใน [วงเล็บ] เปิดไฟล์แบบอ่านอย่างเดียว รหัสการออกเป็น 0 แม้ไม่พบผลลัพธ์
  --json    พิมพ์ออบเจ็กต์ JSON หนึ่งรายการ มีคีย์ query, total, hits (kind, id, code, title,
            snippet: text, highlights [{start, end}], clippedStart, clippedEnd)

รหัสผ่าน: BMMA_PASSPHRASE หรือถามในเทอร์มินัล
`,
    verify: `วิธีใช้: bmma verify FILE

ตรวจสอบแบบอ่านอย่างเดียว: การเข้ารหัส (รหัสยืนยันความถูกต้องของทุกหน้า) โครงสร้างฐานข้อมูล
(SQLite integrity_check) และห่วงโซ่แฮชของบันทึกการตรวจสอบ แล้วแสดงผลแต่ละรายการเป็น ok หรือ FAILED
รหัสการออกเป็น 0 เมื่อผ่านทุกรายการเท่านั้น มิฉะนั้นเป็น 3

รหัสผ่าน: BMMA_PASSPHRASE หรือถามในเทอร์มินัล
`,
    passphrase: `วิธีใช้: bmma passphrase FILE

เปลี่ยนรหัสผ่านของโครงการ แล้วบันทึกไฟล์สำรองที่เปิดด้วยรหัสผ่านใหม่
ไฟล์สำรองก่อนหน้านี้ยังใช้รหัสผ่านเดิมที่ใช้ตอนบันทึก
  รหัสผ่านปัจจุบัน: BMMA_PASSPHRASE หรือถามในเทอร์มินัล
  รหัสผ่านใหม่ (อย่างน้อย 12 ตัวอักษร): BMMA_NEW_PASSPHRASE หรือถามสองครั้งในเทอร์มินัล
`,
    backup: `วิธีใช้: bmma backup FILE

บันทึกสำเนาที่เข้ารหัสของโครงการทันที ในโฟลเดอร์ FILE-backups ข้างไฟล์โครงการ
(เก็บไว้ 10 ไฟล์ล่าสุด) แล้วแสดงตำแหน่งของไฟล์สำรอง ไฟล์สำรองเปิดด้วยรหัสผ่าน
ที่โครงการใช้อยู่ในตอนที่บันทึก

รหัสผ่าน: BMMA_PASSPHRASE หรือถามในเทอร์มินัล
`,
    export: `วิธีใช้: bmma export report|action-plan|curriculum FILE --out OUT.docx [ตัวเลือกโปรไฟล์]
       bmma export minutes FILE --meeting CODE --out OUT.docx [ตัวเลือกโปรไฟล์]
       bmma export tot-agenda|tot-evaluation FILE --event CODE --out OUT.docx [ตัวเลือกโปรไฟล์]
       bmma export audit-trail FILE --out OUT.docx [ตัวเลือกโปรไฟล์]
ตัวเลือกโปรไฟล์: [--lang th|en|both] [--calendar be|ce] [--digits thai|arabic]
         [--marking none|confidential|secret|top_secret|LABEL] [--draft VERSION] [--profile NAME]

เขียนเอกสาร Word จากโครงการ:
  report       รายงาน BMMA: ปก อักษรย่อ สารบัญ บทสรุปผู้บริหาร ความเป็นมา ระเบียบวิธี ข้อค้นพบ
               ตามด้าน A–E ประเด็นร่วม ข้อเสนอแนะ แผนปฏิบัติการร่วม ภาคผนวก และแผนภูมิ
  action-plan  แผนปฏิบัติการร่วม: หน้าสรุป (จำนวนกิจกรรมตามสถานะ หน่วยงานหลัก และกรอบเวลา)
               ตามด้วยตารางแนวนอนของทุกกิจกรรมจัดกลุ่มตามด้าน
  minutes      รายงานการประชุมหนึ่งครั้ง (--meeting CODE เช่น MTG-C2-3/2563) ภาษาไทยตามแบบรายงาน
               การประชุมของทางราชการ (ชื่อการประชุม วัน สถานที่ ผู้มาประชุม ผู้ไม่มาประชุม ผู้เข้าร่วมประชุม
               เวลาเริ่ม ระเบียบวาระพร้อมการพิจารณาและมติ เวลาเลิก ผู้จดรายงานการประชุม)
  curriculum   หลักสูตรของคณะทำงานด้านเทคนิค: หน่วยการเรียนรู้ แล้วตารางความเชื่อมโยง หน่วย -> ข้อค้นพบ -> ด้าน
  tot-agenda   กำหนดการฝึกอบรมวิทยากร (--event CODE เช่น TOT-2565-01) รายวัน รายช่วง
  tot-evaluation  รายงานผลการประเมินการฝึกอบรมวิทยากร (--event CODE): คะแนนทดสอบ การเข้าร่วม
               ความพึงพอใจ และการติดตามผล จำแนกตามเพศและหน่วยงาน จำนวนที่น้อยกว่าเกณฑ์แสดงเป็น "<5"
  audit-trail  บันทึกการตรวจสอบทั้งหมดเป็นภาคผนวก: ตารางแนวนอนของทุกเหตุการณ์ (ลำดับ เวลา ผู้ใช้
               การดำเนินการ รายการ ช่องที่แก้ไข)
ด้วยแบบอักษร TH Sarabun New OUT ต้องยังไม่มีอยู่ ค่า SHA-256 ของไฟล์จะบันทึกไว้ในบันทึกการตรวจสอบของโครงการ
แสดงความคืบหน้าทีละขั้นทาง stderr ("[3/6] ส่วนของรายงาน 3/9") กด Ctrl+C เพื่อหยุดการส่งออก
โดยไม่เขียนไฟล์ใด ๆ และออกด้วยรหัส 130

  --out OUT.docx     ที่บันทึกเอกสาร (ต้องระบุ)
  --meeting CODE     การประชุมที่จะเขียนรายงาน (เฉพาะ minutes และต้องระบุ)
  --event CODE       การฝึกอบรมวิทยากร (เฉพาะ tot-agenda และ tot-evaluation และต้องระบุ)
  --lang th|en|both  ภาษาของเอกสาร both = ภาษาไทยแล้วตามด้วยภาษาอังกฤษในแต่ละช่อง
                     (ค่าเริ่มต้น: ภาษาของข้อความเหล่านี้)
  --calendar be|ce   วันที่แบบพุทธศักราชหรือคริสต์ศักราช (ค่าเริ่มต้น: be หรือ ce เมื่อใช้ --lang en)
  --digits thai|arabic  เลขไทย (๐–๙) หรือเลขอารบิก 0–9 (ค่าเริ่มต้น: arabic)
  --marking LEVEL    ชั้นความลับกึ่งกลางหัวและท้ายกระดาษทุกหน้า: confidential (ลับ), secret (ลับมาก),
                     top_secret (ลับที่สุด) หรือ LABEL ของหน่วยงานเอง (ค่าเริ่มต้น: none)
  --draft VERSION    ลายน้ำ "ร่าง" พร้อมรุ่นนี้และวันที่วันนี้ทุกหน้า
  --profile NAME     เริ่มจากโปรไฟล์การส่งออกที่บันทึกไว้ในโครงการชื่อ NAME (จากหน้าส่งออก)
                     ตัวเลือกข้างต้นที่ระบุจะแทนค่าในโปรไฟล์นั้น

รหัสผ่าน: BMMA_PASSPHRASE หรือถามในเทอร์มินัล
`,
    // --- Issue 6 audit
    audit: `วิธีใช้: bmma audit FILE [--verify] [--json]

แสดงบันทึกการตรวจสอบของโครงการจากเก่าไปใหม่ บรรทัดละหนึ่งเหตุการณ์: ลำดับ เวลา (UTC) ผู้ใช้
(รหัสเครื่องหรือ "cli") การดำเนินการ ประเภทรายการ รหัสรายการ ชื่อช่องที่แก้ไข และชื่อเครื่อง
เมื่อได้ตั้งชื่อไว้ (คอลัมน์ที่แปด) เหตุการณ์ไม่มีเนื้อหา มีเพียงชื่อช่อง ไม่มีค่าของช่อง เปิดไฟล์แบบอ่านอย่างเดียว
  --verify  ตรวจห่วงโซ่แฮชด้วย: แสดง "บันทึกการตรวจสอบถูกต้อง: N เหตุการณ์" แล้วออกด้วยรหัส 0
            หรือบอกตำแหน่งที่ห่วงโซ่ขาด (เหตุการณ์ถูกแก้ไข ถูกลบ หรือเหตุการณ์ท้าย ๆ ถูกลบออก)
            แล้วออกด้วยรหัส 3
  --json    พิมพ์ออบเจ็กต์ JSON หนึ่งรายการ มีคีย์ events (seq, at, actor, actorLabel, action,
            entity, entityId, recordCode, fields) และเมื่อใช้ --verify มี verification (ok, events,
            brokenAtSeq, reason, total, expected, position, missing)

รหัสผ่าน: BMMA_PASSPHRASE หรือถามในเทอร์มินัล
`,
    // --- end audit
    // --- Issue 6 review-copy
    'review-copy': REVIEW_COPY_HELP.th,
    // --- end review-copy
    // --- Issue 6 merge
    merge: MERGE_HELP.th,
    // --- end merge
  },
};

export function mainHelp(language: Language, version: string): string {
  return language === 'th' ? mainHelpTh(version) : mainHelpEn(version);
}

export function commandHelp(language: Language, command: CommandName): string {
  return COMMAND_HELP[language][command];
}
