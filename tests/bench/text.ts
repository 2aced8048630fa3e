/**
 * Deterministic, realistic-looking interview notes for the benchmark: Thai and English
 * sentences about border crossings and immigration checkpoints, built from templates with
 * a seeded PRNG so every run writes exactly the same bytes (and the same page counts).
 */

/** mulberry32: tiny, fast and good enough to pick words; not for anything secret. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const THAI_PLACES = [
  'ด่านพรมแดนแม่สอด',
  'ด่านสะเดา',
  'ด่านหนองคาย',
  'ด่านอรัญประเทศ',
  'ด่านเชียงของ',
  'ด่านแม่สาย',
  'ท่าอากาศยานสุวรรณภูมิ',
  'ด่านปาดังเบซาร์',
  'ด่านมุกดาหาร',
  'ด่านคลองใหญ่',
];
const THAI_ACTORS = [
  'เจ้าหน้าที่ตรวจคนเข้าเมือง',
  'หัวหน้าด่าน',
  'ผู้กำกับการ',
  'เจ้าหน้าที่ศุลกากร',
  'แรงงานข้ามชาติ',
  'ผู้ประสานงานองค์กรพัฒนาเอกชน',
  'ล่าม',
  'เจ้าหน้าที่สาธารณสุขด่าน',
];
const THAI_TOPICS = [
  'การตรวจหนังสือเดินทาง',
  'ระบบบันทึกข้อมูลคนเข้าออก',
  'การคัดกรองผู้เสียหายจากการค้ามนุษย์',
  'บัตรผ่านแดนชั่วคราว',
  'การส่งกลับผู้หลบหนีเข้าเมือง',
  'การแลกเปลี่ยนข้อมูลกับประเทศเพื่อนบ้าน',
  'การฝึกอบรมเจ้าหน้าที่ใหม่',
  'อุปกรณ์ตรวจเอกสารปลอม',
  'การจัดการผู้เดินทางในช่วงเทศกาล',
  'ช่องทางธรรมชาติที่ไม่มีเจ้าหน้าที่ประจำ',
];
const THAI_FINDINGS = [
  'ยังขาดแคลนบุคลากรในช่วงเวลาเร่งด่วน',
  'มีการใช้ระบบคอมพิวเตอร์ที่ไม่เชื่อมต่อกับส่วนกลาง',
  'ต้องรอผลการตรวจสอบเป็นเวลาหลายชั่วโมง',
  'ได้รับความร่วมมือที่ดีจากหน่วยงานท้องถิ่น',
  'คู่มือปฏิบัติงานยังไม่ได้ปรับปรุงตั้งแต่ปี ๒๕๕๘',
  'ผู้เดินทางส่วนใหญ่ไม่เข้าใจขั้นตอนการยื่นเอกสาร',
  'การบันทึกข้อมูลไบโอเมตริกซ์ยังทำได้ไม่ครบทุกช่อง',
  'มีการประสานงานผ่านแอปพลิเคชันส่งข้อความเป็นหลัก',
];
const THAI_TEMPLATES: readonly ((r: Random) => string)[] = [
  (r) => `${pick(r, THAI_ACTORS)}ที่${pick(r, THAI_PLACES)}กล่าวว่า${pick(r, THAI_TOPICS)}${pick(r, THAI_FINDINGS)}`,
  (r) => `จากการสังเกตที่${pick(r, THAI_PLACES)} พบว่า${pick(r, THAI_TOPICS)}${pick(r, THAI_FINDINGS)}`,
  (r) => `ผู้ให้ข้อมูลเสนอให้ปรับปรุง${pick(r, THAI_TOPICS)} เนื่องจาก${pick(r, THAI_FINDINGS)}`,
  (r) =>
    `ในเดือนที่ผ่านมา${pick(r, THAI_PLACES)}มีผู้เดินทางผ่านประมาณ ${Math.floor(r() * 90 + 10)},${Math.floor(r() * 900 + 100)} คน และ${pick(r, THAI_FINDINGS)}`,
];

const EN_PLACES = [
  'Mae Sot checkpoint',
  'Sadao border post',
  'Nong Khai Friendship Bridge',
  'Aranyaprathet crossing',
  'Chiang Khong checkpoint',
  'Suvarnabhumi airport arrivals hall',
  'Padang Besar rail crossing',
  'Mukdahan bridge',
];
const EN_ACTORS = [
  'The shift supervisor',
  'An immigration officer',
  'The deputy superintendent',
  'A migrant worker from Myanmar',
  'The NGO focal point',
  'A customs officer',
  'The interpreter',
];
const EN_TOPICS = [
  'passport examination',
  'the entry/exit database',
  'victim identification screening',
  'border passes for daily commuters',
  'returns of irregular migrants',
  'information sharing with neighbouring countries',
  'training of newly posted officers',
  'document fraud detection equipment',
];
const EN_FINDINGS = [
  'is short of staff during the morning peak',
  'relies on a stand-alone workstation that is synchronised by USB once a week',
  'takes several hours when a record has to be checked with headquarters',
  'works well thanks to close cooperation with the provincial office',
  'follows a standard operating procedure last revised in 2015',
  'is hard for travellers to follow because the signs are only in Thai',
  'captures fingerprints at only two of the six counters',
];
const EN_TEMPLATES: readonly ((r: Random) => string)[] = [
  (r) => `${pick(r, EN_ACTORS)} at the ${pick(r, EN_PLACES)} said that ${pick(r, EN_TOPICS)} ${pick(r, EN_FINDINGS)}.`,
  (r) => `Observed at the ${pick(r, EN_PLACES)}: ${pick(r, EN_TOPICS)} ${pick(r, EN_FINDINGS)}.`,
  (r) =>
    `The respondent recommended a review of ${pick(r, EN_TOPICS)}, noting that the current set-up ${pick(r, EN_FINDINGS)}.`,
  (r) =>
    `About ${Math.floor(r() * 9000 + 1000)} travellers crossed at the ${pick(r, EN_PLACES)} last month; ${pick(r, EN_TOPICS)} ${pick(r, EN_FINDINGS)}.`,
];

/** Notes of about `targetBytes` UTF-8 bytes: mostly Thai paragraphs with English ones mixed in. */
export function interviewNotes(random: Random, targetBytes = 4096): string {
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const english = random() < 0.35;
    const sentences: string[] = [];
    const count = 2 + Math.floor(random() * 4);
    for (let i = 0; i < count; i += 1) sentences.push(pick(random, english ? EN_TEMPLATES : THAI_TEMPLATES)(random));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph, 'utf8') + 2;
  }
  // Trim to the target so that every note costs the same number of overflow pages.
  const text = paragraphs.join('\n\n');
  return Buffer.from(text, 'utf8')
    .subarray(0, targetBytes)
    .toString('utf8')
    .replace(/\uFFFD+$/u, '');
}
