import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExportDocument, ExportProfile } from '../../../../shared/export';
import { bmma, unwrap } from '../../lib/bmma';

/** The preview waits for the form to settle: a slider drag or typing a label asks once. */
export const PREVIEW_DEBOUNCE_MS = 300;

const profileKeys = ['export', 'profiles'] as const;

export function useExportProfiles() {
  return useQuery({ queryKey: profileKeys, queryFn: () => unwrap(bmma().export.profiles({})) });
}

/** What the export will leave out for this document and profile, asked once edits pause. */
export function useExportPreview(
  document: ExportDocument,
  profile: ExportProfile,
  subjectId: string | null,
  valid: boolean,
) {
  const [debounced] = useDebouncedValue(profile, PREVIEW_DEBOUNCE_MS);
  return useQuery({
    queryKey: ['export', 'preview', document, subjectId, debounced],
    queryFn: () =>
      unwrap(bmma().export.preview({ document, profile: debounced, ...(subjectId === null ? {} : { subjectId }) })),
    enabled: valid,
    placeholderData: keepPreviousData,
    // The counts must follow edits made a moment ago in another tab.
    staleTime: 0,
  });
}

export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; profile: ExportProfile }) => unwrap(bmma().export.saveProfile(input)),
    onSuccess: (profiles) => client.setQueryData(profileKeys, profiles),
  });
}

export function useDeleteProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(bmma().export.deleteProfile({ name })),
    onSuccess: (profiles) => client.setQueryData(profileKeys, profiles),
  });
}
