// PLACEHOLDER: being written by a helper; replaced entirely.
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ProjectFile } from '../project/project-file';

export function evidenceUsage(project: ProjectFile, input: ChannelInput<"evidence.usage">): ChannelOutput<"evidence.usage"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}
