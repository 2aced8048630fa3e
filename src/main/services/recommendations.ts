// PLACEHOLDER: being written by a helper; replaced entirely.
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ProjectFile } from '../project/project-file';

export function listRecommendations(project: ProjectFile, input: ChannelInput<"recommendations.list">): ChannelOutput<"recommendations.list"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function getRecommendation(project: ProjectFile, id: string): ChannelOutput<"recommendations.get"> {
  void project;
  void id;
  throw new AppError('INTERNAL');
}

export function createRecommendation(project: ProjectFile, input: ChannelInput<"recommendations.create">): ChannelOutput<"recommendations.create"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function updateRecommendation(project: ProjectFile, input: ChannelInput<"recommendations.update">): ChannelOutput<"recommendations.update"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function deleteRecommendation(project: ProjectFile, id: string): { id: string } {
  void project;
  void id;
  throw new AppError('INTERNAL');
}
