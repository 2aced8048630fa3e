/**
 * The timeline's order: newest date first; on the same date, the update entered last first,
 * the same rule that makes the latest update the item's status.
 */
export function newestFirst<U extends { date: string; createdAt: string }>(updates: readonly U[]): U[] {
  return [...updates].sort((a, b) =>
    a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date),
  );
}
