import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../interviews/format';
import { inLanguage, type DateStyle } from '../evidence/format';
import { PagedTable, type PagedTableColumn } from '../evidence/PagedTable';
import { SensitivityBadge } from '../evidence/SensitivityBadge';
import type { Agency } from './DocumentFields';
import { documentPageQuery, PAGE_SIZE, type DocumentSummary } from './queries';

interface DocumentListProps {
  dateStyle: DateStyle;
  agencies: readonly Agency[];
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/** The documents, virtualised and read a page at a time: code, title, type, issuer, date, files, sensitivity. */
export function DocumentList({ dateStyle, agencies, selectedId, onOpen }: DocumentListProps) {
  const { t } = useTranslation();
  const language = dateStyle.language;
  const abbreviations = useMemo(() => new Map(agencies.map((agency) => [agency.code, agency.abbreviation])), [agencies]);

  const title = (document: DocumentSummary) => {
    const shown = inLanguage(document.title, language);
    return shown.trim() !== '' ? shown : t('documents.untitled');
  };
  const issuer = (document: DocumentSummary) => {
    if (!document.issuerAgencyCode) return '';
    const abbreviation = abbreviations.get(document.issuerAgencyCode);
    return abbreviation ? inLanguage(abbreviation, language) : document.issuerAgencyCode;
  };
  const columns: PagedTableColumn<DocumentSummary>[] = [
    { header: t('documents.columns.title'), render: title, title },
    { header: t('documents.columns.type'), render: (document) => t(`documents.types.${document.docType}`) },
    { header: t('documents.columns.issuer'), render: issuer, title: issuer },
    {
      header: t('documents.columns.date'),
      render: (document) => (document.documentDate ? formatDay(document.documentDate, dateStyle) : ''),
    },
    {
      header: t('documents.columns.files'),
      render: (document) => (document.attachmentCount > 0 ? t('documents.fileCount', { count: document.attachmentCount }) : ''),
    },
    { header: t('evidenceCommon.sensitivityColumn'), render: (document) => <SensitivityBadge level={document.sensitivity} /> },
  ];

  return (
    <PagedTable
      label={t('documents.listLabel')}
      template="96px minmax(200px, 1fr) 150px 90px 130px 70px 116px"
      codeHeader={t('documents.columns.code')}
      columns={columns}
      pageSize={PAGE_SIZE}
      pageQuery={documentPageQuery}
      selectedId={selectedId}
      onOpen={onOpen}
      openLabel={(document) => t('documents.open', { code: document.code })}
      empty={t('documents.empty')}
    />
  );
}
