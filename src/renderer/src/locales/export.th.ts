import type { exportEn } from './export.en';

/** ข้อความภาษาไทย; keys must match export.en.ts exactly. */
export const exportTh: typeof exportEn = {
  exportDoc: {
    heading: 'ส่งออกเป็นเอกสาร Word',
    explanation:
      'เลือกเอกสารและรูปแบบที่ต้องการ ก่อนส่งออกให้ตรวจดูว่าข้อมูลใดจะถูกตัดออกเพื่อคุ้มครองผู้ให้สัมภาษณ์',
    document: 'เอกสาร',
    documents: { action_plan: 'แผนปฏิบัติการร่วม', report: 'รายงาน BMMA' },
    profile: {
      heading: 'รูปแบบการส่งออก',
      language: 'ภาษา',
      languages: { th: 'ภาษาไทย', en: 'ภาษาอังกฤษ', both: 'ไทยและอังกฤษคู่กัน' },
      calendar: 'ปฏิทิน',
      calendars: { BE: 'พุทธศักราช (พ.ศ.)', CE: 'คริสต์ศักราช (ค.ศ.)' },
      digits: 'ตัวเลข',
      digitOptions: { thai: 'เลขไทย (๐–๙)', arabic: 'เลขอารบิก (0–9)' },
      marking: 'ชั้นความลับ',
      markings: { none: 'ไม่มี', confidential: 'ลับ', secret: 'ลับมาก', top_secret: 'ลับที่สุด', custom: 'ข้อความขององค์กร…' },
      markingLabel: 'ข้อความขององค์กร',
      markingLabelMissing: 'กรอกข้อความที่จะพิมพ์ในหัวกระดาษและท้ายกระดาษทุกหน้า',
      draft: 'ลายน้ำ "ร่าง"',
      draftVersion: 'ฉบับที่',
      draftDate: 'วันที่ของร่าง',
      maxSensitivity: 'ตัดหลักฐานที่สูงกว่า',
      sensitivities: {
        public: 'เปิดเผยได้',
        internal: 'ใช้ภายใน',
        restricted: 'จำกัดการเข้าถึง',
        confidential: 'ลับ',
        secret: 'ลับมาก',
        top_secret: 'ลับที่สุด',
      },
      minCellSize: 'จำนวนต่ำสุดที่แสดง',
      minCellSizeHint: 'จำนวนที่น้อยกว่านี้ในตารางจะแสดงเป็น "<{{n}}"',
    },
    saved: {
      choose: 'รูปแบบที่บันทึกไว้',
      none: 'ยังไม่มีรูปแบบที่บันทึกไว้',
      saveAs: 'บันทึกรูปแบบเป็น…',
      name: 'ชื่อรูปแบบ',
      save: 'บันทึก',
      cancel: 'ยกเลิก',
      delete: 'ลบรูปแบบ',
      deleteHeading: 'ลบรูปแบบ "{{name}}" หรือไม่',
      deleteExplanation: 'เอกสารที่ส่งออกไปแล้วจะไม่เปลี่ยนแปลง',
      deleteConfirm: 'ลบ',
    },
    preview: {
      heading: 'ข้อมูลที่จะถูกตัดออก',
      loading: 'กำลังตรวจสอบโครงการ…',
      nothing: 'ไม่มีข้อมูลใดถูกตัดออก',
      included_action_plan: 'เอกสารจะมีกิจกรรมในแผน {{count}} รายการ',
      included_report: 'เอกสารจะมีข้อค้นพบ {{count}} รายการ',
      emptyHeading: 'ส่วนที่ยังไม่มีเนื้อหา (เอกสารจะแสดงข้อความแจ้งไว้แทน)',
      reasons: {
        above_sensitivity: {
          name: 'สูงกว่าระดับที่กำหนด',
          explanation: 'การสัมภาษณ์ การลงพื้นที่ และเอกสาร ที่มีชั้นความอ่อนไหวสูงกว่าที่รูปแบบนี้อนุญาต',
        },
        consent_no_use: {
          name: 'ไม่ยินยอมให้ใช้',
          explanation: 'การสัมภาษณ์ที่ผู้ให้ข้อมูลไม่ยินยอมให้นำไปใช้ในรายงาน',
        },
        consent_withdrawn: {
          name: 'ถอนความยินยอม',
          explanation: 'การสัมภาษณ์ที่ผู้ให้ข้อมูลถอนความยินยอมแล้ว',
        },
        paraphrase_only: {
          name: 'สรุปความเท่านั้น',
          explanation: 'ข้อความที่ลงรหัสไว้จะถูกสรุปความ ไม่ยกคำพูดโดยตรง เพราะได้รับความยินยอมให้สรุปความเท่านั้น',
        },
        small_cell: {
          name: 'ซ่อนจำนวนที่น้อย',
          explanation: 'ช่องในตารางที่มีจำนวนคนหรือรายการน้อยกว่าจำนวนต่ำสุดที่แสดง จะพิมพ์เป็น "<N"',
        },
        deleted: {
          name: 'รายการที่ลบแล้ว',
          explanation: 'รายการที่ลบออกจากโครงการจะไม่ถูกส่งออก',
        },
      },
      sections: {
        executive_summary: 'บทสรุปผู้บริหาร',
        background: 'ความเป็นมา',
        methodology_limitations: 'วิธีการ: ข้อจำกัด',
        findings: 'ข้อค้นพบด้าน {{area}}',
        cross_cutting: 'ประเด็นคาบเกี่ยว',
        recommendations: 'ข้อเสนอแนะรวม',
        action_plan: 'แผนปฏิบัติการร่วม',
      },
    },
    run: {
      button: 'ส่งออก…',
      running: 'กำลังส่งออก…',
      done: 'บันทึกแล้ว',
      path: 'ไฟล์',
      size: 'ขนาด',
      sha256: 'SHA-256',
    },
  },
};
