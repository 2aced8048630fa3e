import fs from 'node:fs';
import type { ChannelInput } from '../../shared/contract';
import { contract } from '../../shared/contract';
import { logger } from '../logger';
import type { ProjectFile } from '../project/project-file';
import type { Session } from '../session';
import { fillDemo } from './demo/build';

/**
 * The start screen's "Create demo project" (issue 3): a new project, created and opened like
 * any other (same passphrase rules, same recent-files entry), then filled with the fictional
 * Thailand demo at scale 1 through the ordinary services. If filling fails, the half-made
 * file is closed and removed, so the user is never left with a partial demo.
 */
export { DEMO_GENERATOR_VERSION, fillDemo, type DemoOptions, type DemoProgress, type DemoSummary } from './demo/build';

/** The demo's title in each language; the CLI and the start screen use the same. */
export const DEMO_TITLE = {
  en: 'BMMA Thailand — demo (fictional data)',
  th: 'BMMA ประเทศไทย — โครงการสาธิต (ข้อมูลสมมติ)',
} as const;

export function createDemoProject(session: Session, input: ChannelInput<'project.createDemo'>): ProjectFile {
  const parsed = contract['project.createDemo'].input.parse(input);
  const project = session.create(parsed);
  try {
    fillDemo(project, { scale: 1 });
  } catch (error) {
    logger.error('the demo project could not be filled', { code: (error as { code?: string }).code ?? 'unknown' });
    session.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(parsed.path + suffix, { force: true });
    throw error;
  }
  return project;
}
