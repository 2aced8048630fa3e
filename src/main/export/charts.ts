import { Resvg } from '@resvg/resvg-js';
import { AlignmentType, ImageRun, LineRuleType, Paragraph, SimpleField, TextRun } from 'docx';
import type { ExportProfile } from '../../shared/export';
import { label, number, type Bilingual } from './locale';

/**
 * The report's charts (issue 4): the area-score radar and stacked bars (action status by area),
 * drawn as hand-written SVG and rasterised to PNG with resvg. Why by hand: there are two small
 * chart types, the main process has no browser, and charting libraries draw into a DOM; an SVG
 * string is deterministic (same data -> same bytes) and easy to keep black-and-white safe.
 * PNG because Word and LibreOffice both place it everywhere; drawn at 2x for print sharpness.
 */

/** One spoke of the area-score radar: area label, mean score (null = not rated yet), scale max. */
export interface RadarDatum {
  label: string;
  value: number | null;
  max: number;
}

/** One bar of a stacked bar chart (e.g. an area), its segments in legend order (e.g. statuses). */
export interface StackedBar {
  label: string;
  segments: { key: string; value: number }[];
}

export interface ChartImage {
  png: Uint8Array;
  /** Pixel size of the PNG; the figure is placed at this aspect ratio. */
  width: number;
  height: number;
}

/** Thai-capable faces, the government's first; resvg takes the first one installed. */
const FONT_STACK = "'TH Sarabun New', 'Sarabun', 'Garuda', 'Loma', 'Norasi', 'Tahoma', 'Leelawadee UI', sans-serif";
const DEFAULT_FONT = 'Garuda';
/** Pixels per SVG unit in the PNG: twice the on-screen size, for print. */
export const SCALE = 2;

const NOT_RATED: Bilingual = { th: 'ยังไม่ได้ประเมิน', en: 'not rated' };
const FIGURE: Bilingual = { th: 'ภาพที่', en: 'Figure' };

export function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Coordinates rounded to 0.01 so the SVG text (and thus the PNG) is the same on every run. */
export function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Thai vowels and tone marks written above or below a letter: they take no width of their own. */
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

/** A rough width of `text` at `size` px: the wrapping needs only an estimate, not a measurement. */
export function textWidth(text: string, size: number): number {
  const base = text.replace(COMBINING, '');
  const thai = base.replace(/[^\u0E00-\u0E7F]/g, '').length;
  return (thai * 0.62 + (base.length - thai) * 0.54) * size;
}

/** Word boundaries by ICU's dictionary: Thai has no spaces between words, and no word may be cut. */
const WORDS = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Splits a label into lines no wider than `maxWidth` px at word boundaries (Thai words found by
 * dictionary, never cut), and always at " / " (a bilingual label: Thai line, then English line).
 */
export function wrap(text: string, maxWidth: number, size: number): string[] {
  const out: string[] = [];
  for (const part of text.split(' / ')) {
    let line = '';
    for (const { segment } of WORDS.segment(part)) {
      const candidate = line + segment;
      if (line.trim() !== '' && textWidth(candidate.trimEnd(), size) > maxWidth) {
        out.push(line.trimEnd());
        line = segment.trimStart();
      } else line = candidate;
    }
    if (line.trim() !== '') out.push(line.trim());
  }
  return out;
}

/**
 * Text as resvg's shaper draws it right: SARA AM (ำ) is written as NIKHAHIT + SARA AA, its
 * compatibility decomposition, which looks the same; shaped as one character it came out over
 * the next letters and swallowed the following space with the Thai faces installed here.
 */
function shapeable(text: string): string {
  return text.replace(/\u0E33/g, '\u0E4D\u0E32');
}

export function textLines(
  lines: string[],
  x: number,
  y: number,
  options: { anchor: 'start' | 'middle' | 'end'; size: number; weight?: 'bold'; fill?: string },
): string {
  const lineHeight = options.size * 1.25;
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  return lines
    .map(
      (line, i) =>
        `<text x="${n(x)}" y="${n(top + i * lineHeight)}" text-anchor="${options.anchor}" dominant-baseline="central" ` +
        `font-size="${options.size}"${options.weight ? ` font-weight="${options.weight}"` : ''} fill="${options.fill ?? '#000'}">${esc(shapeable(line))}</text>`,
    )
    .join('');
}

export function svgDocument(width: number, height: number, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${FONT_STACK}">` +
    `<rect width="${width}" height="${height}" fill="#fff"/>${body}</svg>`
  );
}

export function rasterise(svg: string): ChartImage {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: DEFAULT_FONT, sansSerifFamily: DEFAULT_FONT },
    shapeRendering: 2,
    textRendering: 1,
  }).render();
  return { png: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}

/** The radar's SVG; exported for tests and for looking at the drawing without rasterising. */
export function radarSvg(data: RadarDatum[], profile: ExportProfile): string {
  const width = 780;
  const height = 500;
  const cx = width / 2;
  const cy = height / 2 + 12;
  const radius = 175;
  const max = Math.max(1, ...data.map((d) => d.max));
  const count = Math.max(data.length, 1);
  const angle = (i: number): number => -Math.PI / 2 + (2 * Math.PI * i) / count;
  const at = (i: number, r: number): [number, number] => [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))];
  const parts: string[] = [];
  // Rings: one polygon per whole point of the scale, its value written on the upward spoke.
  for (let step = 1; step <= max; step += 1) {
    const r = (radius * step) / max;
    const ring = data.map((_, i) => at(i, r).map(n).join(',')).join(' ');
    parts.push(`<polygon points="${ring}" fill="none" stroke="#b0b0b0" stroke-width="${step === max ? 1.5 : 1}"/>`);
    parts.push(textLines([number(profile, step)], cx + 6, cy - r, { anchor: 'start', size: 12, fill: '#606060' }));
  }
  data.forEach((d, i) => {
    const [x, y] = at(i, radius);
    parts.push(`<line x1="${n(cx)}" y1="${n(cy)}" x2="${n(x)}" y2="${n(y)}" stroke="#b0b0b0" stroke-width="1"/>`);
  });
  // The mean scores: a filled polygon through the rated areas (areas not rated are left out of it).
  const rated = data.map((d, i) => ({ d, i })).filter(({ d }) => d.value !== null);
  const point = ({ d, i }: { d: RadarDatum; i: number }): [number, number] =>
    at(i, (radius * Math.min(Math.max(d.value ?? 0, 0), max)) / max);
  if (rated.length >= 2) {
    const shape = rated.map((p) => point(p).map(n).join(',')).join(' ');
    parts.push(
      `<polygon points="${shape}" fill="#404040" fill-opacity="0.18" stroke="#000" stroke-width="2.5" stroke-linejoin="round"/>`,
    );
  }
  for (const p of rated) {
    const [x, y] = point(p);
    parts.push(`<circle cx="${n(x)}" cy="${n(y)}" r="4.5" fill="#000"/>`);
    // The value beside its point on the side of the centre (the area's label is outside), on a
    // white patch so the rings do not cross it.
    const text = number(profile, Math.round((p.d.value ?? 0) * 10) / 10);
    const cos = Math.cos(angle(p.i));
    const dx = Math.abs(cos) < 0.2 || cos < 0 ? 10 : -10;
    const anchor = dx > 0 ? 'start' : 'end';
    const boxWidth = textWidth(text, 14) + 6;
    const boxX = anchor === 'start' ? x + dx - 3 : x + dx - boxWidth + 3;
    parts.push(
      `<rect x="${n(boxX)}" y="${n(y - 20)}" width="${n(boxWidth)}" height="18" fill="#fff" fill-opacity="0.85"/>`,
    );
    parts.push(textLines([text], x + dx, y - 11, { anchor, size: 14, weight: 'bold' }));
  }
  // Spoke labels outside the rings; "not rated" under an area without a score.
  data.forEach((d, i) => {
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    const [x, y] = at(i, radius + 26);
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const room = anchor === 'middle' ? 300 : width / 2 - Math.abs(x - cx) - 8;
    const lines = wrap(d.label, room, 15);
    if (d.value === null) lines.push(`(${label(profile, NOT_RATED)})`);
    const shift = Math.abs(cos) < 0.2 ? (sin < 0 ? -1 : 1) * (lines.length - 1) * 9 : 0;
    parts.push(textLines(lines, x, y + shift, { anchor, size: 15, weight: d.value === null ? undefined : 'bold' }));
  });
  return svgDocument(width, height, parts.join(''));
}

/** Area scores as a radar (SVG drawn here, rasterised to PNG with resvg). */
export async function radarChart(data: RadarDatum[], profile: ExportProfile): Promise<ChartImage> {
  return rasterise(radarSvg(data, profile));
}

/** Fills for segments in legend order: a distinct grey AND a distinct pattern each. */
export const FILLS: { shade: string; pattern: (id: string, shade: string) => string; dark: boolean }[] = [
  { shade: '#f2f2f2', dark: false, pattern: (id, s) => solid(id, s) },
  {
    shade: '#d0d0d0',
    dark: false,
    pattern: (id, s) =>
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">` +
      `<rect width="8" height="8" fill="${s}"/><line x1="0" y1="0" x2="0" y2="8" stroke="#000" stroke-width="2"/></pattern>`,
  },
  {
    shade: '#a8a8a8',
    dark: false,
    pattern: (id, s) =>
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8">` +
      `<rect width="8" height="8" fill="${s}"/><circle cx="4" cy="4" r="1.6" fill="#000"/></pattern>`,
  },
  {
    shade: '#7a7a7a',
    dark: true,
    pattern: (id, s) =>
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8">` +
      `<rect width="8" height="8" fill="${s}"/><path d="M0 4H8M4 0V8" stroke="#fff" stroke-width="1.2"/></pattern>`,
  },
  {
    shade: '#404040',
    dark: true,
    pattern: (id, s) =>
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(-45)">` +
      `<rect width="8" height="8" fill="${s}"/><line x1="0" y1="0" x2="0" y2="8" stroke="#fff" stroke-width="1.5"/></pattern>`,
  },
  {
    shade: '#e0e0e0',
    dark: false,
    pattern: (id, s) =>
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6">` +
      `<rect width="6" height="6" fill="${s}"/><line x1="0" y1="3" x2="6" y2="3" stroke="#000" stroke-width="1.2"/></pattern>`,
  },
];
function solid(id: string, shade: string): string {
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="${shade}"/></pattern>`;
}

/** The stacked bars' SVG; exported for tests and for looking at the drawing without rasterising. */
export function stackedBarSvg(
  bars: StackedBar[],
  legend: { key: string; label: string }[],
  profile: ExportProfile,
): string {
  const width = 760;
  // The label column as wide as the longest label line needs, within bounds that leave the bars room.
  const natural = bars.flatMap((b) => b.label.split(' / ')).map((part) => textWidth(part, 16));
  const labelWidth = Math.round(Math.min(280, Math.max(120, ...natural)) + 12);
  const plotLeft = labelWidth + 10;
  const plotWidth = width - plotLeft - 56;
  const barHeight = 30;
  const lineGap = 20;
  const labels = bars.map((b) => wrap(b.label, labelWidth - 12, 16));
  const rowHeights = labels.map((l) => Math.max(barHeight, l.length * lineGap) + 16);
  const totals = bars.map((b) => b.segments.reduce((sum, s) => sum + Math.max(0, s.value), 0));
  const maxTotal = Math.max(1, ...totals);
  // Legend rows: swatch + label, flowing left to right.
  const legendItems = legend.map((item, i) => ({ ...item, i, w: 46 + textWidth(item.label, 14) }));
  const legendRows: (typeof legendItems)[] = [[]];
  let rowWidth = 0;
  for (const item of legendItems) {
    const current = legendRows[legendRows.length - 1] ?? [];
    if (rowWidth + item.w > width - 40 && current.length > 0) {
      legendRows.push([item]);
      rowWidth = item.w;
    } else {
      current.push(item);
      rowWidth += item.w;
    }
  }
  const plotTop = 16;
  const plotHeight = rowHeights.reduce((a, b) => a + b, 0);
  const legendTop = plotTop + plotHeight + 26;
  const height = legendTop + legendRows.length * 28 + 10;
  const fillOf = (key: string): number =>
    Math.max(
      0,
      legend.findIndex((l) => l.key === key),
    );
  const defs = legend
    .map((l, i) => {
      const fill = FILLS[i % FILLS.length] ?? FILLS[0];
      return fill ? fill.pattern(`p${i}`, fill.shade) : '';
    })
    .join('');
  const parts: string[] = [`<defs>${defs}</defs>`];
  parts.push(
    `<line x1="${plotLeft}" y1="${plotTop - 6}" x2="${plotLeft}" y2="${plotTop + plotHeight}" stroke="#000" stroke-width="1.5"/>`,
  );
  let y = plotTop;
  bars.forEach((bar, b) => {
    const rowHeight = rowHeights[b] ?? barHeight;
    const mid = y + rowHeight / 2;
    parts.push(textLines(labels[b] ?? [], labelWidth, mid, { anchor: 'end', size: 16, weight: 'bold' }));
    let x = plotLeft;
    for (const segment of bar.segments) {
      if (segment.value <= 0) continue;
      const w = (plotWidth * segment.value) / maxTotal;
      const index = fillOf(segment.key);
      parts.push(
        `<rect x="${n(x)}" y="${n(mid - barHeight / 2)}" width="${n(w)}" height="${barHeight}" fill="url(#p${index})" stroke="#000" stroke-width="1"/>`,
      );
      // The count on a white tag, readable over any pattern, when the segment is wide enough.
      const text = number(profile, segment.value);
      const tagWidth = textWidth(text, 14) + 10;
      if (w >= tagWidth + 4) {
        parts.push(
          `<rect x="${n(x + w / 2 - tagWidth / 2)}" y="${n(mid - 10)}" width="${tagWidth}" height="20" rx="3" fill="#fff" stroke="#000" stroke-width="0.6"/>`,
        );
        parts.push(textLines([text], x + w / 2, mid, { anchor: 'middle', size: 14, weight: 'bold' }));
      }
      x += w;
    }
    parts.push(textLines([number(profile, totals[b] ?? 0)], x + 8, mid, { anchor: 'start', size: 15 }));
    y += rowHeight;
  });
  legendRows.forEach((row, r) => {
    const rowTotal = row.reduce((sum, item) => sum + item.w, 0);
    let x = (width - rowTotal) / 2;
    const ly = legendTop + r * 28;
    for (const item of row) {
      parts.push(
        `<rect x="${n(x)}" y="${ly}" width="22" height="18" fill="url(#p${item.i})" stroke="#000" stroke-width="1"/>`,
      );
      parts.push(textLines([item.label], x + 28, ly + 9, { anchor: 'start', size: 14 }));
      x += item.w;
    }
  });
  return svgDocument(width, Math.ceil(height), parts.join(''));
}

/**
 * Stacked horizontal bars with a legend; segments are told apart by pattern as well as shade so
 * the chart survives a black-and-white printer, and each segment shows its count.
 */
export async function stackedBarChart(
  bars: StackedBar[],
  legend: { key: string; label: string }[],
  profile: ExportProfile,
): Promise<ChartImage> {
  return rasterise(stackedBarSvg(bars, legend, profile));
}

/** Twips per CSS pixel (96 to the inch, 1440 twips to the inch). */
const TWIPS_PER_PIXEL = 15;

/**
 * The image centred, then its caption "Figure N: ..." / "ภาพที่ N: ..." (Caption style) where N is
 * a SEQ Figure field Word numbers and updates. The image is placed at its drawn size (half the PNG's
 * pixels), shrunk to `maxWidthTwips` if wider, aspect kept. `figureNumber` is only the field's
 * shown value until Word updates it.
 */
export function figure(
  image: ChartImage,
  caption: string,
  profile: ExportProfile,
  maxWidthTwips: number,
  figureNumber = 1,
): Paragraph[] {
  const drawn = { width: image.width / SCALE, height: image.height / SCALE };
  const fit = Math.min(1, maxWidthTwips / TWIPS_PER_PIXEL / drawn.width);
  const width = Math.floor(drawn.width * fit);
  const height = Math.round((drawn.height * width) / drawn.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // Auto line height, whatever the paragraph defaults say: under an exact line height Word and
      // LibreOffice cut the picture down to one line of text.
      spacing: { before: 120, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width, height },
          altText: { name: caption, title: caption, description: caption },
        }),
      ],
    }),
    new Paragraph({
      style: 'Caption',
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun(`${label(profile, FIGURE)} `),
        new SimpleField('SEQ Figure \\* ARABIC', String(figureNumber)),
        new TextRun(`: ${caption}`),
      ],
    }),
  ];
}
