/**
 * What the demo's interview notes are made of: sentences an assessor might write after a
 * key-informant interview, a migrant interview or a focus group, in Thai and in English, per
 * topic. All fictional; no person, case or place more precise than a province is named, and
 * officials appear only by role. Thai sentences are written as Thai is written, mostly without
 * spaces between words, so that searching for a word inside them needs the word segmenter.
 */

export const TOPICS = [
  'checkpoint',
  'smuggling',
  'referral',
  'biometrics',
  'watchlist',
  'training',
  'covid',
  'cooperation',
  'statistics',
  'integrity',
  'investigation',
  'detention',
  'maritime',
  'labour',
  'journey',
  'brokers',
  'treatment',
] as const;
export type Topic = (typeof TOPICS)[number];

export interface TopicText {
  /** Paragraph heading, as assessors head their notes. */
  heading: { en: string; th: string };
  en: readonly string[];
  th: readonly string[];
}

export const TOPIC_TEXT: Record<Topic, TopicText> = {
  checkpoint: {
    heading: { en: 'Checkpoint operations', th: 'การปฏิบัติงานที่ด่าน' },
    en: [
      'Primary-line officers check each passport against the system in under a minute, but secondary inspection has no written procedure and depends on the shift supervisor.',
      'Queues at the pedestrian lanes reach two hours on market days; two counters were closed for lack of staff during the visit week.',
      'The checkpoint runs three shifts with officers rotated in from the division every six months, so experienced staff rarely stay long.',
      'Document examination relies on UV lamps and magnifiers; the passport-verification workstation donated in 2014 is no longer working.',
      'Officers said the entry stamp and the border pass are still recorded by hand in a ledger for local border crossers.',
    ],
    th: [
      'เจ้าหน้าที่ช่องตรวจชั้นต้นตรวจหนังสือเดินทางกับระบบได้ภายในหนึ่งนาทีแต่การตรวจชั้นที่สองยังไม่มีคู่มือเป็นลายลักษณ์อักษร',
      'ในวันที่มีตลาดนัดชายแดนผู้เดินทางต้องรอคิวที่ช่องทางเดินเท้านานถึงสองชั่วโมงเพราะเจ้าหน้าที่ไม่เพียงพอ',
      'ด่านแบ่งการทำงานเป็นสามผลัด และมีการหมุนเวียนกำลังพลจากกองบังคับการทุกหกเดือน ทำให้เจ้าหน้าที่ที่มีประสบการณ์อยู่ไม่นาน',
      'การตรวจเอกสารยังใช้ไฟฉายยูวีและแว่นขยายเครื่องตรวจหนังสือเดินทางที่ได้รับมอบเมื่อปี2557ชำรุดแล้ว',
      'บัตรผ่านแดนของคนในพื้นที่ชายแดนยังบันทึกด้วยมือลงในสมุดทะเบียน',
    ],
  },
  smuggling: {
    heading: { en: 'Migrant smuggling cases', th: 'คดีลักลอบขนผู้ย้ายถิ่น' },
    en: [
      'Smuggling cases are almost always charged under Immigration Act s.63 or s.64; drivers are arrested, organisers rarely.',
      'The inquiry officer said that without a "financial or other material benefit" element in the law, the fee paid to the broker is not part of the case file.',
      'Most cases at this border involve pick-up trucks carrying eight to fifteen migrants from the river crossing to the highway.',
      'Officers could not say how many s.63 cases from last year reached a court verdict; the checkpoint does not follow cases after hand-over.',
      'Smuggled migrants are themselves charged with illegal entry and deported, which makes them unwilling witnesses.',
    ],
    th: [
      'คดีลักลอบขนคนส่วนใหญ่ตั้งข้อหาตามมาตรา63หรือมาตรา64แห่งพระราชบัญญัติคนเข้าเมืองโดยจับได้เพียงคนขับรถ',
      'พนักงานสอบสวนระบุว่าเมื่อกฎหมายไม่มีองค์ประกอบเรื่องการได้รับประโยชน์ทางการเงิน ค่าจ้างนายหน้าจึงไม่ถูกรวบรวมไว้ในสำนวน',
      'ผู้ลักลอบเข้าเมืองถูกดำเนินคดีฐานเข้าเมืองโดยผิดกฎหมายแล้วถูกผลักดันกลับจึงไม่ยอมเป็นพยาน',
      'ขบวนการนำพาใช้รถกระบะรับคนจากท่าข้ามริมแม่น้ำไปส่งที่ถนนสายหลักครั้งละแปดถึงสิบห้าคน',
      'เจ้าหน้าที่ไม่ทราบว่าคดีตามมาตรา63ในปีที่ผ่านมามีกี่คดีที่ศาลมีคำพิพากษาแล้ว',
    ],
  },
  referral: {
    heading: { en: 'Referral of possible victims', th: 'การส่งต่อผู้เสียหาย' },
    en: [
      'Suspected trafficking victims found at the checkpoint are referred to MSDHS by telephone; there is no written SOP and no referral form.',
      'The provincial shelter of MSDHS receives referrals within a day, but interpreters for Khmer and Burmese are often not available at night.',
      'Checkpoint staff had not heard of the national referral mechanism guidelines; two had attended a one-day briefing in 2018.',
      'Children travelling without a parent are handed to the provincial social development office, which keeps its own register.',
      'Screening interviews are done by a multidisciplinary team only when the police open a trafficking case first.',
    ],
    th: [
      'เมื่อพบผู้ที่อาจเป็นผู้เสียหายจากการค้ามนุษย์เจ้าหน้าที่ด่านจะโทรศัพท์แจ้งกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์โดยไม่มีแบบฟอร์มส่งต่อ',
      'บ้านพักเด็กและครอบครัวจังหวัดรับเรื่องส่งต่อภายในหนึ่งวันแต่หาล่ามภาษาเขมรและภาษาพม่าในเวลากลางคืนได้ยาก',
      'ทีมสหวิชาชีพคัดแยกผู้เสียหายเฉพาะเมื่อตำรวจรับคำร้องทุกข์คดีค้ามนุษย์แล้ว',
      'เด็กที่เดินทางโดยไม่มีผู้ปกครองจะถูกส่งต่อให้สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด',
      'เจ้าหน้าที่ด่านสองคนเคยเข้ารับการชี้แจงกลไกการส่งต่อระดับชาติเพียงหนึ่งวันเมื่อปี 2561',
    ],
  },
  biometrics: {
    heading: { en: 'Biometrics and systems', th: 'ข้อมูลชีวมิติและระบบสารสนเทศ' },
    en: [
      'Fingerprints and a facial image are captured at the international airports, but not at most land crossings.',
      'Biometric enrolment at this checkpoint started in 2019 for foreign passport holders only; border-pass holders are not enrolled.',
      'The PIBICS terminals at the land border go offline several times a week, and officers then check passports against a printed list.',
      'Biometric matching against the national database takes several minutes, so it is used only in secondary inspection.',
    ],
    th: [
      'ด่านสนามบินระหว่างประเทศจัดเก็บลายนิ้วมือและภาพใบหน้าแล้วแต่ด่านพรมแดนทางบกส่วนใหญ่ยังไม่มีการจัดเก็บข้อมูลชีวมิติ',
      'ระบบพิบิคส์ที่ด่านชายแดนขัดข้องหลายครั้งต่อสัปดาห์และเจ้าหน้าที่ต้องตรวจรายชื่อจากเอกสารที่พิมพ์ไว้แทน',
      'การตรวจสอบข้อมูลชีวมิติกับฐานข้อมูลกลางใช้เวลาหลายนาที จึงใช้เฉพาะในการตรวจชั้นที่สอง',
      'ผู้ถือบัตรผ่านแดนยังไม่ได้ลงทะเบียนข้อมูลชีวมิติ',
    ],
  },
  watchlist: {
    heading: { en: 'Watch lists and alerts', th: 'บัญชีเฝ้าดูและการแจ้งเตือน' },
    en: [
      'The watch list is updated centrally every night; checkpoints cannot add local alerts themselves and must send a memo to headquarters.',
      'Access to INTERPOL stolen and lost travel documents is available at the airport but not at the land checkpoints visited.',
      'Officers reported false hits on common Burmese names, which slow the primary line and are cleared by telephone.',
      'Alerts from neighbouring counterparts arrive by messaging application and are not entered into any system.',
    ],
    th: [
      'บัญชีเฝ้าดูปรับปรุงจากส่วนกลางทุกคืนด่านไม่สามารถเพิ่มการแจ้งเตือนในพื้นที่ได้เองต้องทำหนังสือถึงกองบัญชาการ',
      'ด่านทางบกที่ไปเยี่ยมชมยังไม่สามารถตรวจสอบฐานข้อมูลหนังสือเดินทางสูญหายขององค์การตำรวจอาชญากรรมระหว่างประเทศได้',
      'ชื่อภาษาพม่าที่ซ้ำกันบ่อยทำให้ระบบแจ้งเตือนผิดพลาดและต้องโทรศัพท์ตรวจสอบกับส่วนกลาง',
      'ข้อมูลแจ้งเตือนจากหน่วยงานฝั่งตรงข้ามส่งมาทางแอปพลิเคชันสนทนาและไม่ได้บันทึกเข้าระบบ',
    ],
  },
  training: {
    heading: { en: 'Training', th: 'การฝึกอบรม' },
    en: [
      'New officers receive two weeks of immigration induction; there is no refresher course on document fraud after that.',
      'The Bureau has no written annual training plan linked to job profiles; courses are organised when a donor offers them.',
      'Only 16 of the 28 Bali Process induction modules are available on the e-learning portal, and completion is not recorded.',
      'Officers asked for training on interviewing possible victims and on financial investigation of smuggling networks.',
      'Trainers are senior officers without training-of-trainers preparation; cascade sessions are rarely held after a course.',
    ],
    th: [
      'เจ้าหน้าที่ใหม่ได้รับการฝึกอบรมด้านตรวจคนเข้าเมืองสองสัปดาห์หลังจากนั้นไม่มีหลักสูตรทบทวนเรื่องเอกสารปลอม',
      'สำนักงานยังไม่มีแผนการฝึกอบรมประจำปีที่เชื่อมโยงกับตำแหน่งงาน การอบรมจัดขึ้นเมื่อมีผู้ให้ทุนเสนอ',
      'เจ้าหน้าที่ต้องการการอบรมเรื่องการสัมภาษณ์ผู้เสียหายและการสืบสวนทางการเงินของขบวนการลักลอบขนคน',
      'วิทยากรส่วนใหญ่เป็นนายตำรวจอาวุโสที่ไม่เคยผ่านหลักสูตรครูฝึก และแทบไม่มีการขยายผลการอบรม',
    ],
  },
  covid: {
    heading: { en: 'COVID-19 closures', th: 'การปิดด่านช่วงโควิด-19' },
    en: [
      'All land crossings closed on 23 March 2020; since then the checkpoint has handled only trucks and returning Thai nationals.',
      'After the closure, officers were redeployed to patrol natural crossing points along the river, without extra vehicles or boats.',
      'Irregular crossings rose after the closure as migrant workers tried to return to jobs in Thailand through natural channels.',
      'Quarantine of arrested migrants before deportation strained holding rooms that were built for a few hours of custody.',
    ],
    th: [
      'ด่านพรมแดนทางบกทุกแห่งปิดตั้งแต่วันที่23มีนาคม2563หลังจากนั้นเปิดเฉพาะรถขนส่งสินค้าและคนไทยที่เดินทางกลับ',
      'หลังปิดด่านเจ้าหน้าที่ถูกส่งไปลาดตระเวนช่องทางธรรมชาติริมแม่น้ำโดยไม่มีรถหรือเรือเพิ่มเติม',
      'การลักลอบข้ามแดนเพิ่มขึ้นหลังปิดด่านเพราะแรงงานต่างด้าวพยายามกลับมาทำงานในประเทศไทยผ่านช่องทางธรรมชาติ',
      'การกักตัวผู้ถูกจับกุมก่อนส่งกลับทำให้ห้องควบคุมชั่วคราวแออัด',
    ],
  },
  cooperation: {
    heading: { en: 'Cooperation', th: 'ความร่วมมือ' },
    en: [
      'The border liaison office meets its counterpart across the bridge once a month, but minutes are not shared with headquarters.',
      'Customs and immigration share the same building but not their data; each agency checks the same traveller separately.',
      'A joint provincial committee on trafficking meets quarterly under the governor; the checkpoint is invited but rarely speaks.',
      'Requests for information to the neighbouring country go through the Foreign Affairs Division and take weeks to answer.',
      'Prosecutors said they are brought into smuggling cases only when the file is complete, too late to guide the investigation.',
    ],
    th: [
      'สำนักงานประสานงานชายแดนประชุมกับหน่วยงานฝั่งตรงข้ามเดือนละครั้งแต่ไม่ได้ส่งรายงานการประชุมให้ส่วนกลาง',
      'ศุลกากรและตรวจคนเข้าเมืองทำงานในอาคารเดียวกันแต่ไม่ได้แลกเปลี่ยนข้อมูลกัน',
      'คณะกรรมการป้องกันและปราบปรามการค้ามนุษย์จังหวัดประชุมทุกไตรมาสโดยมีผู้ว่าราชการจังหวัดเป็นประธาน',
      'พนักงานอัยการเข้ามาเกี่ยวข้องกับคดีลักลอบขนคนเมื่อสำนวนเสร็จแล้วซึ่งช้าเกินไปที่จะให้คำแนะนำการสืบสวน',
      'การขอข้อมูลจากประเทศเพื่อนบ้านต้องผ่านกองการต่างประเทศและใช้เวลาหลายสัปดาห์',
    ],
  },
  statistics: {
    heading: { en: 'Statistics and data', th: 'สถิติและข้อมูล' },
    en: [
      'Monthly statistics are compiled in spreadsheets at each checkpoint and e-mailed to the division; definitions differ between checkpoints.',
      'Refusals of entry are counted, but the reason for refusal is not recorded in a way that can be analysed.',
      'Headquarters publishes arrivals and departures but not arrests under s.63 and s.64, which are kept by the investigation unit.',
      'Officers were unsure which personal data may be shared with other agencies before the data protection law takes effect.',
    ],
    th: [
      'แต่ละด่านรวบรวมสถิติรายเดือนด้วยโปรแกรมตารางคำนวณแล้วส่งอีเมลให้กองบังคับการโดยนิยามข้อมูลไม่ตรงกัน',
      'มีการนับจำนวนคนต่างด้าวที่ถูกปฏิเสธการเข้าเมืองแต่ไม่ได้บันทึกเหตุผลในรูปแบบที่นำไปวิเคราะห์ได้',
      'เจ้าหน้าที่ไม่แน่ใจว่าข้อมูลส่วนบุคคลใดแลกเปลี่ยนกับหน่วยงานอื่นได้ก่อนพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคลมีผลใช้บังคับ',
    ],
  },
  integrity: {
    heading: { en: 'Integrity', th: 'ความซื่อสัตย์สุจริต' },
    en: [
      'A complaints box is installed at the checkpoint but officers did not know who opens it or how complaints are followed up.',
      'Migrants and NGOs reported informal "fees" for border passes; officers denied this and pointed to brokers acting in their name.',
      'Rotation every six months is described as an integrity measure, but it also removes trained staff from the checkpoint.',
    ],
    th: [
      'มีตู้รับเรื่องร้องเรียนที่ด่านแต่เจ้าหน้าที่ไม่ทราบว่าใครเป็นผู้เปิดและติดตามเรื่องร้องเรียนอย่างไร',
      'ผู้ย้ายถิ่นและองค์กรพัฒนาเอกชนเล่าว่ามีการเรียกเก็บค่าธรรมเนียมนอกระบบในการทำบัตรผ่านแดน',
      'การหมุนเวียนกำลังพลทุกหกเดือนถือเป็นมาตรการป้องกันการทุจริตแต่ทำให้ด่านขาดเจ้าหน้าที่ที่ผ่านการอบรม',
    ],
  },
  investigation: {
    heading: { en: 'Investigation and prosecution', th: 'การสืบสวนสอบสวนและการฟ้องคดี' },
    en: [
      'Financial investigation is almost never opened in smuggling cases; AMLO is contacted only in large trafficking cases.',
      'Inquiry officers handle smuggling files alongside ordinary crime and have no specialised guidance.',
      'Mobile phones of arrested drivers are seized but not examined, so links to organisers are lost.',
      'Joint investigation with the counterpart police across the border has happened once, for a high-profile case.',
    ],
    th: [
      'คดีลักลอบขนคนแทบไม่มีการสืบสวนทางการเงินและติดต่อสำนักงานป้องกันและปราบปรามการฟอกเงินเฉพาะคดีค้ามนุษย์รายใหญ่',
      'โทรศัพท์มือถือของคนขับที่ถูกจับถูกยึดไว้แต่ไม่ได้ตรวจพิสูจน์จึงไม่สามารถเชื่อมโยงถึงผู้บงการได้',
      'พนักงานสอบสวนรับผิดชอบสำนวนคดีลักลอบขนคนควบคู่กับคดีอาญาทั่วไปและไม่มีคู่มือเฉพาะ',
    ],
  },
  detention: {
    heading: { en: 'Detention and return', th: 'การควบคุมตัวและการส่งกลับ' },
    en: [
      'The immigration detention centre holds migrants awaiting deportation for days to weeks; women and children are held in a separate room.',
      'Deportation to the neighbouring country is by truck to the border once a week, coordinated by letter with the counterpart.',
      'Alternatives to detention for children were introduced by an MoU in 2019, but checkpoint staff were not aware of it.',
    ],
    th: [
      'ห้องกักของสำนักงานตรวจคนเข้าเมืองควบคุมตัวผู้รอการส่งกลับเป็นวันหรือเป็นสัปดาห์โดยแยกห้องสำหรับผู้หญิงและเด็ก',
      'การส่งกลับประเทศเพื่อนบ้านใช้รถบรรทุกไปส่งที่ชายแดนสัปดาห์ละครั้ง',
      'เจ้าหน้าที่ด่านไม่ทราบเรื่องบันทึกความเข้าใจว่าด้วยมาตรการทางเลือกแทนการควบคุมตัวเด็กที่ลงนามเมื่อปี2562',
    ],
  },
  maritime: {
    heading: { en: 'Sea and river borders', th: 'ชายแดนทางทะเลและแม่น้ำ' },
    en: [
      'Crew lists of fishing vessels are checked at the port-in port-out centre, but foreign crew transferring at sea are not seen.',
      'Long-tail boats cross the river every few minutes at the pier; only passengers who enter the immigration building are checked.',
      'The marine police have two patrol boats for the whole estuary and fuel for about ten days of patrols a month.',
    ],
    th: [
      'ศูนย์แจ้งเข้าออกเรือประมงตรวจบัญชีลูกเรือแต่ไม่เห็นลูกเรือต่างด้าวที่ถูกย้ายเรือกลางทะเล',
      'เรือหางยาวข้ามแม่น้ำทุกไม่กี่นาทีที่ท่าเรือและมีเพียงผู้โดยสารที่เดินเข้าอาคารตรวจคนเข้าเมืองเท่านั้นที่ได้รับการตรวจ',
      'ตำรวจน้ำมีเรือตรวจการณ์สองลำสำหรับทั้งปากแม่น้ำและมีน้ำมันพอสำหรับการลาดตระเวนราวสิบวันต่อเดือน',
    ],
  },
  labour: {
    heading: { en: 'Labour migration', th: 'การย้ายถิ่นเพื่อทำงาน' },
    en: [
      'Workers recruited under the MoU process enter through the checkpoint with visas, but many later overstay when their employer changes.',
      'The one-stop service centre for migrant workers issues work permits; immigration checks are done by a separate team.',
      'Recruitment fees under the MoU channel are high enough that many workers still prefer an irregular crossing.',
    ],
    th: [
      'แรงงานที่นำเข้าตามบันทึกความเข้าใจเดินทางผ่านด่านโดยมีการตรวจลงตราแต่หลายคนอยู่เกินกำหนดเมื่อเปลี่ยนนายจ้าง',
      'ศูนย์บริการเบ็ดเสร็จแรงงานต่างด้าวออกใบอนุญาตทำงานส่วนการตรวจคนเข้าเมืองดำเนินการโดยอีกทีมหนึ่ง',
      'ค่าใช้จ่ายในการนำเข้าแรงงานตามบันทึกความเข้าใจสูงจนแรงงานจำนวนมากยังเลือกข้ามแดนโดยไม่ผ่านด่าน',
    ],
  },
  journey: {
    heading: { en: 'The journey', th: 'การเดินทาง' },
    en: [
      'The respondent crossed the river at night by boat and walked two hours to a waiting pick-up truck.',
      'The group travelled with a relative who knew the broker; they did not pass any checkpoint on the way.',
      'The respondent first entered legally with a border pass and stayed on to work after it expired.',
      'Police stopped the vehicle at a roadside checkpoint; the migrants were detained and the driver ran away.',
    ],
    th: [
      'ผู้ให้ข้อมูลข้ามแม่น้ำด้วยเรือตอนกลางคืนแล้วเดินเท้าสองชั่วโมงไปขึ้นรถกระบะที่รออยู่',
      'ผู้ให้ข้อมูลเดินทางเข้ามาโดยถูกกฎหมายด้วยบัตรผ่านแดนแล้วอยู่ทำงานต่อหลังบัตรหมดอายุ',
      'ตำรวจเรียกตรวจรถที่ด่านตรวจริมถนนผู้ย้ายถิ่นถูกควบคุมตัวส่วนคนขับหลบหนีไป',
    ],
  },
  brokers: {
    heading: { en: 'Brokers and fees', th: 'นายหน้าและค่าใช้จ่าย' },
    en: [
      'The broker charged about three months of wages, paid partly in advance and partly by deduction from pay.',
      'The employer kept the respondent’s documents "for safekeeping" and returned them only when the job ended.',
      'Brokers on both sides of the border are known in the community; respondents did not see them as criminals.',
    ],
    th: [
      'นายหน้าเรียกเก็บเงินประมาณค่าแรงสามเดือนจ่ายล่วงหน้าบางส่วนและหักจากค่าจ้างอีกบางส่วน',
      'นายจ้างเก็บเอกสารประจำตัวของผู้ให้ข้อมูลไว้และคืนให้เมื่อเลิกจ้างเท่านั้น',
      'คนในชุมชนรู้จักนายหน้าทั้งสองฝั่งชายแดนและไม่ได้มองว่าเป็นอาชญากร',
    ],
  },
  treatment: {
    heading: { en: 'Treatment by authorities', th: 'การปฏิบัติของเจ้าหน้าที่' },
    en: [
      'The respondent was not asked whether anyone had forced them to travel or work; no interpreter was present at the police station.',
      'Respondents said they were afraid to report abuse because they believed they would be deported at once.',
      'In detention the respondent received food and basic medical care; relatives were not told where they were held.',
    ],
    th: [
      'ไม่มีเจ้าหน้าที่ถามผู้ให้ข้อมูลว่าถูกบังคับให้เดินทางหรือทำงานหรือไม่และไม่มีล่ามที่สถานีตำรวจ',
      'ผู้ให้ข้อมูลไม่กล้าแจ้งความเมื่อถูกละเมิดเพราะเชื่อว่าจะถูกส่งกลับทันที',
      'ระหว่างถูกควบคุมตัวผู้ให้ข้อมูลได้รับอาหารและการรักษาพยาบาลเบื้องต้นแต่ญาติไม่ทราบว่าถูกควบคุมตัวอยู่ที่ใด',
    ],
  },
};
