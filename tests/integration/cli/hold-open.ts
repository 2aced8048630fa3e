/**
 * Child process for the "already open" test: opens a project writable, the way the app
 * does, prints "ready" and holds the file until its stdin closes or it is killed.
 * Usage: node --import tsx hold-open.ts FILE (passphrase in BMMA_PASSPHRASE).
 */
import { ProjectFile } from '../../../src/main/project/project-file';

const file = process.argv[2];
const passphrase = process.env['BMMA_PASSPHRASE'];
if (!file || !passphrase) throw new Error('usage: hold-open.ts FILE, with BMMA_PASSPHRASE set');
const project = ProjectFile.open(file, passphrase, { actor: 'test-holder' });
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  project.close();
  process.exit(0);
});
