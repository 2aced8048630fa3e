// PLACEHOLDER: being written by a helper; replaced entirely.
import type { ChannelInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ProjectFile } from '../project/project-file';
import type { Session } from '../session';

export function createDemoProject(session: Session, input: ChannelInput<'project.createDemo'>): ProjectFile {
  void session; void input;
  throw new AppError('INTERNAL');
}
