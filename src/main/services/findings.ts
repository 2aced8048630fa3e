// PLACEHOLDER: being written by a helper; replaced entirely.
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ProjectFile } from '../project/project-file';

export function listFindings(project: ProjectFile, input: ChannelInput<"findings.list">): ChannelOutput<"findings.list"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function getFinding(project: ProjectFile, id: string): ChannelOutput<"findings.get"> {
  void project;
  void id;
  throw new AppError('INTERNAL');
}

export function createFinding(project: ProjectFile, input: ChannelInput<"findings.create">): ChannelOutput<"findings.create"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function updateFinding(project: ProjectFile, input: ChannelInput<"findings.update">): ChannelOutput<"findings.update"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function deleteFinding(project: ProjectFile, id: string): { id: string } {
  void project;
  void id;
  throw new AppError('INTERNAL');
}
