// PLACEHOLDER: replaced by the rich-text/charts helper (issue 4). The signatures are the interface
// the report and action-plan builders use; keep them (or change both sides and say so).
import type { Paragraph } from 'docx';
import type { ExportProfile } from '../../shared/export';

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

/** Area scores as a radar (SVG drawn here, rasterised to PNG with resvg). */
export async function radarChart(_data: RadarDatum[], _profile: ExportProfile): Promise<ChartImage> {
  throw new Error('not written yet');
}

/**
 * Stacked horizontal bars with a legend; segments are told apart by pattern as well as shade so
 * the chart survives a black-and-white printer, and each segment shows its count.
 */
export async function stackedBarChart(
  _bars: StackedBar[],
  _legend: { key: string; label: string }[],
  _profile: ExportProfile,
): Promise<ChartImage> {
  throw new Error('not written yet');
}

/** The image centred, then its caption "Figure N: ..." (Caption style, SEQ Figure field Word updates). */
export function figure(_image: ChartImage, _caption: string, _profile: ExportProfile, _maxWidthTwips: number): Paragraph[] {
  throw new Error('not written yet');
}
