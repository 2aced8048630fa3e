import type { FrameworkTree, ProjectIndicator } from '../../../../shared/framework';
import { matchesTerms, searchTerms } from './text-filter';

type TreeArea = FrameworkTree['areas'][number];
type TreeSubArea = TreeArea['subAreas'][number];

export interface VisibleSubArea {
  code: string;
  name: TreeSubArea['name'];
  indicators: ProjectIndicator[];
}

export interface VisibleArea {
  code: string;
  name: TreeArea['name'];
  subAreas: VisibleSubArea[];
  /** Indicators shown under the area (after the retired toggle and the filter). */
  count: number;
}

export interface FrameworkView {
  query: string;
  showRetired: boolean;
}

function indicatorMatches(terms: readonly string[], indicator: ProjectIndicator): boolean {
  return matchesTerms(terms, [indicator.code, indicator.text.en, indicator.text.th]);
}

/**
 * The part of the tree the assessor sees. Without a filter every area and sub-area is listed,
 * even one whose indicators are all retired (it is where a new indicator would be added).
 * With a filter, an area or sub-area whose code or name matches keeps all its indicators;
 * otherwise only matching indicators are kept, and empty branches disappear.
 */
export function visibleFramework(tree: FrameworkTree, view: FrameworkView): VisibleArea[] {
  const terms = searchTerms(view.query);
  const filtering = terms.length > 0;
  const areas: VisibleArea[] = [];
  for (const area of tree.areas) {
    const areaMatches = filtering && matchesTerms(terms, [area.code, area.name.en, area.name.th]);
    const subAreas: VisibleSubArea[] = [];
    for (const subArea of area.subAreas) {
      const shown = subArea.indicators.filter((indicator) => view.showRetired || !indicator.retired);
      const subAreaMatches =
        areaMatches || (filtering && matchesTerms(terms, [subArea.code, subArea.name.en, subArea.name.th]));
      const indicators =
        !filtering || subAreaMatches ? shown : shown.filter((indicator) => indicatorMatches(terms, indicator));
      if (!filtering || subAreaMatches || indicators.length > 0)
        subAreas.push({ code: subArea.code, name: subArea.name, indicators });
    }
    if (!filtering || subAreas.length > 0) {
      const count = subAreas.reduce((sum, subArea) => sum + subArea.indicators.length, 0);
      areas.push({ code: area.code, name: area.name, subAreas, count });
    }
  }
  return areas;
}

/** Where an indicator sits, for opening its branch after it is added or chosen. */
export function findIndicator(
  tree: FrameworkTree,
  id: string,
): { indicator: ProjectIndicator; areaCode: string; subArea: TreeSubArea } | null {
  for (const area of tree.areas) {
    for (const subArea of area.subAreas) {
      const indicator = subArea.indicators.find((candidate) => candidate.id === id);
      if (indicator) return { indicator, areaCode: area.code, subArea };
    }
  }
  return null;
}
