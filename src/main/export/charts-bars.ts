import type { ExportProfile } from '../../shared/export';
import { FILLS, n, rasterise, svgDocument, textLines, textWidth, wrap, type ChartImage } from './charts';
import { number } from './locale';

/**
 * Grouped horizontal bars (issue 5: mean pre- vs post-test by group, L1 item means): one row per
 * group, one bar per series in it, drawn with charts.ts's SVG parts and rasterised the same way.
 * Horizontal because group labels (agency names, Thai and English) need width, not height.
 * Series are told apart by pattern as well as shade, for black-and-white printers.
 */

export interface BarGroup {
  label: string;
  /** One value per series, in legend order; null draws no bar (and no value). */
  values: (number | null)[];
}

export interface GroupedBarOptions {
  /** The scale's end (100 for percent, 5 for a Likert mean). */
  max: number;
  /** Gridline values, e.g. [0, 20, 40, 60, 80, 100]. */
  ticks: number[];
  /** How a bar's value is written at its end, e.g. "56.3%". */
  valueText: (value: number) => string;
  /** Fill index in charts.ts's FILLS per series; defaults to well-separated ones. */
  fills?: number[];
}

/** A light hatched and a dark cross-hatched fill: two series stay apart in any print. */
const DEFAULT_FILLS = [1, 3, 2, 4];

/** The grouped bars' SVG; exported for tests and for looking at the drawing without rasterising. */
export function groupedBarSvg(
  groups: BarGroup[],
  legend: string[],
  options: GroupedBarOptions,
  profile: ExportProfile,
): string {
  const width = 760;
  const series = Math.max(1, legend.length);
  const fills = options.fills ?? DEFAULT_FILLS;
  const natural = groups.flatMap((g) => g.label.split(' / ')).map((part) => textWidth(part, 18));
  const labelWidth = Math.round(Math.min(240, Math.max(100, ...natural)) + 12);
  const plotLeft = labelWidth + 10;
  // Room at the right for the longest value written past a full bar.
  const plotWidth = width - plotLeft - 80;
  const barHeight = 24;
  const labels = groups.map((g) => wrap(g.label, labelWidth - 12, 18));
  const rowHeights = labels.map((l) => Math.max(series * barHeight, l.length * 22) + 14);
  const plotTop = 12;
  const plotHeight = rowHeights.reduce((a, b) => a + b, 0);
  const x = (value: number): number => plotLeft + (plotWidth * Math.min(Math.max(value, 0), options.max)) / options.max;
  const defs = legend
    .map((_, i) => {
      const fill = FILLS[(fills[i] ?? i) % FILLS.length] ?? FILLS[0];
      return fill ? fill.pattern(`g${i}`, fill.shade) : '';
    })
    .join('');
  const parts: string[] = [`<defs>${defs}</defs>`];
  // Gridlines with their values under the plot.
  for (const tick of options.ticks) {
    parts.push(
      `<line x1="${n(x(tick))}" y1="${plotTop}" x2="${n(x(tick))}" y2="${plotTop + plotHeight}" stroke="#c8c8c8" stroke-width="1"/>`,
    );
    parts.push(
      textLines([number(profile, tick)], x(tick), plotTop + plotHeight + 16, {
        anchor: 'middle',
        size: 16,
        fill: '#404040',
      }),
    );
  }
  parts.push(
    `<line x1="${plotLeft}" y1="${plotTop}" x2="${plotLeft}" y2="${plotTop + plotHeight}" stroke="#000" stroke-width="1.5"/>`,
  );
  let y = plotTop;
  groups.forEach((group, g) => {
    const rowHeight = rowHeights[g] ?? barHeight;
    const mid = y + rowHeight / 2;
    parts.push(textLines(labels[g] ?? [], labelWidth, mid, { anchor: 'end', size: 18, weight: 'bold' }));
    const top = mid - (series * barHeight) / 2;
    group.values.forEach((value, s) => {
      if (value === null) return;
      const barTop = top + s * barHeight;
      parts.push(
        `<rect x="${plotLeft}" y="${n(barTop + 1)}" width="${n(x(value) - plotLeft)}" height="${barHeight - 2}" fill="url(#g${s})" stroke="#000" stroke-width="1"/>`,
      );
      parts.push(
        textLines([options.valueText(value)], x(value) + 6, barTop + barHeight / 2, {
          anchor: 'start',
          size: 16,
          weight: 'bold',
        }),
      );
    });
    y += rowHeight;
  });
  // Legend: swatch + label, centred, one row (two to four series); one series needs none,
  // the caption names it.
  const items = legend.length > 1 ? legend.map((text, i) => ({ text, i, w: 44 + textWidth(text, 16) })) : [];
  const total = items.reduce((sum, item) => sum + item.w, 0);
  const legendTop = plotTop + plotHeight + 36;
  let lx = Math.max(10, (width - total) / 2);
  for (const item of items) {
    parts.push(
      `<rect x="${n(lx)}" y="${legendTop}" width="22" height="16" fill="url(#g${item.i})" stroke="#000" stroke-width="1"/>`,
    );
    parts.push(textLines([item.text], lx + 28, legendTop + 8, { anchor: 'start', size: 16 }));
    lx += item.w;
  }
  return svgDocument(width, Math.ceil(items.length > 0 ? legendTop + 28 : legendTop - 4), parts.join(''));
}

/** Grouped horizontal bars with gridlines, values at the bar ends and a legend, as a PNG. */
export async function groupedBarChart(
  groups: BarGroup[],
  legend: string[],
  options: GroupedBarOptions,
  profile: ExportProfile,
): Promise<ChartImage> {
  return rasterise(groupedBarSvg(groups, legend, options, profile));
}
