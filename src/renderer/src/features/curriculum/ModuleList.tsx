import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CurriculumModule } from '../../../../shared/curriculum';
import { formatNumber } from '../../lib/format';
import { localized, useUiLanguage } from '../framework/language';

/** The modules in curriculum order; a code opens the module's editor. */
export function ModuleList({ modules, onOpen }: { modules: readonly CurriculumModule[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (modules.length === 0) return <Text c="dimmed">{t('curriculum.modules.empty')}</Text>;
  return (
    <Table striped highlightOnHover data-testid="module-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('curriculum.modules.code')}</Table.Th>
          <Table.Th>{t('curriculum.modules.title')}</Table.Th>
          <Table.Th ta="end">{t('curriculum.modules.hours')}</Table.Th>
          <Table.Th>{t('curriculum.modules.findings')}</Table.Th>
          <Table.Th ta="end">{t('curriculum.modules.outcomes')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {modules.map((module) => (
          <Table.Tr key={module.id} data-module-code={module.code}>
            <Table.Td>
              <Anchor
                component="button"
                type="button"
                ff="monospace"
                fw={600}
                aria-label={t('curriculum.modules.open', { code: module.code })}
                onClick={() => onOpen(module.id)}
              >
                {module.code}
              </Anchor>
            </Table.Td>
            <Table.Td>{localized(module.title, language)}</Table.Td>
            <Table.Td ta="end">{formatNumber(module.hours, language)}</Table.Td>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {module.findings.filter((f) => !f.deleted).map((f) => f.code).join(', ')}
              </Text>
            </Table.Td>
            <Table.Td ta="end">{formatNumber(module.outcomes.length, language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
