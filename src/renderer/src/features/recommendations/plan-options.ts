import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { Agency } from '../../../../shared/reference/schemas';
import type { FrameworkTree } from '../../../../shared/framework';
import type { Language } from '../../../../shared/messages';
import { localized } from '../framework/language';

/**
 * Options for the pickers of the Recommendations and Action plan tabs, built from the
 * project's framework and reference data, in the UI language (the other language when a
 * name was written in one only).
 */

/** Areas A–E: "C – Operations". */
export function areaOptions(tree: FrameworkTree | undefined, language: Language): ComboboxItem[] {
  return (tree?.areas ?? []).map((area) => ({
    value: area.code,
    label: `${area.code} – ${localized(area.name, language)}`,
  }));
}

/** Sub-areas grouped under their area: "C4 – Investigation and prosecution" under "C – Operations". */
export function subAreaGroups(tree: FrameworkTree | undefined, language: Language): ComboboxItemGroup<ComboboxItem>[] {
  return (tree?.areas ?? []).map((area) => ({
    group: `${area.code} – ${localized(area.name, language)}`,
    items: area.subAreas.map((subArea) => ({
      value: subArea.code,
      label: `${subArea.code} – ${localized(subArea.name, language)}`,
    })),
  }));
}

/** Agencies as "IB – Immigration Bureau, Royal Thai Police" / "สตม. – สำนักงานตรวจคนเข้าเมือง …". */
export function agencyOptions(agencies: readonly Agency[], language: Language): ComboboxItem[] {
  return agencies.map((agency) => ({
    value: agency.code,
    label: `${localized(agency.abbreviation, language)} – ${localized(agency.name, language)}`,
  }));
}

/** A long text cut to fit one line of a picker, at a word boundary when there is one nearby. */
export function shorten(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
