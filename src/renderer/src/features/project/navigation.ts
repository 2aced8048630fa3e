import { createContext, useContext } from 'react';
import type { OpenRequest } from '../search/open-request';

/**
 * Opening a record from anywhere in the project (a search hit, a dashboard gap, a linked
 * finding): the target names the kind of record, ProjectHome switches to its tab and hands
 * the tab an OpenRequest. Ratings are edited beside their indicator, so they open 'indicator'.
 */
export const RECORD_TARGETS = [
  'interview',
  'indicator',
  'site_visit',
  'document',
  'finding',
  'recommendation',
  'action',
] as const;
export type RecordTarget = (typeof RECORD_TARGETS)[number];

/** The tab that shows each kind of record. */
export const TAB_OF: Record<RecordTarget, string> = {
  interview: 'interviews',
  indicator: 'framework',
  site_visit: 'siteVisits',
  document: 'documents',
  finding: 'findings',
  recommendation: 'recommendations',
  action: 'actionPlan',
};

export type OpenRecord = (target: RecordTarget, id: string) => void;

export const OpenRecordContext = createContext<OpenRecord>(() => undefined);

/** The function that opens a record in its tab. */
export function useOpenRecord(): OpenRecord {
  return useContext(OpenRecordContext);
}

export type { OpenRequest };
