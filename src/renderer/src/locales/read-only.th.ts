import type { readOnlyEn } from './read-only.en';

/** Thai strings of the read-only state of a review copy (issue 6); same keys as read-only.en.ts. */
export const readOnlyTh: typeof readOnlyEn = {
  readOnly: {
    hint: 'ไฟล์นี้เป็นสำเนาสำหรับทบทวน: เนื้อหาอ่านได้อย่างเดียว แสดงความเห็นและบันทึกผลการทบทวนได้',
    banner:
      'ช่องข้อมูลแสดงแบบอ่านอย่างเดียว และเพิ่ม ลบ หรือนำเข้าข้อมูลไม่ได้ คุณอ่าน ค้นหา แสดงความเห็น และบันทึกผลการทบทวนข้อค้นพบ ข้อเสนอแนะ รายการแผนปฏิบัติการ และส่วนของรายงานได้ รวมทั้งส่งออกเอกสารและชุดผลการทบทวน และล็อกหรือปิดไฟล์ได้',
    label: 'อ่านอย่างเดียว',
  },
};
