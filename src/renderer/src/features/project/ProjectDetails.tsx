import { Card, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectInfo } from '../../../../shared/schemas';
import { formatBytes, formatDateTime, formatNumber } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { RecordCounts } from './RecordCounts';

interface ProjectDetailsProps {
  info: ProjectInfo;
}

/** What the project file says about itself; dates follow the project's calendar (B.E. or C.E.). */
export function ProjectDetails({ info }: ProjectDetailsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const style = { language, calendar: info.calendar } as const;

  const rows: [string, ReactNode][] = [
    [
      t('project.details.title'),
      <Text key="title" size="sm" fw={600}>
        {info.title}
      </Text>,
    ],
    [
      t('project.details.description'),
      info.description ? (
        <Text key="description" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {info.description}
        </Text>
      ) : (
        <Text key="description" size="sm" c="dimmed">
          {t('project.details.noDescription')}
        </Text>
      ),
    ],
    [t('project.details.language'), t(`language.${info.language}`)],
    [
      t('project.details.calendar'),
      info.calendar === 'BE' ? t('start.create.calendarBE') : t('start.create.calendarCE'),
    ],
    [t('project.details.createdAt'), formatDateTime(info.createdAt, style)],
    [t('project.details.updatedAt'), formatDateTime(info.updatedAt, style)],
    [
      t('project.details.formatVersion'),
      t('project.details.formatVersionValue', { file: info.formatVersion, app: info.appFormatVersion }),
    ],
    [
      t('project.details.path'),
      <span key="path" className="bmma-path">
        {info.path}
      </span>,
    ],
    [t('project.details.fileSize'), formatBytes(info.fileSize, language)],
    [t('project.details.records'), <RecordCounts key="records" counts={info.counts} />],
    [t('project.details.auditEvents'), formatNumber(info.auditEvents, language)],
    [
      t('project.details.lastBackup'),
      info.lastBackupAt ? formatDateTime(info.lastBackupAt, style) : t('project.details.never'),
    ],
  ];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="project-details-heading">
      <Title order={2} size="h4" mb="sm" id="project-details-heading">
        {t('project.details.heading')}
      </Title>
      <Table variant="vertical" layout="fixed" withTableBorder={false} verticalSpacing="xs">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 140, sm: 220 }} scope="row">
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
