// PLACEHOLDER: replaced by the narrative helper (issue 4). Signatures are what api.ts calls.
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ProjectFile } from '../project/project-file';

export function listNarratives(_project: ProjectFile): ChannelOutput<'narrative.list'> {
  return [];
}

export function saveNarrative(_project: ProjectFile, _input: ChannelInput<'narrative.save'>): ChannelOutput<'narrative.save'> {
  throw new AppError('INTERNAL', 'not written yet');
}
