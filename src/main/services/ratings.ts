// PLACEHOLDER: being written by a helper; replaced entirely.
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ProjectFile } from '../project/project-file';

export function listRatings(project: ProjectFile, input: ChannelInput<"ratings.list">): ChannelOutput<"ratings.list"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function getRating(project: ProjectFile, id: string): ChannelOutput<"ratings.get"> {
  void project;
  void id;
  throw new AppError('INTERNAL');
}

export function createRating(project: ProjectFile, input: ChannelInput<"ratings.create">): ChannelOutput<"ratings.create"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function updateRating(project: ProjectFile, input: ChannelInput<"ratings.update">): ChannelOutput<"ratings.update"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function deleteRating(project: ProjectFile, id: string): { id: string } {
  void project;
  void id;
  throw new AppError('INTERNAL');
}
