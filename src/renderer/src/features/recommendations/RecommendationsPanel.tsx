// PLACEHOLDER: being written by a helper; replaced entirely.
import type { Calendar } from '../../../../shared/dates';
import type { OpenRequest } from '../search/open-request';

export function RecommendationsPanel({ calendar, openRequest }: { calendar: Calendar; openRequest: OpenRequest | null }) {
  void calendar;
  void openRequest;
  return null;
}
