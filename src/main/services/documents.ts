// PLACEHOLDER: being written by a helper; replaced entirely.
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ProjectFile } from '../project/project-file';

export function listDocuments(project: ProjectFile, input: ChannelInput<"documents.list">): ChannelOutput<"documents.list"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function getDocument(project: ProjectFile, id: string): ChannelOutput<"documents.get"> {
  void project;
  void id;
  throw new AppError('INTERNAL');
}

export function createDocument(project: ProjectFile, input: ChannelInput<"documents.create">): ChannelOutput<"documents.create"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function updateDocument(project: ProjectFile, input: ChannelInput<"documents.update">): ChannelOutput<"documents.update"> {
  void project;
  void input;
  throw new AppError('INTERNAL');
}

export function deleteDocument(project: ProjectFile, id: string): { id: string } {
  void project;
  void id;
  throw new AppError('INTERNAL');
}
