// PLACEHOLDER: being written by a helper; replaced entirely.
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ProjectFile } from '../project/project-file';

export function addAttachment(project: ProjectFile, input: ChannelInput<'attachments.add'>, file: string): NonNullable<ChannelOutput<'attachments.add'>['attachment']> {
  void project; void input; void file;
  throw new AppError('INTERNAL');
}

export async function exportAttachment(
  project: ProjectFile,
  id: string,
  choosePath: (suggestedName: string) => Promise<string | null>,
): Promise<ChannelOutput<'attachments.export'>> {
  void project; void id; void choosePath;
  throw new AppError('INTERNAL');
}

export function deleteAttachment(project: ProjectFile, id: string): { id: string } {
  void project; void id;
  throw new AppError('INTERNAL');
}
