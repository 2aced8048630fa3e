import type { DOCUMENT_TYPES } from '../../../shared/evidence-items';
import type { Sensitivity } from '../../../shared/evidence';

/**
 * The demo's document review: laws and regulations from the reference data, SOPs, MoUs,
 * statistics, reports, a training catalogue and the pre-mission questionnaire. Laws are
 * cited as they are published; the internal documents and their contents are fictional.
 */

type Bilingual = { en: string; th: string };

export interface DocumentSpec {
  key: string;
  title: Bilingual;
  docType: (typeof DOCUMENT_TYPES)[number];
  issuerAgencyCode: string | null;
  legalInstrumentCode: string | null;
  documentDate: string | null;
  reference: string;
  notes: Bilingual;
  language: 'th' | 'en';
  sensitivity: Sensitivity;
  reliability: { source: 'A' | 'B' | 'C'; information: 1 | 2 | 3 };
}

const LAW = { sensitivity: 'public', reliability: { source: 'A', information: 1 } } as const;
const INTERNAL = { sensitivity: 'internal', reliability: { source: 'B', information: 2 } } as const;

export const DOCUMENT_SPECS: readonly DocumentSpec[] = [
  { key: 'doc-imm-act', docType: 'law', issuerAgencyCode: null, legalInstrumentCode: 'IMM-ACT-2522', documentDate: '1979-02-24',
    title: { en: 'Immigration Act B.E. 2522 (1979), consolidated text', th: 'พระราชบัญญัติคนเข้าเมือง พ.ศ. 2522 ฉบับรวมแก้ไขเพิ่มเติม' },
    reference: 'Government Gazette Vol. 96, Part 28, special issue, 1 March 1979', language: 'th', ...LAW,
    notes: { en: 'Sections 63 and 64 are the basis of almost all smuggling charges. No material-benefit element; no aggravated forms.',
      th: 'มาตรา63และมาตรา64เป็นฐานความผิดของคดีลักลอบขนคนเกือบทั้งหมดโดยไม่มีองค์ประกอบเรื่องประโยชน์ทางการเงินและไม่มีเหตุฉกรรจ์' } },
  { key: 'doc-atp-act', docType: 'law', issuerAgencyCode: null, legalInstrumentCode: 'ATP-ACT-2551', documentDate: '2008-01-30',
    title: { en: 'Anti-Trafficking in Persons Act B.E. 2551 (2008)', th: 'พระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551' },
    reference: 'Government Gazette, 2008', language: 'th', ...LAW,
    notes: { en: 'Section 6 trafficking offence; sections 15 ff. ATP Committee. Read with the 2015, 2017 and 2019 amendments.',
      th: 'มาตรา 6 ความผิดฐานค้ามนุษย์ มาตรา 15 เป็นต้นไป คณะกรรมการป้องกันและปราบปรามการค้ามนุษย์' } },
  { key: 'doc-atp-ed-2562', docType: 'law', issuerAgencyCode: null, legalInstrumentCode: 'ATP-ED-2562', documentDate: '2019-04-06',
    title: { en: 'Emergency Decree amending the Anti-Trafficking in Persons Act, B.E. 2562 (2019)', th: 'พระราชกำหนดแก้ไขเพิ่มเติมพระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2562' },
    reference: 'Government Gazette, April 2019', language: 'th', ...LAW,
    notes: { en: 'Adds a distinct forced-labour offence and makes the Labour Minister jointly responsible.',
      th: 'เพิ่มความผิดฐานบังคับใช้แรงงานหรือบริการเป็นการเฉพาะ และให้รัฐมนตรีว่าการกระทรวงแรงงานร่วมรักษาการ' } },
  { key: 'doc-toc-act', docType: 'law', issuerAgencyCode: null, legalInstrumentCode: 'TOC-ACT-2556', documentDate: null,
    title: { en: 'Anti-Participation in Transnational Organized Crime Act B.E. 2556 (2013)', th: 'พระราชบัญญัติป้องกันและปราบปรามการมีส่วนร่วมในองค์กรอาชญากรรมข้ามชาติ พ.ศ. 2556' },
    reference: 'Government Gazette, 2013', language: 'th', ...LAW,
    notes: { en: 'Rarely used in smuggling cases according to prosecutors interviewed.', th: 'พนักงานอัยการที่ให้สัมภาษณ์ระบุว่าแทบไม่นำมาใช้ในคดีลักลอบขนคน' } },
  { key: 'doc-pdpa', docType: 'law', issuerAgencyCode: null, legalInstrumentCode: 'PDPA-ACT-2562', documentDate: '2019-05-27',
    title: { en: 'Personal Data Protection Act B.E. 2562 (2019)', th: 'พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562' },
    reference: 'Government Gazette, May 2019', language: 'th', ...LAW,
    notes: { en: 'Main chapters postponed; biometric and criminal-record data are sensitive data under s.26.',
      th: 'บทบัญญัติหลักเลื่อนการบังคับใช้ ข้อมูลชีวภาพและประวัติอาชญากรรมเป็นข้อมูลอ่อนไหวตามมาตรา 26' } },
  { key: 'doc-som-draft', docType: 'law', issuerAgencyCode: null, legalInstrumentCode: 'SOM-DRAFT-2561', documentDate: '2018-04-18',
    title: { en: 'Draft Act against Smuggling of Migrants (draft of 18 April 2018)', th: 'ร่างพระราชบัญญัติป้องกันและปราบปรามการลักลอบขนผู้ย้ายถิ่น (ร่างวันที่ 18 เมษายน 2561)' },
    reference: 'Published draft for public hearing, 2018', language: 'th', ...LAW,
    notes: { en: 'Defines smuggling with a benefit element; criticised for its minimum penalties and exemption rules.',
      th: 'นิยามการลักลอบขนผู้ย้ายถิ่นโดยมีองค์ประกอบเรื่องประโยชน์ แต่ถูกวิจารณ์เรื่องอัตราโทษขั้นต่ำและหลักเกณฑ์การยกเว้นโทษ' } },
  { key: 'doc-draft-imm', docType: 'law', issuerAgencyCode: 'RTP-IB', legalInstrumentCode: 'IMM-DRAFT-NEW', documentDate: '2020-06-30',
    title: { en: 'Draft new Immigration Act, working draft for inter-agency consultation', th: 'ร่างพระราชบัญญัติคนเข้าเมืองฉบับใหม่ ร่างสำหรับการหารือระหว่างหน่วยงาน' },
    reference: 'Working draft circulated to the technical working group', language: 'th', sensitivity: 'restricted', reliability: { source: 'B', information: 2 },
    notes: { en: 'Chapter on assisting unlawful entry still follows s.63; agencies disagree on non-criminalisation of smuggled migrants.',
      th: 'หมวดว่าด้วยการช่วยเหลือให้เข้าเมืองโดยผิดกฎหมายยังคงยึดตามมาตรา63และหน่วยงานยังเห็นต่างเรื่องการไม่เอาผิดผู้ถูกลักลอบขน' } },
  { key: 'doc-moi-notif', docType: 'regulation', issuerAgencyCode: 'MOI', legalInstrumentCode: 'MOI-NOTIF-CHECKPOINTS-5', documentDate: '2019-03-15',
    title: { en: 'MOI Notification designating immigration checkpoints and entry channels (No. 5)', th: 'ประกาศกระทรวงมหาดไทย เรื่อง กำหนดด่านตรวจคนเข้าเมืองและช่องทางเข้าออก (ฉบับที่ 5)' },
    reference: 'Government Gazette, 2019', language: 'th', ...LAW,
    notes: { en: 'Lists permanent checkpoints; two river piers visited operate under provincial orders not reflected here.',
      th: 'กำหนดด่านถาวร แต่ท่าเรือริมแม่น้ำสองแห่งที่ไปเยี่ยมชมเปิดทำการตามคำสั่งจังหวัดซึ่งไม่ปรากฏในประกาศนี้' } },
  { key: 'doc-covid-closure', docType: 'regulation', issuerAgencyCode: 'MOI', legalInstrumentCode: null, documentDate: '2020-03-22',
    title: { en: 'Order on the temporary closure of land border crossings (COVID-19)', th: 'คำสั่งปิดจุดผ่านแดนทางบกเป็นการชั่วคราว (โควิด-19)' },
    reference: 'Provincial orders under the Communicable Disease Act, March 2020', language: 'th', ...LAW,
    notes: { en: 'Land crossings closed from 23 March 2020 except for goods and returning Thai nationals.',
      th: 'ปิดจุดผ่านแดนทางบกตั้งแต่วันที่ 23 มีนาคม 2563 ยกเว้นการขนส่งสินค้าและคนไทยที่เดินทางกลับ' } },
  { key: 'doc-sop-secondary', docType: 'sop', issuerAgencyCode: 'RTP-IB', legalInstrumentCode: null, documentDate: '2019-06-01',
    title: { en: 'Draft police order on primary and secondary inspection at immigration checkpoints', th: 'ร่างคำสั่งสำนักงานตรวจคนเข้าเมืองว่าด้วยการตรวจชั้นต้นและชั้นที่สองที่ด่านตรวจคนเข้าเมือง' },
    reference: 'Internal draft, not yet signed', language: 'th', ...INTERNAL,
    notes: { en: 'Covers the primary line in detail; the secondary-inspection chapter is a one-page outline.',
      th: 'มีรายละเอียดการตรวจชั้นต้นครบถ้วนแต่หมวดการตรวจชั้นที่สองมีเพียงโครงร่างหนึ่งหน้า' } },
  { key: 'doc-sop-referral', docType: 'sop', issuerAgencyCode: 'MSDHS', legalInstrumentCode: 'ATP-ACT-2551', documentDate: '2020-09-01',
    title: { en: 'Draft SOP: referral of suspected trafficking victims from checkpoints to MSDHS', th: 'ร่างแนวทางปฏิบัติการส่งต่อผู้ที่อาจเป็นผู้เสียหายจากการค้ามนุษย์จากด่านไปยังกระทรวงการพัฒนาสังคมฯ' },
    reference: 'Draft prepared with the technical working group', language: 'th', ...INTERNAL,
    notes: { en: 'Includes a referral form and a list of provincial contact points; interpreters not yet addressed.',
      th: 'มีแบบฟอร์มส่งต่อและรายชื่อจุดติดต่อระดับจังหวัด แต่ยังไม่ได้กำหนดเรื่องล่าม' } },
  { key: 'doc-mdt-guidelines', docType: 'sop', issuerAgencyCode: 'MSDHS', legalInstrumentCode: 'ATP-ACT-2551', documentDate: '2018-11-01',
    title: { en: 'Operational guidelines of provincial multidisciplinary teams for victim screening', th: 'แนวทางการปฏิบัติงานของทีมสหวิชาชีพระดับจังหวัดในการคัดแยกผู้เสียหาย' },
    reference: 'MSDHS circular, 2018', language: 'th', ...INTERNAL,
    notes: { en: 'Screening starts when a case is opened; nothing on first contact at checkpoints.',
      th: 'การคัดแยกเริ่มเมื่อมีการรับแจ้งคดีแล้ว ไม่มีแนวทางสำหรับการพบครั้งแรกที่ด่าน' } },
  { key: 'doc-mou-labour', docType: 'mou', issuerAgencyCode: 'MOL-DOE', legalInstrumentCode: 'FW-RO-2560', documentDate: null,
    title: { en: 'MoU between Thailand and Myanmar on employment cooperation (revised), with implementing guidelines', th: 'บันทึกความเข้าใจระหว่างไทยและเมียนมาว่าด้วยความร่วมมือด้านแรงงาน (ฉบับปรับปรุง) และแนวทางปฏิบัติ' },
    reference: 'Department of Employment, MoU recruitment guidelines', language: 'th', ...LAW,
    notes: { en: 'Regular channel for workers; costs and processing times reported by workers are far higher than the guidelines state.',
      th: 'เป็นช่องทางนำเข้าแรงงานอย่างถูกกฎหมาย แต่ค่าใช้จ่ายและระยะเวลาที่แรงงานเล่าสูงกว่าที่แนวทางกำหนดมาก' } },
  { key: 'doc-mou-atd', docType: 'mou', issuerAgencyCode: 'RTP-IB', legalInstrumentCode: null, documentDate: '2019-01-21',
    title: { en: 'MoU on alternatives to detention of children in immigration detention centres', th: 'บันทึกความเข้าใจว่าด้วยการกำหนดมาตรการและแนวทางแทนการกักตัวเด็กไว้ในสถานกักตัวคนต่างด้าว' },
    reference: 'Signed by seven agencies, January 2019', language: 'th', ...LAW,
    notes: { en: 'Children and mothers to be placed in shelters instead of detention; implementation uneven at checkpoints.',
      th: 'ให้ส่งเด็กและมารดาไปยังสถานคุ้มครองแทนการกักตัว แต่การปฏิบัติที่ด่านยังไม่สม่ำเสมอ' } },
  { key: 'doc-stats-arrivals', docType: 'statistics', issuerAgencyCode: 'RTP-IB', legalInstrumentCode: null, documentDate: '2019-10-31',
    title: { en: 'Arrivals and departures by checkpoint, fiscal year 2562', th: 'สถิติคนเดินทางเข้าออกราชอาณาจักรจำแนกตามด่าน ปีงบประมาณ 2562' },
    reference: 'Immigration Bureau statistics section, spreadsheet extract', language: 'th', ...INTERNAL,
    notes: { en: 'Land checkpoints report border-pass crossings separately and inconsistently; refusals not broken down by reason.',
      th: 'ด่านทางบกรายงานการผ่านแดนด้วยบัตรผ่านแดนแยกต่างหากและไม่สม่ำเสมอ สถิติการปฏิเสธการเข้าเมืองไม่จำแนกตามเหตุผล' } },
  { key: 'doc-stats-s63', docType: 'statistics', issuerAgencyCode: 'RTP-IB', legalInstrumentCode: 'IMM-ACT-2522', documentDate: '2020-01-20',
    title: { en: 'Arrests under Immigration Act s.63 and s.64 by division, 2017–2019', th: 'สถิติการจับกุมตามมาตรา 63 และมาตรา 64 พระราชบัญญัติคนเข้าเมือง จำแนกตามกองบังคับการ ปี 2560–2562' },
    reference: 'Internal table provided to the assessment team', language: 'th', sensitivity: 'restricted', reliability: { source: 'B', information: 2 },
    notes: { en: 'Arrests counted by offence, not by case; no data on prosecution outcomes or organisers.',
      th: 'นับการจับกุมตามข้อหาไม่ใช่ตามคดี ไม่มีข้อมูลผลการฟ้องคดีหรือผู้บงการ' } },
  { key: 'doc-stats-tip', docType: 'statistics', issuerAgencyCode: 'RTP-ATPD', legalInstrumentCode: 'ATP-ACT-2551', documentDate: '2020-02-28',
    title: { en: 'Trafficking in persons cases and victims, 2019', th: 'สถิติคดีค้ามนุษย์และผู้เสียหาย ปี 2562' },
    reference: 'Anti-Trafficking in Persons Division summary table', language: 'en', ...INTERNAL,
    notes: { en: 'Victim numbers differ from those reported by MSDHS for the same year.', th: 'จำนวนผู้เสียหายไม่ตรงกับตัวเลขของกระทรวงการพัฒนาสังคมฯ ในปีเดียวกัน' } },
  { key: 'doc-annual-report', docType: 'report', issuerAgencyCode: 'RTP-IB', legalInstrumentCode: null, documentDate: '2020-03-31',
    title: { en: 'Immigration Bureau annual report 2019', th: 'รายงานประจำปี 2562 สำนักงานตรวจคนเข้าเมือง' },
    reference: 'Published annual report', language: 'th', ...LAW,
    notes: { en: 'Describes biometric enrolment at airports and plans for land checkpoints; no budget line for maintenance.',
      th: 'กล่าวถึงการจัดเก็บข้อมูลชีวมิติที่สนามบินและแผนสำหรับด่านทางบก แต่ไม่มีงบประมาณสำหรับการบำรุงรักษา' } },
  { key: 'doc-training-catalogue', docType: 'training', issuerAgencyCode: 'RTP-RPCA', legalInstrumentCode: null, documentDate: '2019-06-15',
    title: { en: 'E-learning portal course catalogue: Bali Process induction modules', th: 'รายการหลักสูตรการเรียนรู้ออนไลน์: หลักสูตรปฐมนิเทศตามกระบวนการบาหลี' },
    reference: 'Royal Police Cadet Academy e-learning portal, catalogue page', language: 'en', ...INTERNAL,
    notes: { en: '16 of 28 induction modules online; completion not tracked by the Bureau.', th: 'มีหลักสูตรออนไลน์ 16 จาก 28 บทเรียน สำนักงานไม่ได้ติดตามการเรียนจบ' } },
  { key: 'doc-questionnaire', docType: 'questionnaire', issuerAgencyCode: 'RTP-IB', legalInstrumentCode: null, documentDate: '2019-07-15',
    title: { en: 'Pre-mission self-assessment questionnaire, returned by the Immigration Bureau', th: 'แบบประเมินตนเองก่อนการลงพื้นที่ ตอบโดยสำนักงานตรวจคนเข้าเมือง' },
    reference: 'Returned to the assessment team before the field mission', language: 'th', ...INTERNAL,
    notes: { en: 'Self-rates training and information systems higher than the field visits found.', th: 'ประเมินตนเองด้านการฝึกอบรมและระบบสารสนเทศสูงกว่าที่พบจากการลงพื้นที่' } },
];
