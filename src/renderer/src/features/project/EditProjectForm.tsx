import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ProjectInfo } from '../../../../shared/schemas';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bmma, unwrap } from '../../lib/bmma';
import { descriptionField, titleField, useFieldError } from '../../lib/form-schemas';
import { queryKeys, setProjectStatus } from '../../lib/queries';
import { ReadOnlyFieldset, ReadOnlyHint, useReadOnly } from '../review/read-only';

const editForm = z.object({ title: titleField, description: descriptionField });
type EditForm = z.infer<typeof editForm>;

interface EditProjectFormProps {
  info: ProjectInfo;
}

/** Title and description; "Saved" shows once the change is in the file (and in the audit trail). */
export function EditProjectForm({ info }: EditProjectFormProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const form = useForm<EditForm>({
    resolver: zodResolver(editForm),
    defaultValues: { title: info.title, description: info.description },
  });
  const { errors, isDirty } = form.formState;

  const save = useMutation({
    mutationFn: (values: EditForm) => unwrap(bmma().project.update(values)),
    onSuccess: (next) => {
      queryClient.setQueryData(queryKeys.info, next);
      setProjectStatus(queryClient, { state: 'open', path: next.path, title: next.title });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
      form.reset({ title: next.title, description: next.description });
    },
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="edit-project-heading">
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="edit-project-heading">
            {t('project.edit.heading')}
          </Title>
          <ReadOnlyHint />
          <ReadOnlyFieldset>
            <Stack gap="md">
              <TextInput
                label={t('project.edit.title')}
                required
                error={fieldError(errors.title)}
                {...form.register('title')}
              />
              <Textarea
                label={t('project.edit.description')}
                autosize
                minRows={3}
                maxRows={12}
                error={fieldError(errors.description)}
                {...form.register('description')}
              />
            </Stack>
          </ReadOnlyFieldset>
          <ErrorAlert error={save.error} />
          {!readOnly && (
            <Group gap="md">
              <Button type="submit" loading={save.isPending} disabled={!isDirty}>
                {t('project.edit.submit')}
              </Button>
              <Text role="status" size="sm" c="teal.8" aria-live="polite">
                {save.isSuccess && !isDirty ? `✓ ${t('common.saved')}` : ''}
              </Text>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
