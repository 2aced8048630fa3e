import { useQuery } from '@tanstack/react-query';
import { bmma, unwrap } from '../../lib/bmma';

/** The project's copy of the reference data; small lists (under 100 rows each), read whole. */
export const referenceKeys = {
  all: ['reference'] as const,
  agencies: ['reference', 'agencies'] as const,
  crossingPoints: ['reference', 'crossingPoints'] as const,
  provinces: ['reference', 'provinces'] as const,
  legalInstruments: ['reference', 'legalInstruments'] as const,
};

export function useAgencies() {
  return useQuery({ queryKey: referenceKeys.agencies, queryFn: () => unwrap(bmma().reference.agencies()) });
}

export function useCrossingPoints() {
  return useQuery({ queryKey: referenceKeys.crossingPoints, queryFn: () => unwrap(bmma().reference.crossingPoints()) });
}

export function useProvinces() {
  return useQuery({ queryKey: referenceKeys.provinces, queryFn: () => unwrap(bmma().reference.provinces()) });
}

export function useLegalInstruments() {
  return useQuery({
    queryKey: referenceKeys.legalInstruments,
    queryFn: () => unwrap(bmma().reference.legalInstruments()),
  });
}
