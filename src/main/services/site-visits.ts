// PLACEHOLDER: being written by a helper; replaced entirely.
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ProjectFile } from '../project/project-file';

export function listSiteVisits(project: ProjectFile, input: ChannelInput<"siteVisits.list">): ChannelOutput<"siteVisits.list"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function getSiteVisit(project: ProjectFile, id: string): ChannelOutput<"siteVisits.get"> {
  void project;
  void id;
  throw new AppError('INTERNAL');
}

export function createSiteVisit(project: ProjectFile, input: ChannelInput<"siteVisits.create">): ChannelOutput<"siteVisits.create"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function updateSiteVisit(project: ProjectFile, input: ChannelInput<"siteVisits.update">): ChannelOutput<"siteVisits.update"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function deleteSiteVisit(project: ProjectFile, id: string): { id: string } {
  void project;
  void id;
  throw new AppError('INTERNAL');
}
