import type { ChecklistItemKey } from '../../../shared/evidence-items';

/**
 * The demo's site visits: eight crossing points of every kind (land, air, sea, river), the
 * checklist of each filled for its mode, and what the team observed. Crossing points are real
 * reference codes; everything observed is fictional.
 */

export type ChecklistRating = 'adequate' | 'partial' | 'inadequate';
type Bilingual = { en: string; th: string };

/** What the team writes beside each checklist item, by how the item was rated. */
export const CHECKLIST_NOTES: Record<ChecklistItemKey, Record<ChecklistRating, Bilingual>> = {
  process_flow: {
    adequate: { en: 'Clear sequence from queue to exit; lanes signposted.', th: 'ลำดับขั้นตอนชัดเจนตั้งแต่เข้าแถวจนออกจากด่าน มีป้ายบอกช่องทาง' },
    partial: { en: 'Flow works at normal times but blocks at peak hours.', th: 'ขั้นตอนใช้ได้ในช่วงปกติแต่ติดขัดในช่วงคนมาก' },
    inadequate: { en: 'Travellers can bypass the counter when officers are busy.', th: 'ผู้เดินทางเดินผ่านโดยไม่ผ่านช่องตรวจได้เมื่อเจ้าหน้าที่ไม่ว่าง' },
  },
  document_examination: {
    adequate: { en: 'Verification workstation and reference manuals in use.', th: 'มีเครื่องตรวจเอกสารและคู่มืออ้างอิงใช้งานได้' },
    partial: { en: 'UV lamp and magnifier only; no reference specimens.', th: 'มีเพียงไฟฉายยูวีและแว่นขยาย ไม่มีตัวอย่างเอกสารอ้างอิง' },
    inadequate: { en: 'No working document-examination equipment seen.', th: 'ไม่พบอุปกรณ์ตรวจเอกสารที่ใช้งานได้' },
  },
  it_systems: {
    adequate: { en: 'PIBICS online at every counter during the visit.', th: 'ระบบพิบิคส์ใช้งานได้ทุกช่องตรวจระหว่างการเยี่ยมชม' },
    partial: { en: 'System slow; two outages in the visit week.', th: 'ระบบช้า ขัดข้องสองครั้งในสัปดาห์ที่เยี่ยมชม' },
    inadequate: { en: 'Counters work offline from printed lists much of the day.', th: 'ช่องตรวจต้องใช้รายชื่อที่พิมพ์ไว้แทนระบบเกือบทั้งวัน' },
  },
  equipment: {
    adequate: { en: 'Cameras, scanners and vehicles in working order.', th: 'กล้อง เครื่องสแกน และยานพาหนะอยู่ในสภาพใช้งานได้' },
    partial: { en: 'Two of five passport readers broken; no budget for repair.', th: 'เครื่องอ่านหนังสือเดินทางเสียสองในห้าเครื่อง ไม่มีงบซ่อม' },
    inadequate: { en: 'One shared vehicle; no night-vision or patrol equipment.', th: 'มีรถใช้ร่วมกันคันเดียว ไม่มีอุปกรณ์ลาดตระเวนกลางคืน' },
  },
  staffing: {
    adequate: { en: 'Shifts fully staffed, including female officers.', th: 'มีเจ้าหน้าที่ครบทุกผลัด รวมถึงเจ้าหน้าที่หญิง' },
    partial: { en: 'Counters closed at peak times for lack of staff.', th: 'ต้องปิดบางช่องตรวจในช่วงคนมากเพราะเจ้าหน้าที่ไม่พอ' },
    inadequate: { en: 'No officer speaks the neighbouring language on night shift.', th: 'ผลัดกลางคืนไม่มีเจ้าหน้าที่ที่พูดภาษาประเทศเพื่อนบ้านได้' },
  },
  holding_facilities: {
    adequate: { en: 'Separate rooms for women and children; records kept.', th: 'มีห้องแยกสำหรับผู้หญิงและเด็ก และมีการบันทึกข้อมูล' },
    partial: { en: 'One room; separation by curtain; no log of time in custody.', th: 'มีห้องเดียวใช้ม่านกั้น ไม่มีบันทึกเวลาควบคุมตัว' },
    inadequate: { en: 'Overcrowded during quarantine; no ventilation.', th: 'แออัดช่วงกักตัว อากาศไม่ถ่ายเท' },
  },
  referral_pathway: {
    adequate: { en: 'Officers describe the referral steps and have contact numbers.', th: 'เจ้าหน้าที่อธิบายขั้นตอนการส่งต่อได้และมีหมายเลขติดต่อ' },
    partial: { en: 'Referral by phone to the shelter; no form, no record.', th: 'ส่งต่อทางโทรศัพท์ไปยังบ้านพัก ไม่มีแบบฟอร์มและไม่มีบันทึก' },
    inadequate: { en: 'Staff unaware of any referral procedure.', th: 'เจ้าหน้าที่ไม่ทราบขั้นตอนการส่งต่อ' },
  },
  signage_interpretation: {
    adequate: { en: 'Signs in Thai, English and the neighbour’s language.', th: 'ป้ายเป็นภาษาไทย อังกฤษ และภาษาประเทศเพื่อนบ้าน' },
    partial: { en: 'Signs in Thai and English only.', th: 'ป้ายมีเพียงภาษาไทยและภาษาอังกฤษ' },
    inadequate: { en: 'No information on rights or complaints displayed.', th: 'ไม่มีการติดประกาศเรื่องสิทธิหรือช่องทางร้องเรียน' },
  },
  api_pnr: {
    adequate: { en: 'Advance passenger data checked before each arrival.', th: 'ตรวจข้อมูลผู้โดยสารล่วงหน้าก่อนเที่ยวบินมาถึงทุกเที่ยว' },
    partial: { en: 'Data received for some airlines only.', th: 'ได้รับข้อมูลล่วงหน้าจากบางสายการบินเท่านั้น' },
    inadequate: { en: 'No advance passenger information received.', th: 'ไม่ได้รับข้อมูลผู้โดยสารล่วงหน้า' },
  },
  transit_area: {
    adequate: { en: 'Transit area supervised; transfer desk staffed.', th: 'มีการควบคุมพื้นที่ผู้โดยสารผ่านแดนและมีเจ้าหน้าที่ประจำ' },
    partial: { en: 'Transit passengers spot-checked only.', th: 'ตรวจผู้โดยสารผ่านแดนแบบสุ่มเท่านั้น' },
    inadequate: { en: 'Transit area not covered by immigration.', th: 'ตรวจคนเข้าเมืองไม่ได้ดูแลพื้นที่ผ่านแดน' },
  },
  airline_liaison: {
    adequate: { en: 'Airline liaison officers meet the station weekly.', th: 'เจ้าหน้าที่ประสานงานสายการบินประชุมร่วมทุกสัปดาห์' },
    partial: { en: 'Contact with airlines by phone when a problem arises.', th: 'ติดต่อสายการบินทางโทรศัพท์เมื่อเกิดปัญหา' },
    inadequate: { en: 'No contact with airline security staff.', th: 'ไม่มีการติดต่อกับเจ้าหน้าที่รักษาความปลอดภัยของสายการบิน' },
  },
  vehicle_lanes: {
    adequate: { en: 'Separate lanes for trucks and cars; joint inspection bay.', th: 'แยกช่องรถบรรทุกและรถยนต์ มีลานตรวจร่วม' },
    partial: { en: 'Trucks and cars share lanes; queue onto the bridge.', th: 'รถบรรทุกและรถยนต์ใช้ช่องเดียวกัน แถวยาวขึ้นไปบนสะพาน' },
    inadequate: { en: 'Vehicles not searched; drivers’ papers only.', th: 'ไม่ตรวจค้นยานพาหนะ ตรวจเพียงเอกสารคนขับ' },
  },
  pedestrian_flow: {
    adequate: { en: 'Pedestrian hall with enough counters.', th: 'อาคารผู้โดยสารเดินเท้ามีช่องตรวจเพียงพอ' },
    partial: { en: 'Long queues of border-pass holders on market days.', th: 'ผู้ถือบัตรผ่านแดนเข้าแถวยาวในวันตลาดนัด' },
    inadequate: { en: 'Pedestrians cross beside the gate unchecked.', th: 'คนเดินเท้าข้ามข้างประตูโดยไม่ผ่านการตรวจ' },
  },
  green_border_patrol: {
    adequate: { en: 'Patrol plan shared with the military and provincial police.', th: 'มีแผนลาดตระเวนร่วมกับทหารและตำรวจภูธร' },
    partial: { en: 'Patrols of natural crossings on complaint only.', th: 'ลาดตระเวนช่องทางธรรมชาติเมื่อได้รับแจ้งเท่านั้น' },
    inadequate: { en: 'No patrol of natural crossing points by immigration.', th: 'ตรวจคนเข้าเมืองไม่ได้ลาดตระเวนช่องทางธรรมชาติ' },
  },
  crew_and_vessel: {
    adequate: { en: 'Crew lists checked against passports on board.', th: 'ตรวจบัญชีลูกเรือกับหนังสือเดินทางบนเรือ' },
    partial: { en: 'Crew lists checked on paper at the office only.', th: 'ตรวจบัญชีลูกเรือจากเอกสารที่สำนักงานเท่านั้น' },
    inadequate: { en: 'Crew not seen by immigration before shore leave.', th: 'ตรวจคนเข้าเมืองไม่ได้พบลูกเรือก่อนขึ้นฝั่ง' },
  },
  port_security: {
    adequate: { en: 'Port fenced; access controlled by pass.', th: 'ท่าเรือมีรั้วรอบและควบคุมการเข้าออกด้วยบัตร' },
    partial: { en: 'Fence incomplete on the fishing side.', th: 'รั้วฝั่งท่าเรือประมงยังไม่สมบูรณ์' },
    inadequate: { en: 'Open access to the piers from the market.', th: 'เดินจากตลาดเข้าสู่ท่าเทียบเรือได้โดยไม่มีการควบคุม' },
  },
  blue_border_patrol: {
    adequate: { en: 'Daily joint patrols with the marine police.', th: 'ลาดตระเวนร่วมกับตำรวจน้ำทุกวัน' },
    partial: { en: 'Patrols limited by fuel to about ten days a month.', th: 'ลาดตระเวนได้ราวสิบวันต่อเดือนเพราะงบน้ำมันจำกัด' },
    inadequate: { en: 'No boat available to immigration.', th: 'ตรวจคนเข้าเมืองไม่มีเรือใช้งาน' },
  },
  boat_landing: {
    adequate: { en: 'All boats land at the checkpoint pier.', th: 'เรือทุกลำเทียบที่ท่าของด่าน' },
    partial: { en: 'Boats also land at private piers nearby.', th: 'เรือบางลำเทียบท่าเอกชนใกล้เคียง' },
    inadequate: { en: 'Many landings along the bank out of sight of the checkpoint.', th: 'มีการขึ้นฝั่งหลายจุดริมตลิ่งนอกสายตาของด่าน' },
  },
  train_processing: {
    adequate: { en: 'Joint on-train checks with the counterpart.', th: 'ตรวจบนขบวนรถไฟร่วมกับเจ้าหน้าที่ฝั่งตรงข้าม' },
    partial: { en: 'Passengers checked on the platform; freight not covered.', th: 'ตรวจผู้โดยสารที่ชานชาลา ไม่ครอบคลุมขบวนสินค้า' },
    inadequate: { en: 'Trains pass without immigration checks.', th: 'ขบวนรถผ่านโดยไม่มีการตรวจคนเข้าเมือง' },
  },
};

export interface SiteVisitSpec {
  key: string;
  crossingPointCode: string;
  startDate: string;
  endDate: string;
  team: readonly string[];
  /** Items not listed are "not observed". */
  ratings: Partial<Record<ChecklistItemKey, ChecklistRating>>;
  observations: Bilingual;
  language: 'th' | 'en';
}

const A = 'adequate';
const P = 'partial';
const I = 'inadequate';

export const SITE_VISIT_SPECS: readonly SiteVisitSpec[] = [
  {
    key: 'sv-msot', crossingPointCode: 'BCP-TAK-MSOT1', startDate: '2019-08-06', endDate: '2019-08-08', team: ['T1-AS', 'T1-PK'], language: 'th',
    ratings: { process_flow: P, document_examination: I, it_systems: P, equipment: P, staffing: P, holding_facilities: P, referral_pathway: P,
      signage_interpretation: P, vehicle_lanes: P, pedestrian_flow: P, green_border_patrol: I },
    observations: {
      en: 'Busiest land crossing visited. Pedestrian queues of border-pass holders reached the bridge on the market day. Secondary inspection is done in the supervisor’s office without a written procedure. Smuggling routes cross the Moei river a few kilometres from the bridge.',
      th: 'เป็นด่านทางบกที่มีผู้เดินทางมากที่สุดในการเยี่ยมชมครั้งนี้ในวันตลาดนัดผู้ถือบัตรผ่านแดนเข้าแถวยาวถึงสะพานการตรวจชั้นที่สองทำในห้องหัวหน้าโดยไม่มีขั้นตอนเป็นลายลักษณ์อักษรเส้นทางลักลอบข้ามแม่น้ำเมยอยู่ห่างจากสะพานเพียงไม่กี่กิโลเมตร',
    },
  },
  {
    key: 'sv-sadao', crossingPointCode: 'BCP-SGK-SADAO', startDate: '2019-09-10', endDate: '2019-09-12', team: ['T2-NW', 'T2-SC'], language: 'en',
    ratings: { process_flow: A, document_examination: P, it_systems: P, equipment: A, staffing: P, holding_facilities: P, referral_pathway: P,
      signage_interpretation: A, vehicle_lanes: A, pedestrian_flow: A, green_border_patrol: P },
    observations: {
      en: 'Modern checkpoint with separate lanes for trucks, cars and buses. The border liaison office meets its Malaysian counterpart monthly. Watch-list hits on common names are cleared by telephone to headquarters, delaying buses by up to an hour.',
      th: 'ด่านทันสมัย แยกช่องรถบรรทุก รถยนต์ และรถโดยสาร สำนักงานประสานงานชายแดนประชุมกับฝ่ายมาเลเซียทุกเดือน',
    },
  },
  {
    key: 'sv-kluek', crossingPointCode: 'BCP-SKA-KLUEK', startDate: '2019-10-15', endDate: '2019-10-16', team: ['T1-AS', 'T3-RJ'], language: 'th',
    ratings: { process_flow: P, document_examination: I, it_systems: I, equipment: I, staffing: P, holding_facilities: I, referral_pathway: I,
      signage_interpretation: P, vehicle_lanes: P, pedestrian_flow: I, green_border_patrol: I },
    observations: {
      en: 'Heavy pedestrian and cart traffic to the market; many crossers pass beside the gate. No working document-examination equipment. Two officers did not know how to refer a possible victim.',
      th: 'มีคนเดินเท้าและรถเข็นสินค้าข้ามไปตลาดจำนวนมากหลายคนเดินผ่านข้างประตูโดยไม่ผ่านการตรวจไม่มีอุปกรณ์ตรวจเอกสารที่ใช้งานได้และเจ้าหน้าที่สองนายไม่ทราบวิธีส่งต่อผู้ที่อาจเป็นผู้เสียหายจากการค้ามนุษย์',
    },
  },
  {
    key: 'sv-svb', crossingPointCode: 'BCP-SPK-SVB', startDate: '2019-11-18', endDate: '2019-11-19', team: ['T2-NW', 'T1-PK'], language: 'en',
    ratings: { process_flow: A, document_examination: A, it_systems: A, equipment: A, staffing: P, holding_facilities: P, referral_pathway: P,
      signage_interpretation: A, api_pnr: P, transit_area: P, airline_liaison: A },
    observations: {
      en: 'Fingerprints and facial images are captured for foreign arrivals. Advance passenger information arrives for most but not all airlines. The refusal room has no interpreter roster; referral of a possible victim is left to the duty supervisor.',
      th: 'มีการเก็บลายนิ้วมือและภาพใบหน้าของผู้เดินทางต่างชาติขาเข้า ได้รับข้อมูลผู้โดยสารล่วงหน้าจากสายการบินส่วนใหญ่',
    },
  },
  {
    key: 'sv-cnx', crossingPointCode: 'BCP-CMI-CNX', startDate: '2020-10-20', endDate: '2020-10-21', team: ['T3-RJ', 'T2-SC'], language: 'th',
    ratings: { process_flow: A, document_examination: P, it_systems: A, equipment: P, staffing: A, holding_facilities: P, referral_pathway: P,
      signage_interpretation: A, api_pnr: I, transit_area: A, airline_liaison: P },
    observations: {
      en: 'Only repatriation flights during the visit because of COVID-19 restrictions; the team observed procedures on one arrival and interviewed the shift. No advance passenger information for the few charter flights.',
      th: 'ช่วงที่เยี่ยมชมมีเพียงเที่ยวบินรับคนไทยกลับประเทศเนื่องจากมาตรการโควิด-19 คณะได้สังเกตการตรวจเที่ยวบินขาเข้าหนึ่งเที่ยวและไม่มีข้อมูลผู้โดยสารล่วงหน้าสำหรับเที่ยวบินเช่าเหมาลำ',
    },
  },
  {
    key: 'sv-csaen', crossingPointCode: 'BCP-CRI-CSAEN', startDate: '2020-01-13', endDate: '2020-01-14', team: ['T1-AS', 'T2-NW'], language: 'th',
    ratings: { process_flow: P, document_examination: P, it_systems: P, equipment: I, staffing: I, holding_facilities: P, referral_pathway: P,
      signage_interpretation: P, boat_landing: I, blue_border_patrol: P },
    observations: {
      en: 'Cargo boats from upstream and long-tail passenger boats land at the port and at private piers. Immigration has no boat of its own and relies on the marine police.',
      th: 'เรือสินค้าจากต้นน้ำและเรือหางยาวรับส่งผู้โดยสารเทียบทั้งท่าเรือของด่านและท่าเอกชน ตรวจคนเข้าเมืองไม่มีเรือเป็นของตนเองต้องอาศัยเรือของตำรวจน้ำ',
    },
  },
  {
    key: 'sv-ranong', crossingPointCode: 'BCP-RNG-PIER', startDate: '2020-02-04', endDate: '2020-02-06', team: ['T2-SC', 'T3-RJ'], language: 'en',
    ratings: { process_flow: P, document_examination: P, it_systems: P, equipment: P, staffing: P, holding_facilities: I, referral_pathway: P,
      signage_interpretation: I, crew_and_vessel: P, port_security: I, blue_border_patrol: P },
    observations: {
      en: 'Long-tail boats cross the estuary every few minutes; only passengers who walk into the immigration building are checked. Fishing crew are seen at the port-in port-out centre. The holding room was full during the visit.',
      th: 'เรือหางยาวข้ามปากแม่น้ำทุกไม่กี่นาทีผู้โดยสารที่ได้รับการตรวจมีเฉพาะผู้ที่เดินเข้าอาคารตรวจคนเข้าเมือง',
    },
  },
  {
    key: 'sv-lcb', crossingPointCode: 'BCP-CBI-LCB', startDate: '2020-07-15', endDate: '2020-07-16', team: ['T1-PK', 'T2-NW'], language: 'en',
    ratings: { process_flow: A, document_examination: P, it_systems: A, equipment: A, staffing: A, holding_facilities: P, referral_pathway: P,
      signage_interpretation: P, crew_and_vessel: A, port_security: A, blue_border_patrol: P },
    observations: {
      en: 'Crew changes were restricted under COVID-19 measures. Crew lists arrive 24 hours ahead from shipping agents by e-mail and are checked manually against the watch list.',
      th: 'การเปลี่ยนลูกเรือถูกจำกัดตามมาตรการโควิด-19 ตัวแทนเรือส่งบัญชีลูกเรือล่วงหน้า24ชั่วโมงทางอีเมลและเจ้าหน้าที่ตรวจกับบัญชีเฝ้าดูด้วยมือ',
    },
  },
];
