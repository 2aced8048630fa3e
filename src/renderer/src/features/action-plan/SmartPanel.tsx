import { Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SMART_CRITERIA } from '../../../../shared/action-plan';
import { smartMissing, smartOf, smartPassed, type ActionFormValues } from './action-form';

/**
 * The SMART check beside the form, worked out on every change with the same function the main
 * process and the export use: each criterion with ✓ or ✗ and, when it fails, what is missing.
 */
export function SmartPanel({ values }: { values: ActionFormValues }) {
  const { t } = useTranslation();
  const check = smartOf(values);
  const missing = smartMissing(values);
  return (
    <Paper withBorder p="sm" radius="sm" component="section" aria-labelledby="smart-heading" data-testid="smart-panel">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Title order={3} size="h5" id="smart-heading">
            {t('actionPlan.smart.heading')}
          </Title>
          <Text size="sm" fw={600} role="status" aria-live="polite" data-testid="smart-summary">
            {t('actionPlan.smart.summary', { passed: smartPassed(check) })}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('actionPlan.smart.explanation')}
        </Text>
        <Stack gap={8} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {SMART_CRITERIA.map((criterion) => {
            const met = check[criterion];
            return (
              <li key={criterion} data-criterion={criterion} data-met={met}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <ThemeIcon
                    size={22}
                    radius="xl"
                    color={met ? 'teal.7' : 'red.7'}
                    variant={met ? 'filled' : 'light'}
                    aria-hidden
                  >
                    {met ? '✓' : '✗'}
                  </ThemeIcon>
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600}>
                      {t('actionPlan.smart.criterionState', {
                        criterion: t(`actionPlan.smart.criteria.${criterion}`),
                        state: met ? t('actionPlan.smart.met') : t('actionPlan.smart.notMet'),
                      })}
                    </Text>
                    {met ? (
                      <Text size="xs" c="dimmed">
                        {t(`actionPlan.smart.passed.${criterion}`)}
                      </Text>
                    ) : (
                      <List size="xs" spacing={0} c="red.9">
                        {missing[criterion].map((reason) => (
                          <List.Item key={reason}>{t(`actionPlan.smart.missing.${reason}`)}</List.Item>
                        ))}
                      </List>
                    )}
                  </Stack>
                </Group>
              </li>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
