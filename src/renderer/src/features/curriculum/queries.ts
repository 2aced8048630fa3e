import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import type { CurriculumModule, TwgMember } from '../../../../shared/curriculum';
import { bmma, unwrap } from '../../lib/bmma';

/** The curriculum, its coverage and the TWG list: small (tens of rows), read whole. */
export const curriculumKeys = {
  all: ['curriculum'] as const,
  curriculum: ['curriculum', 'modules'] as const,
  coverage: ['curriculum', 'coverage'] as const,
  twg: ['twg'] as const,
};

export function useCurriculum() {
  return useQuery({ queryKey: curriculumKeys.curriculum, queryFn: () => unwrap(bmma().curriculum.get()) });
}

export function useCoverage() {
  return useQuery({ queryKey: curriculumKeys.coverage, queryFn: () => unwrap(bmma().curriculum.coverage()) });
}

export function useTwgMembers() {
  return useQuery({ queryKey: curriculumKeys.twg, queryFn: () => unwrap(bmma().twg.list()) });
}

export function saveHeader(input: ChannelInput<'curriculum.saveHeader'>) {
  return unwrap(bmma().curriculum.saveHeader(input));
}

export function createModule(input: ChannelInput<'curriculum.createModule'>): Promise<CurriculumModule> {
  return unwrap(bmma().curriculum.createModule(input));
}

export function updateModule(input: ChannelInput<'curriculum.updateModule'>): Promise<CurriculumModule> {
  return unwrap(bmma().curriculum.updateModule(input));
}

export function deleteModule(id: string): Promise<{ id: string }> {
  return unwrap(bmma().curriculum.deleteModule({ id }));
}

export function createTwgMember(input: ChannelInput<'twg.create'>): Promise<TwgMember> {
  return unwrap(bmma().twg.create(input));
}

export function updateTwgMember(input: ChannelInput<'twg.update'>): Promise<TwgMember> {
  return unwrap(bmma().twg.update(input));
}

export function deleteTwgMember(id: string): Promise<{ id: string }> {
  return unwrap(bmma().twg.delete({ id }));
}

/** After a curriculum write: the modules, the coverage, the dashboard's gaps and the audit trail. */
export function invalidateAfterCurriculumWrite(queryClient: QueryClient): void {
  for (const queryKey of [curriculumKeys.all, ['dashboard'], ['audit']])
    void queryClient.invalidateQueries({ queryKey });
}

export function invalidateAfterTwgWrite(queryClient: QueryClient): void {
  for (const queryKey of [curriculumKeys.twg, ['audit']]) void queryClient.invalidateQueries({ queryKey });
}
