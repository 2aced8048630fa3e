import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bmma, unwrap } from '../../lib/bmma';
import { setProjectStatus } from '../../lib/queries';

/** Locks now: the main process closes the connection; the shell then drops every cached answer. */
export function useLockProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(bmma().project.lock()),
    onSuccess: (status) => setProjectStatus(queryClient, status),
  });
}
