import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { formatDateRange, inLanguage, type DateStyle } from '../evidence/format';
import { PagedTable, type PagedTableColumn } from '../evidence/PagedTable';
import { SensitivityBadge } from '../evidence/SensitivityBadge';
import { PAGE_SIZE, siteVisitPageQuery, type SiteVisitSummary } from './queries';
import { isCrossingMode } from './site-visit-form';

type CrossingPoint = ChannelOutput<'reference.crossingPoints'>[number];

interface SiteVisitListProps {
  dateStyle: DateStyle;
  crossingPoints: readonly CrossingPoint[];
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/** The visits, virtualised and read a page at a time: code, crossing point, type, dates, checklist progress, photos. */
export function SiteVisitList({ dateStyle, crossingPoints, selectedId, onOpen }: SiteVisitListProps) {
  const { t } = useTranslation();
  const language = dateStyle.language;
  const points = useMemo(() => new Map(crossingPoints.map((point) => [point.code, point])), [crossingPoints]);

  const pointName = (visit: SiteVisitSummary) => {
    const name = visit.crossingPoint?.name ?? points.get(visit.crossingPointCode)?.name;
    return name ? inLanguage(name, language) : t('siteVisits.unknownCrossingPoint', { code: visit.crossingPointCode });
  };
  const modeOf = (visit: SiteVisitSummary) => visit.crossingPoint?.mode ?? points.get(visit.crossingPointCode)?.mode;
  const columns: PagedTableColumn<SiteVisitSummary>[] = [
    { header: t('siteVisits.columns.crossingPoint'), render: pointName, title: pointName },
    {
      header: t('siteVisits.columns.mode'),
      render: (visit) => {
        const mode = modeOf(visit);
        return isCrossingMode(mode) ? t(`siteVisits.modes.${mode}`) : (mode ?? '');
      },
    },
    {
      header: t('siteVisits.columns.dates'),
      render: (visit) => formatDateRange(visit.startDate, visit.endDate, dateStyle),
      title: (visit) => formatDateRange(visit.startDate, visit.endDate, dateStyle),
    },
    {
      header: t('siteVisits.columns.checklist'),
      render: (visit) => (
        <span aria-label={t('siteVisits.progressLabel', { done: visit.checklistDone, total: visit.checklistTotal })}>
          {t('siteVisits.progress', { done: visit.checklistDone, total: visit.checklistTotal })}
        </span>
      ),
    },
    { header: t('siteVisits.columns.photos'), render: (visit) => t('siteVisits.photoCount', { count: visit.photoCount }) },
    {
      header: t('evidenceCommon.sensitivityColumn'),
      render: (visit) => <SensitivityBadge level={visit.sensitivity} />,
    },
  ];

  return (
    <PagedTable
      label={t('siteVisits.listLabel')}
      template="108px minmax(180px, 1fr) 96px 220px 100px 96px 116px"
      codeHeader={t('siteVisits.columns.code')}
      columns={columns}
      pageSize={PAGE_SIZE}
      pageQuery={siteVisitPageQuery}
      selectedId={selectedId}
      onOpen={onOpen}
      openLabel={(visit) => t('siteVisits.open', { code: visit.code })}
      empty={t('siteVisits.empty')}
    />
  );
}
