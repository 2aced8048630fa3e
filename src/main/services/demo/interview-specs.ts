import type { Consent, InterviewCategory, Reliability, Sensitivity } from '../../../shared/evidence';
import type { Topic } from './interview-text';

/**
 * The demo's base interviews (scale 1): who was interviewed (by category and agency only),
 * where (a checkpoint or a generalised location), when, in which language, with what consent,
 * and what was talked about. Findings and ratings cite them by `key`. Fictional throughout.
 */

export type NotesLanguage = 'th' | 'en' | 'both';
export type SpokenLanguage = 'th' | 'en' | 'my' | 'km' | 'lo';

export interface InterviewSpec {
  key: string;
  category: InterviewCategory;
  agencyCode: string | null;
  location: string;
  /** Officials, stakeholders, focus groups: the day; migrants: YYYY-MM only. */
  when: string;
  language: SpokenLanguage;
  notesIn: NotesLanguage;
  /** The role of the person or group, never a name. */
  role: { en: string; th: string };
  topics: readonly Topic[];
  consent: Omit<Consent, 'infoSheetVersion'>;
  sensitivity: Sensitivity;
  reliability: Reliability;
}

const ORAL_PARAPHRASE = { mode: 'oral', permittedUse: 'paraphrase', recordingAllowed: false, withdrawnAt: null } as const;
const WRITTEN_QUOTE = { mode: 'written', permittedUse: 'quote', recordingAllowed: true, withdrawnAt: null } as const;
const ORAL_QUOTE = { mode: 'oral', permittedUse: 'quote', recordingAllowed: false, withdrawnAt: null } as const;

type Defaults = Pick<InterviewSpec, 'consent' | 'sensitivity' | 'reliability'>;
const OFFICIAL: Defaults = { consent: ORAL_PARAPHRASE, sensitivity: 'internal', reliability: { source: 'B', information: 2 } };
const MIGRANT: Defaults = { consent: ORAL_PARAPHRASE, sensitivity: 'restricted', reliability: { source: 'C', information: 3 } };
const STAKEHOLDER: Defaults = { consent: ORAL_QUOTE, sensitivity: 'internal', reliability: { source: 'B', information: 3 } };

function role(en: string, th: string): { en: string; th: string } {
  return { en, th };
}

const HQ = 'Immigration Bureau headquarters, Bangkok';

export const INTERVIEW_SPECS: readonly InterviewSpec[] = [
  // ---------------------------------------------------------------- Immigration Bureau
  { key: 'ib-hq-1', category: 'official', agencyCode: 'RTP-IB', location: HQ, when: '2019-07-23', language: 'th', notesIn: 'both',
    role: role('Senior official, planning and budget', 'ผู้บริหารระดับสูง ฝ่ายแผนและงบประมาณ'),
    topics: ['training', 'statistics', 'integrity', 'checkpoint'], ...OFFICIAL },
  { key: 'ib-hq-2', category: 'official', agencyCode: 'RTP-IB', location: HQ, when: '2019-07-24', language: 'th', notesIn: 'th',
    role: role('Official, information technology centre', 'เจ้าหน้าที่ ศูนย์เทคโนโลยีสารสนเทศ'),
    topics: ['biometrics', 'watchlist', 'statistics'], ...OFFICIAL, sensitivity: 'restricted' },
  { key: 'ib-hq-3', category: 'official', agencyCode: 'RTP-IB', location: HQ, when: '2019-07-25', language: 'en', notesIn: 'en',
    role: role('Official, investigation sub-division', 'เจ้าหน้าที่ กองกำกับการสืบสวน'),
    topics: ['smuggling', 'investigation', 'cooperation'], ...OFFICIAL, consent: WRITTEN_QUOTE },
  { key: 'ib-msot', category: 'official', agencyCode: 'RTP-IB', location: 'Mae Sot, Tak (northern land border)', when: '2019-08-06',
    language: 'th', notesIn: 'th', role: role('Checkpoint supervisor, primary line', 'สารวัตรควบคุมช่องตรวจชั้นต้น'),
    topics: ['checkpoint', 'biometrics', 'referral', 'smuggling'], ...OFFICIAL },
  { key: 'ib-sadao', category: 'official', agencyCode: 'RTP-IB', location: 'Sadao, Songkhla (southern land border)', when: '2019-09-10',
    language: 'th', notesIn: 'both', role: role('Deputy checkpoint chief', 'รองผู้กำกับการด่านตรวจคนเข้าเมือง'),
    topics: ['checkpoint', 'watchlist', 'cooperation', 'covid'], ...OFFICIAL },
  { key: 'ib-svb', category: 'official', agencyCode: 'RTP-IB', location: 'Suvarnabhumi Airport, Samut Prakan', when: '2019-11-19',
    language: 'en', notesIn: 'en', role: role('Shift supervisor, arrivals hall', 'หัวหน้าผลัด โถงผู้โดยสารขาเข้า'),
    topics: ['biometrics', 'watchlist', 'checkpoint', 'training'], ...OFFICIAL, consent: WRITTEN_QUOTE },
  { key: 'ib-csaen', category: 'official', agencyCode: 'RTP-IB', location: 'Chiang Saen, Chiang Rai (Mekong river port)', when: '2020-01-14',
    language: 'th', notesIn: 'th', role: role('Officer in charge, river pier', 'หัวหน้าจุดตรวจท่าเรือ'),
    topics: ['maritime', 'checkpoint', 'smuggling', 'statistics'], ...OFFICIAL },
  { key: 'ib-ranong', category: 'official', agencyCode: 'RTP-IB', location: 'Ranong (Andaman coast)', when: '2020-02-04',
    language: 'th', notesIn: 'both', role: role('Officer, sea checkpoint', 'เจ้าหน้าที่ด่านตรวจคนเข้าเมืองทางน้ำ'),
    topics: ['maritime', 'labour', 'detention'], ...OFFICIAL },
  // ---------------------------------------------------------------- prosecutors, social development, anti-trafficking police
  { key: 'oag-1', category: 'official', agencyCode: 'OAG', location: 'Bangkok', when: '2019-07-30', language: 'th', notesIn: 'th',
    role: role('Public prosecutor, human trafficking cases', 'พนักงานอัยการ สำนักงานคดีค้ามนุษย์'),
    topics: ['smuggling', 'investigation', 'cooperation'], ...OFFICIAL },
  { key: 'oag-2', category: 'official', agencyCode: 'OAG', location: 'Tak (northern land border)', when: '2019-08-08', language: 'th',
    notesIn: 'both', role: role('Provincial public prosecutor', 'พนักงานอัยการจังหวัด'),
    topics: ['investigation', 'smuggling', 'referral'], ...OFFICIAL },
  { key: 'oag-3', category: 'official', agencyCode: 'OAG', location: 'Songkhla (southern land border)', when: '2019-09-12', language: 'en',
    notesIn: 'en', role: role('Public prosecutor, international affairs', 'พนักงานอัยการ สำนักงานต่างประเทศ'),
    topics: ['cooperation', 'investigation'], ...OFFICIAL, consent: WRITTEN_QUOTE },
  { key: 'msdhs-1', category: 'official', agencyCode: 'MSDHS', location: 'Bangkok', when: '2019-07-31', language: 'th', notesIn: 'th',
    role: role('Official, anti-trafficking division', 'เจ้าหน้าที่ กองต่อต้านการค้ามนุษย์'),
    topics: ['referral', 'cooperation', 'statistics'], ...OFFICIAL },
  { key: 'msdhs-2', category: 'official', agencyCode: 'MSDHS', location: 'Tak (northern land border)', when: '2019-08-07', language: 'th',
    notesIn: 'th', role: role('Social worker, provincial shelter', 'นักสังคมสงเคราะห์ บ้านพักเด็กและครอบครัวจังหวัด'),
    topics: ['referral', 'detention', 'treatment'], ...OFFICIAL },
  { key: 'msdhs-3', category: 'official', agencyCode: 'MSDHS', location: 'Sa Kaeo (eastern land border)', when: '2019-10-15', language: 'th',
    notesIn: 'both', role: role('Provincial social development officer', 'เจ้าหน้าที่สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด'),
    topics: ['referral', 'cooperation'], ...OFFICIAL },
  { key: 'atpd-1', category: 'official', agencyCode: 'RTP-ATPD', location: 'Bangkok', when: '2019-08-01', language: 'th', notesIn: 'th',
    role: role('Investigator, anti-trafficking division', 'พนักงานสอบสวน กองบังคับการปราบปรามการกระทำความผิดเกี่ยวกับการค้ามนุษย์'),
    topics: ['investigation', 'referral', 'smuggling'], ...OFFICIAL },
  { key: 'atpd-2', category: 'official', agencyCode: 'RTP-ATPD', location: 'Songkhla (southern land border)', when: '2019-09-11', language: 'th',
    notesIn: 'both', role: role('Investigator, regional anti-trafficking unit', 'พนักงานสอบสวน หน่วยปราบปรามการค้ามนุษย์ภาค'),
    topics: ['investigation', 'cooperation'], ...OFFICIAL },
  { key: 'atpd-3', category: 'official', agencyCode: 'RTP-ATPD', location: 'Chiang Rai (northern land border)', when: '2020-01-15', language: 'en',
    notesIn: 'en', role: role('Investigator, anti-trafficking task force', 'พนักงานสอบสวน ชุดปฏิบัติการพิเศษ'),
    topics: ['investigation', 'referral', 'training'], ...OFFICIAL },
  // ---------------------------------------------------------------- other agencies, one interviewee each
  { key: 'ctic-1', category: 'official', agencyCode: 'RTP-CTIC', location: 'Bangkok', when: '2019-08-02', language: 'th', notesIn: 'th',
    role: role('Analyst, transnational crime centre', 'นักวิเคราะห์ ศูนย์ปราบปรามอาชญากรรมข้ามชาติ'),
    topics: ['watchlist', 'cooperation', 'investigation'], ...OFFICIAL, sensitivity: 'confidential' },
  { key: 'customs-msot', category: 'official', agencyCode: 'MOF-CUSTOMS', location: 'Mae Sot, Tak (northern land border)',
    when: '2019-08-06', language: 'th', notesIn: 'th', role: role('Customs officer, border customs house', 'เจ้าหน้าที่ด่านศุลกากร'),
    topics: ['cooperation', 'checkpoint'], ...OFFICIAL },
  { key: 'nsc-1', category: 'official', agencyCode: 'NSC', location: 'Bangkok', when: '2019-07-29', language: 'en', notesIn: 'en',
    role: role('Policy officer, border security', 'เจ้าหน้าที่วิเคราะห์นโยบาย ด้านความมั่นคงชายแดน'),
    topics: ['cooperation', 'covid'], ...OFFICIAL },
  { key: 'dopa-1', category: 'official', agencyCode: 'MOI-DOPA', location: 'Sa Kaeo (eastern land border)', when: '2019-10-16',
    language: 'th', notesIn: 'th', role: role('District official, border passes', 'เจ้าหน้าที่อำเภอ งานบัตรผ่านแดน'),
    topics: ['checkpoint', 'integrity'], ...OFFICIAL },
  { key: 'amlo-1', category: 'official', agencyCode: 'AMLO', location: 'Bangkok', when: '2019-08-05', language: 'en', notesIn: 'en',
    role: role('Financial analyst', 'นักวิเคราะห์ธุรกรรมทางการเงิน'), topics: ['investigation'], ...OFFICIAL },
  { key: 'fad-1', category: 'official', agencyCode: 'RTP-FAD', location: 'Bangkok', when: '2019-08-05', language: 'en', notesIn: 'en',
    role: role('Liaison officer, INTERPOL NCB Bangkok', 'เจ้าหน้าที่ประสานงาน สำนักงานอินเตอร์โพลกรุงเทพ'),
    topics: ['watchlist', 'cooperation'], ...OFFICIAL, sensitivity: 'restricted' },
  { key: 'marine-1', category: 'official', agencyCode: 'RTP-MARINE', location: 'Ranong (Andaman coast)', when: '2020-02-05',
    language: 'th', notesIn: 'th', role: role('Marine police patrol commander', 'ผู้บังคับเรือตรวจการณ์ ตำรวจน้ำ'),
    topics: ['maritime', 'smuggling'], ...OFFICIAL },
  { key: 'rpca-1', category: 'official', agencyCode: 'RTP-RPCA', location: 'Nakhon Pathom', when: '2019-11-21', language: 'th',
    notesIn: 'both', role: role('Instructor, immigration studies', 'อาจารย์ผู้สอนวิชาการตรวจคนเข้าเมือง'),
    topics: ['training'], ...OFFICIAL },
  { key: 'doe-1', category: 'official', agencyCode: 'MOL-DOE', location: 'Tak (northern land border)', when: '2019-08-09', language: 'th',
    notesIn: 'th', role: role('Official, one-stop service centre for migrant workers', 'เจ้าหน้าที่ศูนย์บริการเบ็ดเสร็จแรงงานต่างด้าว'),
    topics: ['labour'], ...OFFICIAL, consent: { ...ORAL_PARAPHRASE, withdrawnAt: '2020-02-17' } },
  // ---------------------------------------------------------------- migrants (month and generalised location only)
  { key: 'mig-tak-1', category: 'migrant', agencyCode: null, location: 'northern land border (Tak)', when: '2019-08', language: 'my',
    notesIn: 'th', role: role('Migrant worker, agriculture', 'แรงงานข้ามชาติ ภาคเกษตร'),
    topics: ['journey', 'brokers', 'treatment'], ...MIGRANT },
  { key: 'mig-tak-2', category: 'migrant', agencyCode: null, location: 'northern land border (Tak)', when: '2019-08', language: 'my',
    notesIn: 'en', role: role('Migrant worker, garment factory', 'แรงงานข้ามชาติ โรงงานตัดเย็บ'),
    topics: ['journey', 'labour', 'brokers'], ...MIGRANT },
  { key: 'mig-skw-1', category: 'migrant', agencyCode: null, location: 'eastern land border (Sa Kaeo)', when: '2019-10', language: 'km',
    notesIn: 'th', role: role('Returned migrant, construction', 'ผู้ย้ายถิ่นที่ถูกส่งกลับ งานก่อสร้าง'),
    topics: ['journey', 'treatment', 'brokers'], ...MIGRANT },
  { key: 'mig-skw-2', category: 'migrant', agencyCode: null, location: 'eastern land border (Sa Kaeo)', when: '2019-10', language: 'km',
    notesIn: 'en', role: role('Cross-border trader', 'ผู้ค้าขายข้ามแดน'), topics: ['journey', 'integrity'], ...MIGRANT },
  { key: 'mig-nkh-1', category: 'migrant', agencyCode: null, location: 'north-eastern border (Nong Khai)', when: '2019-12', language: 'lo',
    notesIn: 'th', role: role('Migrant worker, restaurant', 'แรงงานข้ามชาติ ร้านอาหาร'), topics: ['journey', 'labour'], ...MIGRANT },
  { key: 'mig-rng-1', category: 'migrant', agencyCode: null, location: 'Andaman coast (Ranong)', when: '2020-02', language: 'my',
    notesIn: 'both', role: role('Fishing crew member', 'ลูกเรือประมง'), topics: ['brokers', 'treatment', 'journey'], ...MIGRANT },
  { key: 'mig-sgk-1', category: 'migrant', agencyCode: null, location: 'southern border (Songkhla)', when: '2019-09', language: 'my',
    notesIn: 'en', role: role('Migrant in immigration detention', 'ผู้ย้ายถิ่นในห้องกัก'), topics: ['treatment', 'journey'], ...MIGRANT,
    consent: { mode: 'oral', permittedUse: 'none', recordingAllowed: false, withdrawnAt: null } },
  { key: 'mig-bkk-1', category: 'migrant', agencyCode: null, location: 'Bangkok metropolitan area', when: '2020-07', language: 'my',
    notesIn: 'th', role: role('Domestic worker', 'แรงงานทำงานบ้าน'), topics: ['brokers', 'labour', 'covid'], ...MIGRANT },
  // ---------------------------------------------------------------- stakeholders
  { key: 'stk-iom', category: 'stakeholder', agencyCode: 'IOM', location: 'Bangkok', when: '2019-07-22', language: 'en', notesIn: 'en',
    role: role('Programme officer, immigration and border management', 'เจ้าหน้าที่โครงการ ด้านการบริหารจัดการชายแดน'),
    topics: ['training', 'cooperation', 'biometrics'], ...STAKEHOLDER },
  { key: 'stk-ngo-shelter', category: 'stakeholder', agencyCode: null, location: 'Tak (northern land border)', when: '2019-08-08',
    language: 'th', notesIn: 'th', role: role('Coordinator, NGO shelter for women and children', 'ผู้ประสานงาน องค์กรพัฒนาเอกชนด้านที่พักพิงสตรีและเด็ก'),
    topics: ['referral', 'treatment', 'integrity'], ...STAKEHOLDER },
  { key: 'stk-ngo-legal', category: 'stakeholder', agencyCode: null, location: 'Bangkok', when: '2019-11-20', language: 'th',
    notesIn: 'both', role: role('Lawyer, legal aid organisation', 'ทนายความ องค์กรช่วยเหลือทางกฎหมาย'),
    topics: ['smuggling', 'detention', 'treatment'], ...STAKEHOLDER },
  { key: 'stk-employers', category: 'stakeholder', agencyCode: null, location: 'eastern seaboard (Chon Buri)', when: '2020-07-14',
    language: 'th', notesIn: 'th', role: role('Representative, employers’ association', 'ผู้แทนสมาคมนายจ้าง'),
    topics: ['labour', 'covid'], ...STAKEHOLDER },
  { key: 'stk-academic', category: 'stakeholder', agencyCode: null, location: 'Bangkok', when: '2020-08-04', language: 'en', notesIn: 'en',
    role: role('University researcher, migration law', 'นักวิจัยมหาวิทยาลัย ด้านกฎหมายการย้ายถิ่น'),
    topics: ['smuggling', 'statistics'], ...STAKEHOLDER },
  { key: 'stk-fishery', category: 'stakeholder', agencyCode: null, location: 'Andaman coast (Ranong)', when: '2020-02-06', language: 'th',
    notesIn: 'th', role: role('Representative, fishing association', 'ผู้แทนสมาคมประมง'), topics: ['maritime', 'labour'], ...STAKEHOLDER },
  // ---------------------------------------------------------------- focus groups
  { key: 'fgd-msot-officers', category: 'focus_group', agencyCode: 'RTP-IB', location: 'Mae Sot, Tak (northern land border)',
    when: '2019-08-07', language: 'th', notesIn: 'th', role: role('Six checkpoint officers, primary and secondary line', 'เจ้าหน้าที่ด่านหกนาย ช่องตรวจชั้นต้นและชั้นที่สอง'),
    topics: ['checkpoint', 'training', 'covid', 'referral'], ...OFFICIAL },
  { key: 'fgd-tak-workers', category: 'focus_group', agencyCode: null, location: 'northern land border (Tak)', when: '2019-08-10',
    language: 'my', notesIn: 'both', role: role('Eight migrant workers (four women)', 'แรงงานข้ามชาติแปดคน (หญิงสี่คน)'),
    topics: ['journey', 'brokers', 'treatment'], ...MIGRANT },
  { key: 'fgd-sgk-social', category: 'focus_group', agencyCode: null, location: 'Songkhla (southern land border)', when: '2019-09-13',
    language: 'th', notesIn: 'th', role: role('Social workers and shelter staff', 'นักสังคมสงเคราะห์และเจ้าหน้าที่บ้านพัก'),
    topics: ['referral', 'detention'], ...STAKEHOLDER },
  { key: 'fgd-sadao-blo', category: 'focus_group', agencyCode: null, location: 'Sadao, Songkhla (southern land border)', when: '2019-09-12',
    language: 'th', notesIn: 'both', role: role('Border liaison office: immigration, customs, provincial police, military', 'สำนักงานประสานงานชายแดน: ตรวจคนเข้าเมือง ศุลกากร ตำรวจภูธร ทหาร'),
    topics: ['cooperation', 'watchlist', 'smuggling'], ...OFFICIAL },
];

/** Information sheets the team used, by period. */
export function infoSheetVersion(when: string): string {
  return when < '2020-01' ? 'IS-2019-v1.2' : 'IS-2020-v2.0';
}

export const INTERVIEW_TEAM = ['T1-AS', 'T1-PK', 'T2-NW', 'T2-SC', 'T3-RJ'] as const;
