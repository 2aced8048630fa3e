import type { SiteVisit } from '../../../../shared/evidence-items';
import type { RecordAdapter } from '../evidence/useRecordSaver';
import { createSiteVisit, fetchSiteVisit, updateSiteVisit } from './queries';
import {
  sameSiteVisit,
  siteVisitFieldErrors,
  siteVisitFormFrom,
  toCreateInput,
  toUpdateInput,
  type SiteVisitFormValues,
} from './site-visit-form';

/** How the editor reads, compares and writes a site visit. */
export const siteVisitAdapter: RecordAdapter<SiteVisitFormValues, SiteVisit> = {
  valuesFrom: siteVisitFormFrom,
  same: sameSiteVisit,
  create: (values) => createSiteVisit(toCreateInput(values)),
  update: (values, saved) => updateSiteVisit(toUpdateInput(values, saved)),
  fetch: fetchSiteVisit,
  fieldErrors: siteVisitFieldErrors,
};
