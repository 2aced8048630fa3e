import { Badge, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/analysis';
import { localized, useUiLanguage } from '../framework/language';
import { TrainingIcon } from './icons';

export const TYPE_COLOURS: Record<Finding['type'], string> = {
  gap: 'red',
  strength: 'teal',
  good_practice: 'grape',
};

export const SEVERITY_COLOURS: Record<Finding['severity'], string> = {
  high: 'red',
  medium: 'orange',
  low: 'gray',
};

interface FindingListProps {
  findings: readonly Finding[];
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/**
 * The findings table: code, type, severity, the statement in the UI language (or the other one
 * when it has only that), the training-addressable mark and the triangulation state.
 * Each code is a button that opens the finding.
 */
export function FindingList({ findings, selectedId, onOpen }: FindingListProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table highlightOnHover verticalSpacing="xs" aria-label={t('findings.listLabel')} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={100}>{t('findings.columns.code')}</Table.Th>
            <Table.Th w={130}>{t('findings.columns.type')}</Table.Th>
            <Table.Th w={125}>{t('findings.columns.severity')}</Table.Th>
            <Table.Th>{t('findings.columns.statement')}</Table.Th>
            <Table.Th w={100} ta="center">
              {t('findings.columns.training')}
            </Table.Th>
            <Table.Th w={170}>{t('findings.columns.triangulation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {findings.map((finding) => (
            <Table.Tr
              key={finding.id}
              bg={finding.id === selectedId ? 'blue.0' : undefined}
              style={{ cursor: 'pointer' }}
              onClick={() => onOpen(finding.id)}
            >
              <Table.Td>
                <UnstyledButton
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(finding.id);
                  }}
                  aria-label={t('findings.open', { code: finding.code })}
                  fw={600}
                  fz="sm"
                  c="blue.8"
                >
                  {finding.code}
                </UnstyledButton>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={TYPE_COLOURS[finding.type]} tt="none" fw={500}>
                  {t(`findings.types.${finding.type}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Badge variant="dot" color={SEVERITY_COLOURS[finding.severity]} tt="none" fw={500}>
                  {t(`findings.severities.${finding.severity}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {localized(finding.statement, language)}
                </Text>
              </Table.Td>
              <Table.Td ta="center">
                {finding.trainingAddressable && (
                  <Tooltip label={t('findings.trainingAddressable')}>
                    <Text
                      component="span"
                      c="indigo.7"
                      display="inline-flex"
                      aria-label={t('findings.trainingAddressable')}
                      role="img"
                    >
                      <TrainingIcon />
                    </Text>
                  </Tooltip>
                )}
              </Table.Td>
              <Table.Td>
                <Badge
                  variant={finding.triangulation.supported ? 'light' : 'outline'}
                  color={finding.triangulation.supported ? 'teal' : 'orange'}
                  tt="none"
                  fw={500}
                  data-testid="finding-triangulation"
                >
                  {finding.triangulation.supported
                    ? t('findings.triangulation.supportedShort')
                    : t('findings.triangulation.notSupportedShort')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
