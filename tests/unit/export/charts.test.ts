/**
 * The report's charts (issue 4): PNGs drawn from SVG with resvg. A chart is a real PNG of the
 * drawn size at 2x, the same data gives the same bytes, Thai labels are drawn as text (not left
 * out), black-and-white segments differ by pattern, and a figure carries a caption Word numbers.
 */
import { Document, Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  figure,
  radarChart,
  radarSvg,
  stackedBarChart,
  stackedBarSvg,
  type RadarDatum,
  type StackedBar,
} from '../../../src/main/export/charts';
import { documentStyles } from '../../../src/main/export/kit';
import { DEFAULT_EXPORT_PROFILE, type ExportProfile } from '../../../src/shared/export';

const EN: ExportProfile = { ...DEFAULT_EXPORT_PROFILE, language: 'en', digits: 'arabic' };
const TH: ExportProfile = { ...DEFAULT_EXPORT_PROFILE, language: 'th', digits: 'thai' };
const BOTH: ExportProfile = { ...DEFAULT_EXPORT_PROFILE, language: 'both', digits: 'arabic' };

const RADAR: RadarDatum[] = [
  { label: 'A Administration', value: 2.4, max: 4 },
  { label: 'B Legal framework', value: 3.1, max: 4 },
  { label: 'C Border control', value: null, max: 4 },
  { label: 'D Migration data', value: 1.8, max: 4 },
  { label: 'E Cooperation', value: 3.6, max: 4 },
];
const LEGEND = [
  { key: 'not_started', label: 'Not started' },
  { key: 'in_progress', label: 'In progress' },
  { key: 'completed', label: 'Completed' },
];
const BARS: StackedBar[] = [
  {
    label: 'A Administration',
    segments: [
      { key: 'not_started', value: 2 },
      { key: 'in_progress', value: 3 },
      { key: 'completed', value: 1 },
    ],
  },
  {
    label: 'B Legal framework',
    segments: [
      { key: 'not_started', value: 0 },
      { key: 'in_progress', value: 4 },
      { key: 'completed', value: 2 },
    ],
  },
];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('charts', () => {
  it('renders the radar as a PNG at twice its drawn size, the same bytes every time', async () => {
    const first = await radarChart(RADAR, EN);
    expect([...first.png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(first.png)).toEqual({ width: first.width, height: first.height });
    const svgWidth = Number(/width="(\d+)"/.exec(radarSvg(RADAR, EN))?.[1]);
    expect(first.width).toBe(svgWidth * 2);
    const second = await radarChart(RADAR, EN);
    expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);
    const changed = await radarChart(
      RADAR.map((d, i) => (i === 0 ? { ...d, value: 1 } : d)),
      EN,
    );
    expect(Buffer.from(changed.png).equals(Buffer.from(first.png))).toBe(false);
  });

  it('labels every spoke, writes the scores, and says which area is not rated', () => {
    const svg = radarSvg(RADAR, EN);
    for (const d of RADAR) expect(svg).toContain(`>${d.label}<`);
    expect(svg).toContain('>(not rated)<');
    expect(svg).toContain('>3.6<');
    const th = radarSvg(RADAR, TH);
    expect(th).toContain('>(ยังไม่ได้ประเมิน)<');
    expect(th).toContain('>๓.๖<');
    expect(radarSvg(RADAR, BOTH)).toContain('>(ยังไม่ได้ประเมิน / not rated)<');
  });

  it('draws Thai labels as glyphs: a label changes the picture, and Thai words are never cut', async () => {
    const thai = RADAR.map((d, i) => ({
      ...d,
      label: ['A การบริหารจัดการ', 'B กรอบกฎหมายและระเบียบ', 'C การควบคุมชายแดน', 'D ข้อมูลการย้ายถิ่น', 'E ความร่วมมือ'][i] ?? '',
    }));
    const withLabels = await radarChart(thai, TH);
    const unlabelled = await radarChart(
      thai.map((d) => ({ ...d, label: '' })),
      TH,
    );
    // A missing Thai face would draw nothing (resvg leaves out glyphs it cannot find): the PNGs would match.
    expect(Buffer.from(withLabels.png).equals(Buffer.from(unlabelled.png))).toBe(false);
    expect(withLabels.png.length).toBeGreaterThan(unlabelled.png.length + 2000);
    // A long Thai label wraps only between dictionary words.
    const svg = stackedBarSvg(
      [{ label: 'ด้านการบริหารจัดการชายแดนและการย้ายถิ่นฐานระหว่างประเทศ', segments: [{ key: 'k', value: 1 }] }],
      [{ key: 'k', label: 'x' }],
      TH,
    );
    const lines = [...svg.matchAll(/text-anchor="end"[^>]*>([^<]+)</g)].map((m) => m[1] ?? '');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('ด้านการบริหารจัดการชายแดนและการย้ายถิ่นฐานระหว่างประเทศ');
    // Every break falls where a word starts.
    const words = ['ด้าน', 'การ', 'บริหาร', 'จัดการ', 'ชายแดน', 'และ', 'การ', 'ย้าย', 'ถิ่นฐาน', 'ระหว่าง', 'ประเทศ'];
    expect(words.join('')).toBe(lines.join(''));
    const starts = new Set(words.map((_, k) => words.slice(0, k).join('').length));
    let offset = 0;
    for (const line of lines.slice(0, -1)) {
      offset += line.length;
      expect(starts.has(offset)).toBe(true);
    }
  });

  it('tells stacked segments apart by pattern and shade, writes counts and a legend', async () => {
    const svg = stackedBarSvg(BARS, LEGEND, EN);
    const patterns = [...svg.matchAll(/<pattern id="(p\d)"[^>]*>([\s\S]*?)<\/pattern>/g)];
    expect(patterns).toHaveLength(3);
    const shades = patterns.map((p) => /fill="(#[0-9a-f]{6})"/.exec(p[2] ?? '')?.[1]);
    expect(new Set(shades).size).toBe(3);
    expect(new Set(patterns.map((p) => (p[2] ?? '').replace(/#[0-9a-f]{6}/g, ''))).size).toBe(3);
    for (const item of LEGEND) expect(svg).toContain(`>${item.label}<`);
    for (const count of ['2', '3', '4', '6']) expect(svg).toContain(`>${count}<`);
    // A zero segment draws nothing.
    expect(svg.match(/fill="url\(#p0\)" stroke/g)).toHaveLength(2);
    const image = await stackedBarChart(BARS, LEGEND, EN);
    expect([...image.png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
    expect(image.width).toBeGreaterThan(image.height);
  });

  it('places a figure centred, fitted to the width given, with a Caption and a SEQ Figure field', async () => {
    const image = await stackedBarChart(BARS, LEGEND, EN);
    const render = async (profile: ExportProfile): Promise<string> => {
      const document = new Document({
        styles: documentStyles(),
        sections: [{ children: figure(image, 'Actions by status and area', profile, 6000, 2) }],
      });
      const files = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
      expect(Object.keys(files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
      return strFromU8(files['word/document.xml'] ?? new Uint8Array());
    };
    const xml = await render(EN);
    expect(xml).toContain('<w:jc w:val="center"/>');
    // 6000 twips = 400 px = 3,810,000 EMU wide; the height keeps the aspect ratio.
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
    expect(Number(extent?.[1])).toBe(400 * 9525);
    expect(Number(extent?.[2]) / Number(extent?.[1])).toBeCloseTo(image.height / image.width, 2);
    const caption = /<w:p>(?:(?!<\/w:p>)[\s\S])*w:val="Caption"[\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? '';
    expect(caption).toContain('w:instr="SEQ Figure \\* ARABIC"');
    expect(caption.replace(/<[^>]+>/g, '')).toBe('Figure 2: Actions by status and area');
    const both = await render(BOTH);
    expect(both.replace(/<[^>]+>/g, '')).toContain('ภาพที่ / Figure 2: Actions by status and area');
  });
});
