import type { Language } from '../../shared/messages';
import type { SearchKind, SearchOrder } from '../../shared/search';
import type { DemoStage, DemoSummary } from '../services/demo/build';

/** How many search results there are and how the ones printed were chosen. */
export interface ResultCount {
  shown: number;
  total: number;
  /** More than `total` match: counting stopped there. */
  totalIsLowerBound: boolean;
  order: SearchOrder;
}

export type DemoCountKind = keyof DemoSummary;

/**
 * The CLI's own strings (usage errors, prompts, labels, results), in English and Thai.
 * Messages for the closed error codes come from src/shared/messages.ts, like the app's.
 * Both languages implement one interface, so a string missing in one does not compile.
 */
export interface CliStrings {
  unknownCommand(name: string): string;
  noCommand: string;
  unknownOption(option: string, command: string | null): string;
  passphraseNotOnCommandLine: string;
  missingFile(command: string): string;
  tooManyArguments(command: string): string;
  missingValue(option: string): string;
  takesNoValue(option: string): string;
  repeatedOption(option: string): string;
  missingTitle: string;
  missingQuery: string;
  tooManySearchArguments: string;
  queryTooLong(max: number): string;
  badLanguage(value: string): string;
  badScale(value: string, max: number): string;
  seeHelp(command: string | null): string;
  version(version: string, formatVersion: number): string;
  invalidTitle: string;
  invalidPath: string;
  passphraseTooLong: string;
  passphraseEmpty: string;

  noPassphrase: string;
  noNewPassphrase: string;
  promptPassphrase(file: string): string;
  promptNewProjectPassphrase: string;
  promptNewPassphrase: string;
  promptAgain: string;
  passphrasesDiffer: string;
  cancelled: string;

  created(title: string, file: string, formatVersion: number): string;
  demoCreated(title: string, file: string, formatVersion: number, scale: number): string;
  demoFooter: string;
  demoProgress(stage: DemoStage, done: number, total: number): string;
  demoCount(kind: DemoCountKind): string;
  /** A table of `bmma info`, by what its rows are; the table's own name if unknown. */
  tableName(table: string): string;
  backupSaved: string;
  passphraseChanged(backup: string): string;

  label: {
    project: string;
    file: string;
    language: string;
    formatVersion: string;
    fileSize: string;
    auditEvents: string;
    records: string;
    backups: string;
  };
  formatVersions(file: number, app: number): string;
  languageName(language: Language): string;
  none: string;
  bytes(text: string, bytes: number): string;

  checking(file: string): string;
  checkCipher(pages: number | null): string;
  checkSqlite: string;
  checkAudit(events: number | null): string;
  ok: string;
  failed: string;
  notChecked: string;
  allPassed: string;
  auditBroken(reason: string): string;
  auditReason(problem: string): string;

  noResults: string;
  noSearchIndex: string;
  resultCount(count: ResultCount): string;
  kindName(kind: SearchKind): string;
  categoryName(category: string): string;
}

const EN_DEMO_COUNTS: Record<DemoCountKind, string> = {
  interviews: 'Interviews',
  siteVisits: 'Site visits',
  documents: 'Documents',
  attachments: 'Attachments',
  passages: 'Coded passages',
  ratings: 'Ratings',
  findings: 'Findings',
  recommendations: 'Recommendations',
  actions: 'Action-plan items',
  statusUpdates: 'Status updates',
  meetings: 'Meetings (Component 2 and TWG)',
  twgMembers: 'TWG members',
  modules: 'Curriculum modules',
  totParticipants: 'ToT participants',
};
const TH_DEMO_COUNTS: Record<DemoCountKind, string> = {
  interviews: 'การสัมภาษณ์',
  siteVisits: 'การลงพื้นที่',
  documents: 'เอกสาร',
  attachments: 'ไฟล์แนบ',
  passages: 'ข้อความที่ลงรหัส',
  ratings: 'การให้คะแนน',
  findings: 'ข้อค้นพบ',
  recommendations: 'ข้อเสนอแนะ',
  actions: 'กิจกรรมในแผนปฏิบัติการ',
  statusUpdates: 'การรายงานสถานะ',
  meetings: 'การประชุม (องค์ประกอบที่ 2 และคณะทำงาน)',
  twgMembers: 'สมาชิกคณะทำงาน',
  modules: 'หน่วยการเรียนรู้ในหลักสูตร',
  totParticipants: 'ผู้เข้าอบรมหลักสูตรครูฝึก',
};
const EN_DEMO_STAGES: Record<DemoStage, string> = EN_DEMO_COUNTS;
const TH_DEMO_STAGES: Record<DemoStage, string> = TH_DEMO_COUNTS;

/** Row labels of `bmma info` (text only: the JSON keeps the table names, a public interface). */
const EN_TABLES: Record<string, string> = {
  project: 'Project',
  interviews: 'Interviews',
  passages: 'Coded passages',
  site_visits: 'Site visits',
  documents: 'Documents',
  attachments: 'Attachments',
  ratings: 'Ratings',
  findings: 'Findings',
  recommendations: 'Recommendations',
  actions: 'Action-plan items',
  action_status_updates: 'Action status updates',
  scales: 'Rating scales',
  framework_areas: 'Areas',
  framework_subareas: 'Sub-areas',
  indicators: 'Indicators',
  agencies: 'Agencies',
  crossing_points: 'Crossing points',
  provinces: 'Provinces',
  legal_instruments: 'Legal instruments',
  legal_provisions: 'Legal provisions',
  // Issue 5 (migrations 0009–0011).
  meetings: 'Meetings',
  meeting_attendance: 'Meeting attendance',
  meeting_agenda_items: 'Agenda items',
  meeting_provisions: 'Added provisions',
  meeting_item_provisions: 'Provisions discussed',
  meeting_positions: 'Agency positions',
  meeting_follow_ups: 'Meeting follow-ups',
  twg_members: 'TWG members',
  curriculum: 'Curriculum',
  curriculum_modules: 'Curriculum modules',
  tot_events: 'ToT events',
  tot_sessions: 'ToT sessions',
  tot_participants: 'ToT participants',
  tot_tests: 'ToT tests',
  tot_evaluations: 'ToT evaluations (L1)',
  tot_followups: 'ToT follow-ups (L3)',
};
const TH_TABLES: Record<string, string> = {
  project: 'โครงการ',
  interviews: 'การสัมภาษณ์',
  passages: 'ข้อความที่ลงรหัส',
  site_visits: 'การลงพื้นที่',
  documents: 'เอกสาร',
  attachments: 'ไฟล์แนบ',
  ratings: 'การให้คะแนน',
  findings: 'ข้อค้นพบ',
  recommendations: 'ข้อเสนอแนะ',
  actions: 'กิจกรรมในแผนปฏิบัติการ',
  action_status_updates: 'การรายงานสถานะกิจกรรม',
  scales: 'มาตรวัดคะแนน',
  framework_areas: 'ด้าน',
  framework_subareas: 'ด้านย่อย',
  indicators: 'ตัวชี้วัด',
  agencies: 'หน่วยงาน',
  crossing_points: 'จุดผ่านแดน',
  provinces: 'จังหวัด',
  legal_instruments: 'กฎหมายและตราสาร',
  legal_provisions: 'บทบัญญัติ',
  meetings: 'การประชุม',
  meeting_attendance: 'ผู้เข้าร่วมประชุม',
  meeting_agenda_items: 'ระเบียบวาระ',
  meeting_provisions: 'บทบัญญัติที่เพิ่ม',
  meeting_item_provisions: 'บทบัญญัติที่พิจารณา',
  meeting_positions: 'ความเห็นของหน่วยงาน',
  meeting_follow_ups: 'การติดตามผลการประชุม',
  twg_members: 'สมาชิกคณะทำงาน',
  curriculum: 'หลักสูตร',
  curriculum_modules: 'หน่วยการเรียนรู้',
  tot_events: 'การฝึกอบรมครูฝึก',
  tot_sessions: 'ช่วงการฝึกอบรม',
  tot_participants: 'ผู้เข้าอบรม',
  tot_tests: 'แบบทดสอบ',
  tot_evaluations: 'แบบประเมินผลระดับที่ 1',
  tot_followups: 'การติดตามผลระดับที่ 3',
};

const en: CliStrings = {
  unknownCommand: (name) => `Unknown command "${name}".`,
  noCommand: 'No command given.',
  unknownOption: (option, command) => `Unknown option "${option}"${command ? ` for "bmma ${command}"` : ''}.`,
  passphraseNotOnCommandLine:
    'Passphrases are never accepted on the command line (other users could see them in the list of running programs). Set BMMA_PASSPHRASE (and BMMA_NEW_PASSPHRASE), or run bmma in a terminal to be asked.',
  missingFile: (command) => `"bmma ${command}" needs a FILE: the path of the project file.`,
  // The extra argument is not repeated: it might be a passphrase typed in the wrong place.
  tooManyArguments: (command) => `Too many arguments: "bmma ${command}" takes one FILE.`,
  missingValue: (option) => `Option "${option}" needs a value.`,
  takesNoValue: (option) => `Option "${option}" does not take a value.`,
  repeatedOption: (option) => `Option "${option}" was given more than once.`,
  missingTitle: '"bmma create" needs --title TITLE: the title of the new project.',
  missingQuery: '"bmma search" needs a QUERY after the FILE: the words to search for.',
  // The extra argument is not repeated, as for tooManyArguments.
  tooManySearchArguments:
    'Too many arguments: "bmma search" takes one FILE and one QUERY (quote a query of several words).',
  queryTooLong: (max) => `The search query is longer than ${max} characters. Use fewer words.`,
  badLanguage: (value) => `--lang must be "th" or "en", not "${value}".`,
  badScale: (value, max) => `--scale must be a whole number from 1 to ${max}, not "${value}".`,
  seeHelp: (command) => `Run "bmma ${command ? `${command} ` : ''}--help" for usage.`,
  version: (version, format) => `bmma ${version} (BMMA Workbench, project file format ${format})`,
  invalidTitle: 'The title must be one line of 1 to 300 characters, without control characters.',
  invalidPath: 'The file path is not valid. Give the path of a .bmma file.',
  passphraseTooLong: 'The passphrase is longer than 10,000 characters. Choose a shorter one.',
  passphraseEmpty: 'No passphrase was typed. Nothing was changed; run the command again.',

  noPassphrase:
    'No passphrase was given, and there is no terminal to ask for one. Set the BMMA_PASSPHRASE environment variable and run the command again.',
  noNewPassphrase:
    'No new passphrase was given, and there is no terminal to ask for one. Set the BMMA_NEW_PASSPHRASE environment variable and run the command again.',
  promptPassphrase: (file) => `Passphrase for ${file}: `,
  promptNewProjectPassphrase: 'Passphrase for the new project (at least 12 characters): ',
  promptNewPassphrase: 'New passphrase (at least 12 characters): ',
  promptAgain: 'Type it again: ',
  passphrasesDiffer: 'The two passphrases do not match. Nothing was changed; run the command again.',
  cancelled: 'Cancelled. Nothing was changed.',

  created: (title, file, version) =>
    `Created project "${title}" in ${file} (format version ${version}).\nKeep the passphrase safe: without it the file cannot be opened, and nobody can reset it.`,
  demoCreated: (title, file, version, scale) =>
    `Created the demo project "${title}" in ${file} (format version ${version}${scale > 1 ? `, scale ${scale}` : ''}):`,
  demoFooter:
    'Everything in it is fictional. Keep the passphrase safe: without it the file cannot be opened, and nobody can reset it.',
  demoProgress: (stage, done, total) =>
    `  ${EN_DEMO_STAGES[stage]}: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`,
  demoCount: (kind) => EN_DEMO_COUNTS[kind],
  tableName: (table) => EN_TABLES[table] ?? table,
  backupSaved: "Backup saved. It opens with the project's current passphrase.",
  passphraseChanged: (backup) =>
    `Passphrase changed. A backup that opens with the new passphrase was saved: ${backup}\nOlder backups still open only with the passphrase they were saved with.`,

  label: {
    project: 'Project',
    file: 'File',
    language: 'Language',
    formatVersion: 'Format version',
    fileSize: 'File size',
    auditEvents: 'Audit events',
    records: 'Records',
    backups: 'Backups',
  },
  formatVersions: (file, app) => `${file} (this program: ${app})`,
  languageName: (language) => (language === 'th' ? 'Thai' : 'English'),
  none: 'none',
  bytes: (text, bytes) => `${text} (${bytes.toLocaleString('en-US')} bytes)`,

  checking: (file) => `Checking ${file} (opened read-only)`,
  checkCipher: (pages) =>
    `Encryption: every page authenticated${pages === null ? '' : ` (${pages} ${pages === 1 ? 'page' : 'pages'})`}`,
  checkSqlite: 'Database structure (SQLite integrity_check)',
  checkAudit: (events) =>
    `Audit trail hash chain${events === null ? '' : ` (${events} ${events === 1 ? 'event' : 'events'})`}`,
  ok: 'ok',
  failed: 'FAILED',
  notChecked: 'not checked',
  allPassed: 'All checks passed. The file has not been changed.',
  auditBroken: (reason) =>
    `The audit trail fails its hash-chain check: ${reason}. The file has not been changed. Restore the latest backup, and keep this copy for investigation.`,
  auditReason: (problem) =>
    ({
      'audit-edited': 'an event was edited',
      'audit-deleted': 'an event was deleted',
      'audit-reordered': 'events were reordered',
      'audit-truncated': 'events were removed from the end',
    })[problem] ?? 'the trail cannot be read',

  noResults: 'No results.',
  noSearchIndex:
    'This project file was saved by an older version of BMMA Workbench and has no search index yet. Open it once in BMMA Workbench, or run "bmma backup FILE", to upgrade it; then search again.',
  resultCount: ({ shown, total, totalIsLowerBound, order }) =>
    totalIsLowerBound
      ? `More than ${total} results, the newest ${shown} shown. Add a word to narrow the search.`
      : shown === total
        ? `${total} ${total === 1 ? 'result' : 'results'}`
        : `${total} results, the ${order === 'relevance' ? 'best' : 'newest'} ${shown} shown`,
  kindName: (kind) =>
    (({
      interview: 'Interview',
      indicator: 'Indicator',
      site_visit: 'Site visit',
      document: 'Document',
      finding: 'Finding',
      recommendation: 'Recommendation',
      action: 'Action',
    } satisfies Record<SearchKind, string>)[kind]),
  categoryName: (category) =>
    ({ official: 'Official', migrant: 'Migrant', stakeholder: 'Stakeholder', focus_group: 'Focus group' })[category] ??
    category,
};

const th: CliStrings = {
  unknownCommand: (name) => `ไม่รู้จักคำสั่ง "${name}"`,
  noCommand: 'ไม่ได้ระบุคำสั่ง',
  unknownOption: (option, command) => `ไม่รู้จักตัวเลือก "${option}"${command ? ` ของ "bmma ${command}"` : ''}`,
  passphraseNotOnCommandLine:
    'bmma ไม่รับรหัสผ่านจากบรรทัดคำสั่ง (ผู้ใช้อื่นอาจเห็นรหัสผ่านในรายการโปรแกรมที่กำลังทำงาน) โปรดกำหนด BMMA_PASSPHRASE (และ BMMA_NEW_PASSPHRASE) หรือเรียก bmma ในเทอร์มินัลเพื่อให้ถามรหัสผ่าน',
  missingFile: (command) => `"bmma ${command}" ต้องระบุ FILE คือตำแหน่งของไฟล์โครงการ`,
  tooManyArguments: (command) => `อาร์กิวเมนต์มากเกินไป: "bmma ${command}" รับ FILE เพียงหนึ่งรายการ`,
  missingValue: (option) => `ตัวเลือก "${option}" ต้องมีค่า`,
  takesNoValue: (option) => `ตัวเลือก "${option}" ไม่รับค่า`,
  repeatedOption: (option) => `ระบุตัวเลือก "${option}" มากกว่าหนึ่งครั้ง`,
  missingTitle: '"bmma create" ต้องระบุ --title TITLE คือชื่อของโครงการใหม่',
  missingQuery: '"bmma search" ต้องระบุ QUERY ต่อจาก FILE คือคำที่ต้องการค้นหา',
  tooManySearchArguments:
    'อาร์กิวเมนต์มากเกินไป: "bmma search" รับ FILE หนึ่งรายการและ QUERY หนึ่งรายการ (ใส่เครื่องหมายคำพูดรอบคำค้นที่มีหลายคำ)',
  queryTooLong: (max) => `คำค้นยาวเกิน ${max} ตัวอักษร โปรดใช้คำให้น้อยลง`,
  badLanguage: (value) => `--lang ต้องเป็น "th" หรือ "en" ไม่ใช่ "${value}"`,
  badScale: (value, max) => `--scale ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง ${max} ไม่ใช่ "${value}"`,
  seeHelp: (command) => `ดูวิธีใช้ได้ด้วยคำสั่ง "bmma ${command ? `${command} ` : ''}--help"`,
  version: (version, format) => `bmma ${version} (BMMA Workbench รูปแบบไฟล์โครงการรุ่น ${format})`,
  invalidTitle: 'ชื่อโครงการต้องเป็นข้อความบรรทัดเดียว ยาว 1 ถึง 300 ตัวอักษร และไม่มีอักขระควบคุม',
  invalidPath: 'ตำแหน่งไฟล์ไม่ถูกต้อง โปรดระบุตำแหน่งของไฟล์ .bmma',
  passphraseTooLong: 'รหัสผ่านยาวเกิน 10,000 ตัวอักษร โปรดเลือกรหัสผ่านที่สั้นกว่านี้',
  passphraseEmpty: 'ไม่ได้พิมพ์รหัสผ่าน ไม่มีการเปลี่ยนแปลงใด ๆ โปรดเรียกคำสั่งอีกครั้ง',

  noPassphrase: 'ไม่ได้ระบุรหัสผ่าน และไม่มีเทอร์มินัลสำหรับถามรหัสผ่าน โปรดกำหนดตัวแปรสภาพแวดล้อม BMMA_PASSPHRASE แล้วเรียกคำสั่งอีกครั้ง',
  noNewPassphrase:
    'ไม่ได้ระบุรหัสผ่านใหม่ และไม่มีเทอร์มินัลสำหรับถามรหัสผ่าน โปรดกำหนดตัวแปรสภาพแวดล้อม BMMA_NEW_PASSPHRASE แล้วเรียกคำสั่งอีกครั้ง',
  promptPassphrase: (file) => `รหัสผ่านของ ${file}: `,
  promptNewProjectPassphrase: 'รหัสผ่านของโครงการใหม่ (อย่างน้อย 12 ตัวอักษร): ',
  promptNewPassphrase: 'รหัสผ่านใหม่ (อย่างน้อย 12 ตัวอักษร): ',
  promptAgain: 'พิมพ์อีกครั้ง: ',
  passphrasesDiffer: 'รหัสผ่านที่พิมพ์สองครั้งไม่ตรงกัน ไม่มีการเปลี่ยนแปลงใด ๆ โปรดเรียกคำสั่งอีกครั้ง',
  cancelled: 'ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงใด ๆ',

  created: (title, file, version) =>
    `สร้างโครงการ "${title}" ที่ ${file} แล้ว (รูปแบบไฟล์รุ่น ${version})\nโปรดเก็บรหัสผ่านไว้ให้ปลอดภัย หากไม่มีรหัสผ่านจะเปิดไฟล์ไม่ได้ และไม่มีใครรีเซ็ตรหัสผ่านได้`,
  demoCreated: (title, file, version, scale) =>
    `สร้างโครงการสาธิต "${title}" ที่ ${file} แล้ว (รูปแบบไฟล์รุ่น ${version}${scale > 1 ? ` ขนาด ${scale} เท่า` : ''}):`,
  demoFooter: 'ข้อมูลทั้งหมดในโครงการนี้เป็นข้อมูลสมมติ โปรดเก็บรหัสผ่านไว้ให้ปลอดภัย หากไม่มีรหัสผ่านจะเปิดไฟล์ไม่ได้ และไม่มีใครรีเซ็ตรหัสผ่านได้',
  demoProgress: (stage, done, total) =>
    `  ${TH_DEMO_STAGES[stage]}: ${done.toLocaleString('en-US')} จาก ${total.toLocaleString('en-US')}`,
  demoCount: (kind) => TH_DEMO_COUNTS[kind],
  tableName: (table) => TH_TABLES[table] ?? table,
  backupSaved: 'บันทึกไฟล์สำรองแล้ว ไฟล์สำรองเปิดด้วยรหัสผ่านปัจจุบันของโครงการ',
  passphraseChanged: (backup) =>
    `เปลี่ยนรหัสผ่านแล้ว บันทึกไฟล์สำรองที่เปิดด้วยรหัสผ่านใหม่ไว้ที่: ${backup}\nไฟล์สำรองก่อนหน้านี้ยังคงเปิดได้ด้วยรหัสผ่านที่ใช้ตอนบันทึกเท่านั้น`,

  label: {
    project: 'โครงการ',
    file: 'ไฟล์',
    language: 'ภาษา',
    formatVersion: 'รุ่นรูปแบบไฟล์',
    fileSize: 'ขนาดไฟล์',
    auditEvents: 'เหตุการณ์ในบันทึกการตรวจสอบ',
    records: 'จำนวนระเบียน',
    backups: 'ไฟล์สำรอง',
  },
  formatVersions: (file, app) => `${file} (โปรแกรมนี้: ${app})`,
  languageName: (language) => (language === 'th' ? 'ไทย' : 'อังกฤษ'),
  none: 'ไม่มี',
  bytes: (text, bytes) => `${text} (${bytes.toLocaleString('en-US')} ไบต์)`,

  checking: (file) => `กำลังตรวจสอบ ${file} (เปิดแบบอ่านอย่างเดียว)`,
  checkCipher: (pages) => `การเข้ารหัส: ยืนยันความถูกต้องทุกหน้า${pages === null ? '' : ` (${pages} หน้า)`}`,
  checkSqlite: 'โครงสร้างฐานข้อมูล (SQLite integrity_check)',
  checkAudit: (events) => `ห่วงโซ่แฮชของบันทึกการตรวจสอบ${events === null ? '' : ` (${events} เหตุการณ์)`}`,
  ok: 'ok (ผ่าน)',
  failed: 'FAILED (ไม่ผ่าน)',
  notChecked: 'ไม่ได้ตรวจ',
  allPassed: 'ผ่านการตรวจสอบทุกรายการ ไฟล์ไม่ได้ถูกเปลี่ยนแปลง',
  auditBroken: (reason) =>
    `บันทึกการตรวจสอบไม่ผ่านการตรวจห่วงโซ่แฮช: ${reason} ไฟล์ไม่ได้ถูกเปลี่ยนแปลง โปรดกู้คืนจากไฟล์สำรองล่าสุด และเก็บสำเนานี้ไว้เพื่อการตรวจสอบ`,
  auditReason: (problem) =>
    ({
      'audit-edited': 'มีเหตุการณ์ถูกแก้ไข',
      'audit-deleted': 'มีเหตุการณ์ถูกลบ',
      'audit-reordered': 'ลำดับเหตุการณ์ถูกสลับ',
      'audit-truncated': 'เหตุการณ์ท้ายบันทึกถูกลบออก',
    })[problem] ?? 'อ่านบันทึกการตรวจสอบไม่ได้',

  noResults: 'ไม่พบผลลัพธ์',
  noSearchIndex:
    'ไฟล์โครงการนี้บันทึกด้วย BMMA Workbench รุ่นเก่าและยังไม่มีดัชนีสำหรับค้นหา โปรดเปิดไฟล์ใน BMMA Workbench หนึ่งครั้ง หรือเรียก "bmma backup FILE" เพื่อปรับรุ่นไฟล์ แล้วค้นหาอีกครั้ง',
  resultCount: ({ shown, total, totalIsLowerBound, order }) =>
    totalIsLowerBound
      ? `พบมากกว่า ${total} รายการ แสดง ${shown} รายการล่าสุด เพิ่มคำค้นเพื่อให้ผลลัพธ์แคบลง`
      : shown === total
        ? `พบ ${total} รายการ`
        : `พบ ${total} รายการ แสดง ${shown} รายการ${order === 'relevance' ? 'ที่ตรงที่สุด' : 'ล่าสุด'}`,
  kindName: (kind) =>
    (({
      interview: 'การสัมภาษณ์',
      indicator: 'ตัวชี้วัด',
      site_visit: 'การลงพื้นที่',
      document: 'เอกสาร',
      finding: 'ข้อค้นพบ',
      recommendation: 'ข้อเสนอแนะ',
      action: 'กิจกรรมในแผนปฏิบัติการ',
    } satisfies Record<SearchKind, string>)[kind]),
  categoryName: (category) =>
    ({ official: 'เจ้าหน้าที่', migrant: 'ผู้ย้ายถิ่น', stakeholder: 'ผู้มีส่วนได้ส่วนเสีย', focus_group: 'สนทนากลุ่ม' })[category] ??
    category,
};

const CATALOG: Record<Language, CliStrings> = { en, th };

export function cliStrings(language: Language): CliStrings {
  return CATALOG[language];
}
