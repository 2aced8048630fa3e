/** The value's colour by its place on the scale: the lowest level red, the highest green. */
export function valueColour(value: number, scaleMax: number): string {
  if (scaleMax <= 0) return 'gray';
  const share = value / scaleMax;
  if (share <= 0) return 'red';
  if (share < 0.5) return 'orange';
  if (share < 1) return 'yellow';
  return 'teal';
}
