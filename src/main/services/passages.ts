// PLACEHOLDER: being written by a helper; replaced entirely.
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ProjectFile } from '../project/project-file';

export function listPassages(project: ProjectFile, input: ChannelInput<"passages.list">): ChannelOutput<"passages.list"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function createPassage(project: ProjectFile, input: ChannelInput<"passages.create">): ChannelOutput<"passages.create"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function deletePassage(project: ProjectFile, id: string): { id: string } {
  void project;
  void id;
  throw new AppError('INTERNAL');
}
