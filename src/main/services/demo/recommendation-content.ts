/**
 * The demo's 20 recommendations, each following from one or more findings (by key). Two of
 * them (the Protocol and advance crew lists) have no action-plan item yet, so the dashboard
 * shows them as gaps.
 */

type Bilingual = { en: string; th: string };

export interface RecommendationSpec {
  key: string;
  subAreaCode: string;
  findings: readonly string[];
  text: Bilingual;
  priority: 'high' | 'medium' | 'low';
  horizon: 'short' | 'medium' | 'long';
}

export const RECOMMENDATION_SPECS: readonly RecommendationSpec[] = [
  { key: 'r-training-plan', subAreaCode: 'A5', findings: ['f-training-plan', 'f-elearning'], priority: 'high', horizon: 'short',
    text: { en: 'Adopt a written annual training plan linked to job profiles, and record completion of induction and e-learning modules.',
      th: 'จัดทำแผนการฝึกอบรมประจำปีเป็นลายลักษณ์อักษรที่เชื่อมโยงกับตำแหน่งงาน และบันทึกผลการเรียนจบหลักสูตรปฐมนิเทศและบทเรียนออนไลน์' } },
  { key: 'r-rotation', subAreaCode: 'A3', findings: ['f-rotation'], priority: 'medium', horizon: 'medium',
    text: { en: 'Set written rotation rules that keep trained document examiners and investigators at a checkpoint for at least two years, with supervision as the integrity safeguard.',
      th: 'กำหนดหลักเกณฑ์การหมุนเวียนเป็นลายลักษณ์อักษรให้ผู้ตรวจเอกสารและพนักงานสืบสวนที่ผ่านการอบรมประจำด่านอย่างน้อยสองปี โดยใช้การกำกับดูแลเป็นมาตรการป้องกันการทุจริต' } },
  { key: 'r-equipment', subAreaCode: 'A2', findings: ['f-equipment'], priority: 'high', horizon: 'medium',
    text: { en: 'Equip land and river checkpoints with document-examination devices and fund their maintenance from the national budget.',
      th: 'จัดหาอุปกรณ์ตรวจเอกสารให้ด่านทางบกและด่านริมแม่น้ำ และตั้งงบประมาณแผ่นดินสำหรับการบำรุงรักษา' } },
  { key: 'r-complaints', subAreaCode: 'A6', findings: ['f-complaints'], priority: 'medium', horizon: 'short',
    text: { en: 'Post fee schedules at every counter and run a confidential complaints channel with a named owner and published follow-up.',
      th: 'ติดประกาศอัตราค่าธรรมเนียมทุกช่องตรวจ และจัดช่องทางร้องเรียนที่เป็นความลับโดยมีผู้รับผิดชอบชัดเจนและเผยแพร่ผลการดำเนินการ' } },
  { key: 'r-smuggling-law', subAreaCode: 'B3', findings: ['f-smuggling-law'], priority: 'high', horizon: 'medium',
    text: { en: 'Include in the new Immigration Act a smuggling offence with a material-benefit element, aggravated forms and non-criminalisation of smuggled migrants.',
      th: 'บัญญัติความผิดฐานลักลอบขนผู้ย้ายถิ่นในพระราชบัญญัติคนเข้าเมืองฉบับใหม่ โดยมีองค์ประกอบเรื่องประโยชน์ทางการเงิน เหตุฉกรรจ์ และการไม่เอาผิดผู้ถูกลักลอบขน' } },
  { key: 'r-protocol', subAreaCode: 'B4', findings: ['f-protocol'], priority: 'low', horizon: 'long',
    text: { en: 'Assess the steps needed for accession to the Smuggling of Migrants Protocol once the new Immigration Act is adopted.',
      th: 'ศึกษาขั้นตอนการเข้าเป็นภาคีพิธีสารว่าด้วยการลักลอบขนผู้ย้ายถิ่นเมื่อพระราชบัญญัติคนเข้าเมืองฉบับใหม่มีผลใช้บังคับ' } },
  { key: 'r-secondary-sop', subAreaCode: 'B2', findings: ['f-secondary-sop', 'f-secondary-check'], priority: 'high', horizon: 'short',
    text: { en: 'Sign the police order on checkpoint procedures with a complete secondary-inspection chapter and a private interview area at each major checkpoint.',
      th: 'ลงนามคำสั่งว่าด้วยขั้นตอนการตรวจที่ด่านโดยมีหมวดการตรวจชั้นที่สองที่สมบูรณ์ และจัดห้องสัมภาษณ์เป็นสัดส่วนที่ด่านหลักทุกแห่ง' } },
  { key: 'r-mou-channel', subAreaCode: 'B5', findings: ['f-mou-costs', 'f-overstay'], priority: 'medium', horizon: 'medium',
    text: { en: 'Reduce the cost and time of MoU recruitment and let workers change employer without losing their status.',
      th: 'ลดค่าใช้จ่ายและระยะเวลาการนำเข้าแรงงานตามบันทึกความเข้าใจ และให้แรงงานเปลี่ยนนายจ้างได้โดยไม่เสียสถานะ' } },
  { key: 'r-financial', subAreaCode: 'C4', findings: ['f-organisers'], priority: 'high', horizon: 'short',
    text: { en: 'Open a financial investigation with AMLO in every smuggling case involving more than five migrants, and train inquiry officers to do so.',
      th: 'ให้สืบสวนทางการเงินร่วมกับสำนักงาน ปปง. ในทุกคดีลักลอบขนคนที่มีผู้ย้ายถิ่นเกินห้าคน และฝึกอบรมพนักงานสอบสวนให้ดำเนินการได้' } },
  { key: 'r-referral', subAreaCode: 'C6', findings: ['f-referral-sop'], priority: 'high', horizon: 'short',
    text: { en: 'Adopt the written SOP for referral from checkpoints to MSDHS, with a referral form, 24-hour contact points and interpreters.',
      th: 'ประกาศใช้แนวทางปฏิบัติการส่งต่อจากด่านไปยังกระทรวงการพัฒนาสังคมฯ พร้อมแบบฟอร์ม จุดติดต่อตลอด 24 ชั่วโมง และล่าม' } },
  { key: 'r-patrols', subAreaCode: 'C2', findings: ['f-patrols'], priority: 'medium', horizon: 'medium',
    text: { en: 'Plan patrols of natural crossing points on risk, jointly with the military and provincial police, and resource them.',
      th: 'วางแผนลาดตระเวนช่องทางธรรมชาติตามความเสี่ยงร่วมกับทหารและตำรวจภูธร และจัดสรรทรัพยากรให้เพียงพอ' } },
  { key: 'r-atd', subAreaCode: 'C5', findings: ['f-detention-children'], priority: 'high', horizon: 'short',
    text: { en: 'Brief every checkpoint on the MoU on alternatives to detention of children and monitor its use.',
      th: 'ชี้แจงบันทึกความเข้าใจว่าด้วยทางเลือกแทนการกักตัวเด็กให้ทุกด่านทราบ และติดตามการนำไปใช้' } },
  { key: 'r-risk', subAreaCode: 'C7', findings: ['f-risk-analysis'], priority: 'medium', horizon: 'medium',
    text: { en: 'Create a risk-analysis unit at headquarters and a standard incident report that every checkpoint files.',
      th: 'จัดตั้งหน่วยวิเคราะห์ความเสี่ยงที่ส่วนกลาง และกำหนดแบบรายงานเหตุการณ์มาตรฐานที่ทุกด่านต้องส่ง' } },
  { key: 'r-biometrics', subAreaCode: 'D1', findings: ['f-biometrics'], priority: 'high', horizon: 'long',
    text: { en: 'Extend biometric capture to the permanent land checkpoints, with an offline mode and logged outages.',
      th: 'ขยายการจัดเก็บข้อมูลชีวมิติไปยังด่านทางบกถาวร โดยมีระบบทำงานแบบออฟไลน์และบันทึกการขัดข้อง' } },
  { key: 'r-interpol', subAreaCode: 'D2', findings: ['f-interpol'], priority: 'high', horizon: 'medium',
    text: { en: 'Give land checkpoints access to INTERPOL databases through the NCB and a procedure for local alerts.',
      th: 'ให้ด่านทางบกเข้าถึงฐานข้อมูลอินเตอร์โพลผ่านสำนักงานอินเตอร์โพลกรุงเทพ และกำหนดขั้นตอนการแจ้งเตือนในพื้นที่' } },
  { key: 'r-statistics', subAreaCode: 'D4', findings: ['f-statistics'], priority: 'medium', horizon: 'short',
    text: { en: 'Agree common statistical definitions across checkpoints and publish arrests under s.63 and s.64 yearly.',
      th: 'กำหนดนิยามสถิติร่วมกันทุกด่าน และเผยแพร่สถิติการจับกุมตามมาตรา 63 และมาตรา 64 เป็นประจำทุกปี' } },
  { key: 'r-data-sharing', subAreaCode: 'D5', findings: ['f-data-sharing'], priority: 'medium', horizon: 'medium',
    text: { en: 'Write data-sharing procedures with MSDHS, OAG and foreign counterparts that meet the Personal Data Protection Act.',
      th: 'จัดทำขั้นตอนการแลกเปลี่ยนข้อมูลกับกระทรวงการพัฒนาสังคมฯ สำนักงานอัยการสูงสุด และหน่วยงานต่างประเทศให้สอดคล้องกับพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล' } },
  { key: 'r-crew-lists', subAreaCode: 'D3', findings: ['f-crew-lists'], priority: 'low', horizon: 'long',
    text: { en: 'Require shipping agents to submit crew lists electronically before arrival, checked automatically against the watch list.',
      th: 'กำหนดให้ตัวแทนเรือส่งบัญชีลูกเรือทางอิเล็กทรอนิกส์ก่อนเรือเข้าเทียบท่า และตรวจกับบัญชีเฝ้าดูโดยอัตโนมัติ' } },
  { key: 'r-joint-cases', subAreaCode: 'E2', findings: ['f-prosecutors-late', 'f-organisers'], priority: 'high', horizon: 'short',
    text: { en: 'Issue joint guidelines for early case-building between inquiry officers and prosecutors, and train them together.',
      th: 'ออกแนวทางร่วมในการทำสำนวนตั้งแต่ต้นระหว่างพนักงานสอบสวนและพนักงานอัยการ และฝึกอบรมร่วมกัน' } },
  { key: 'r-blo', subAreaCode: 'E3', findings: ['f-blo'], priority: 'medium', horizon: 'short',
    text: { en: 'Send border liaison office minutes to headquarters and agree direct contact points with counterparts for urgent requests.',
      th: 'ส่งรายงานการประชุมของสำนักงานประสานงานชายแดนให้ส่วนกลาง และกำหนดจุดติดต่อโดยตรงกับฝั่งตรงข้ามสำหรับเรื่องเร่งด่วน' } },
];
