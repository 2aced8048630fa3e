/** A file name from a project title: Thai letters are kept, characters that no OS allows in a name are not. */
export function suggestedFileName(title: string): string {
  const base = title
    .trim()
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+|[.\s-]+$/g, '')
    .slice(0, 80);
  return `${base || 'assessment'}.bmma`;
}

/** "C:\\data\\BMMA 2569.bmma" -> "BMMA 2569-restored.bmma": the default name for a restored copy. */
export function restoredFileName(projectPath: string): string {
  const base = projectPath.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.bmma$/i, '') || 'assessment';
  return `${stem}-restored.bmma`;
}
