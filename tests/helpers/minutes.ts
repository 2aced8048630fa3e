import type { Meeting } from '../../src/shared/meetings';

/** What the meeting recorded in one language only (posts, reasons, notes): printed as written in any profile. */
function recordedAsWritten(m: Meeting): string[] {
  return [
    ...m.attendance.flatMap((a) => [a.position, a.absenceReason, a.substituteFor]),
    m.minuteTaker,
    m.checker,
    m.chairPosition,
    ...m.agenda.flatMap((i) => i.provisions.flatMap((p) => p.positions.map((x) => x.note))),
  ].filter((value) => value !== '');
}

/** The text with what the meeting recorded taken out: the document's own words. */
export function ownWords(text: string, m: Meeting, squeezeAll = false): string {
  let rest = text;
  // Longest first, so a post that contains another is removed whole.
  for (const value of recordedAsWritten(m).sort((a, b) => b.length - a.length)) {
    rest = rest.split(squeezeAll ? value.replace(/\s+/g, '') : value).join('');
  }
  return rest;
}
