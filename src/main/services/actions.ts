// PLACEHOLDER: being written by a helper; replaced entirely.
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ProjectFile } from '../project/project-file';

export function listActions(project: ProjectFile, input: ChannelInput<"actions.list">): ChannelOutput<"actions.list"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function getAction(project: ProjectFile, id: string): ChannelOutput<"actions.get"> {
  void project;
  void id;
  throw new AppError('INTERNAL');
}

export function createAction(project: ProjectFile, input: ChannelInput<"actions.create">): ChannelOutput<"actions.create"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function updateAction(project: ProjectFile, input: ChannelInput<"actions.update">): ChannelOutput<"actions.update"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function deleteAction(project: ProjectFile, id: string): { id: string } {
  void project;
  void id;
  throw new AppError('INTERNAL');
}

export function addStatusUpdate(project: ProjectFile, input: ChannelInput<"actions.addStatusUpdate">): ChannelOutput<"actions.addStatusUpdate"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}
