import {
  AlignmentType,
  Footer,
  Header,
  LineRuleType,
  Paragraph,
  SimpleField,
  TableOfContents,
  Textbox,
  TextRun,
  type IStylesOptions,
} from 'docx';
import { MARKING_TEXT, type ExportProfile } from '../../shared/export';
import { date, digits, label, LABELS, type Bilingual } from './locale';

/**
 * Parts every exported Word document shares (PRODUCT.md 11, DOMAIN.md 2.5): named styles in
 * TH Sarabun New, A4 pages, the classification marking in every header and footer, "page X
 * of Y", the DRAFT watermark and the scrubbed document properties.
 */

/** TH Sarabun New is the Thai government's standard face; Word falls back per script when absent. */
export const BODY_FONT = 'TH Sarabun New';
const FONT = { ascii: BODY_FONT, hAnsi: BODY_FONT, cs: BODY_FONT, eastAsia: BODY_FONT };

/** Sizes in half-points: body 16 pt; headings as Thai government offices set them (20/18/16 pt bold). */
const BODY_SIZE = 32;
const HEADING_SIZES = [40, 36, 32] as const;

/** A4 in twips, and margins of 2.5 cm (left 3 cm, for binding) as Thai official documents use. */
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGINS = { top: 1418, bottom: 1418, left: 1701, right: 1418, header: 709, footer: 709 } as const;

export function documentStyles(): IStylesOptions {
  const heading = (level: 1 | 2 | 3) => ({
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: {
      font: FONT,
      size: HEADING_SIZES[level - 1],
      sizeComplexScript: HEADING_SIZES[level - 1],
      bold: true,
      boldComplexScript: true,
    },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: level - 1 },
  });
  return {
    default: {
      document: {
        run: {
          font: FONT,
          size: BODY_SIZE,
          sizeComplexScript: BODY_SIZE,
          language: { value: 'en-GB', bidirectional: 'th-TH' },
        },
        // lineRule spelled out: without it LibreOffice reads line 240 as exactly 12 pt, and wrapped
        // 16 pt Thai lines print on top of each other (Word reads it as single spacing either way).
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: BODY_SIZE, sizeComplexScript: BODY_SIZE },
      },
      heading(1),
      heading(2),
      heading(3),
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: 48, sizeComplexScript: 48, bold: true, boldComplexScript: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
      },
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: 28, sizeComplexScript: 28, bold: true, boldComplexScript: true },
        paragraph: { spacing: { before: 120, after: 120 } },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: 24, sizeComplexScript: 24 },
      },
      {
        id: 'Marking',
        name: 'Classification Marking',
        basedOn: 'Normal',
        run: { font: FONT, size: 32, sizeComplexScript: 32, bold: true, boldComplexScript: true },
        paragraph: { alignment: AlignmentType.CENTER },
      },
    ],
  };
}

/** The marking in the profile's language ("ลับ", "SECRET", both, or the organisation's label); null for none. */
export function markingText(profile: ExportProfile): string | null {
  if (profile.marking === 'none') return null;
  if (profile.marking === 'custom') return profile.markingLabel.trim();
  return label(profile, MARKING_TEXT[profile.marking]);
}

/** "DRAFT 0.3 12 February 2020" / "ร่าง 0.3 12 กุมภาพันธ์ 2563"; null when the profile has no watermark. */
export function watermarkText(profile: ExportProfile, today: string): string | null {
  if (!profile.draft.enabled) return null;
  const when = profile.draft.date ?? today;
  const words = (language: 'th' | 'en'): string =>
    [LABELS.draft[language], digits(profile, profile.draft.version.trim()), date(profile, when, language)]
      .filter(Boolean)
      .join(' ');
  return label(profile, { th: words('th'), en: words('en') });
}

function markingParagraph(marking: string | null): Paragraph {
  return new Paragraph({ style: 'Marking', children: marking ? [new TextRun(marking)] : [] });
}

/**
 * The footer's marking, centred on its own line below "page X of Y": an "at least" line height
 * taller than the text keeps Thai marks above and below the line from running into the page line.
 */
function footerMarking(marking: string | null): Paragraph {
  return new Paragraph({
    style: 'Marking',
    spacing: { before: 60, line: 440, lineRule: LineRuleType.AT_LEAST },
    children: marking ? [new TextRun(marking)] : [],
  });
}

/**
 * The watermark: a VML text box anchored in the header, rotated and behind the text (negative
 * z-index). Word and LibreOffice both draw header-anchored VML boxes on every page of the section.
 */
function watermark(text: string, page: { width: number; height: number }): Textbox {
  // Wide enough for "ร่าง 0.3 12 กุมภาพันธ์ 2563" on one line at 32 pt, even on a portrait page:
  // a narrower box wraps it into stacked, overlapping lines.
  const widthPt = Math.round((Math.min(page.width, page.height) / 20) * 0.95);
  return new Textbox({
    alignment: AlignmentType.CENTER,
    style: {
      position: 'absolute',
      width: `${widthPt}pt`,
      height: '90pt',
      positionHorizontal: 'center',
      positionHorizontalRelative: 'page',
      positionVertical: 'center',
      positionVerticalRelative: 'page',
      rotation: -35,
      zIndex: -251658240,
      wrapStyle: 'none',
    },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text, size: 64, sizeComplexScript: 64, bold: true, color: 'C8C8C8' })],
      }),
    ],
  });
}

/**
 * "Page X of Y" with plain Word fields: page numbers are Arabic even with Thai digits, because
 * LibreOffice reads the ThaiArabic switch as Thai letters ("หน้า ข จาก ค").
 */
function pageOfPages(profile: ExportProfile): Paragraph {
  const field = (name: 'PAGE' | 'NUMPAGES'): SimpleField => new SimpleField(`${name} \\* MERGEFORMAT`, '1');
  const language: 'th' | 'en' = profile.language === 'en' ? 'en' : 'th';
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun(`${LABELS.page[language]} `),
      field('PAGE'),
      new TextRun(` ${LABELS.of[language]} `),
      field('NUMPAGES'),
    ],
  });
}

export interface PageFurniture {
  headers: { default: Header };
  footers: { default: Footer };
}

/** The header and footer of every section: marking centred on top and bottom, watermark, page X of Y. */
export function pageFurniture(
  profile: ExportProfile,
  today: string,
  page: { width: number; height: number },
): PageFurniture {
  const marking = markingText(profile);
  const draft = watermarkText(profile, today);
  const headerChildren: Paragraph[] = [markingParagraph(marking)];
  // A Textbox is written as a paragraph (w:p holding the VML shape), which a header may hold;
  // docx's Header type lists only Paragraph and Table, hence the cast.
  if (draft) headerChildren.push(watermark(draft, page) as unknown as Paragraph);
  return {
    headers: { default: new Header({ children: headerChildren }) },
    footers: { default: new Footer({ children: [pageOfPages(profile), footerMarking(marking)] }) },
  };
}

/** A table-of-contents field over Heading 1–3; Word fills it when the document is opened (updateFields). */
export function tableOfContents(title: Bilingual, profile: ExportProfile): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: 'Heading1', children: [new TextRun(label(profile, title))] }),
    new TableOfContents(label(profile, title), { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * docProps/core.xml with the document's title and nothing else: docx would write a creator and
 * last-modified-by ("Un-named") and a revision; an export must not say who made it or on which machine.
 */
export function scrubbedCoreProperties(title: string): { path: string; data: string } {
  return {
    path: 'docProps/core.xml',
    data:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${escapeXml(title)}</dc:title>` +
      '</cp:coreProperties>',
  };
}
