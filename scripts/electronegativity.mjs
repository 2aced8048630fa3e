#!/usr/bin/env node
// `npm run test:scan` (SECURITY.md 20): Electronegativity over the built main, preload and
// renderer output. Fails on any finding that is not reviewed, with a reason, in
// .electronegativity-allowlist.json, on any file it could not parse, and when out/main is
// missing (run `npx electron-vite build` first).
//
// Usage: node scripts/electronegativity.mjs [--out <dir>] [--allowlist <file>]
//
// Offline and deterministic: Electronegativity fetches translations and Electron's release
// list from the web at run time; both fetches are replaced here before it loads (the
// translations come from its own bundled en-US file; the release-list check is excluded in
// the allowlist file, with the reason). Its parser predates ES2022 (class private fields
// break its AST walk), so each JavaScript file is lowered to ES2019 syntax with esbuild before
// it is scanned: the same program, older syntax; line numbers refer to the lowered copy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PARTS = ['main', 'preload', 'renderer'];
const SCANNED_EXTENSIONS = new Map([
  ['.js', '.js'],
  ['.cjs', '.js'], // Electronegativity reads only .js/.jsx/.ts/.tsx/.html/.htm: the preload is index.cjs.
  ['.mjs', '.js'],
  ['.html', '.html'],
  ['.htm', '.html'],
]);
const MIN_REASON_LENGTH = 20;

function parseArgs(argv) {
  const options = {
    out: path.join(repoRoot, 'out'),
    allowlist: path.join(repoRoot, '.electronegativity-allowlist.json'),
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    if ((flag === '--out' || flag === '--allowlist') && value) {
      options[flag.slice(2)] = path.resolve(value);
      i += 1;
    } else {
      throw new Error(
        `unknown argument: ${flag} (usage: node scripts/electronegativity.mjs [--out <dir>] [--allowlist <file>])`,
      );
    }
  }
  return options;
}

/** Puts a module into require's cache so the real one is never loaded. */
function provideModule(file, exports) {
  const stub = new Module(file);
  stub.filename = file;
  stub.loaded = true;
  stub.exports = exports;
  Module._cache[file] = stub;
}

function loadElectronegativity() {
  const require = createRequire(import.meta.url);
  const packageFile = require.resolve('@doyensec/electronegativity/package.json');
  const engineRequire = createRequire(path.join(path.dirname(packageFile), 'dist', 'runner.js'));

  const offline = () => Promise.reject(new Error('network access is disabled for this scan'));
  offline.head = offline;
  provideModule(engineRequire.resolve('got'), offline);

  const i18nFile = engineRequire.resolve('./locales/i18n.js');
  const i18n = engineRequire('i18n');
  provideModule(i18nFile, async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(i18nFile),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  });

  return {
    run: engineRequire('./runner.js'),
    version: JSON.parse(fs.readFileSync(packageFile, 'utf8')).version,
    electronVersion: JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version,
  };
}

function listFiles(dir) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

/** Copies the scannable files of each part into a fresh folder; returns staged -> original paths. */
function stage(outDir, stageDir) {
  const origins = new Map();
  const present = [];
  for (const part of PARTS) {
    const source = path.join(outDir, part);
    if (!fs.existsSync(source)) continue;
    present.push(part);
    for (const file of listFiles(source)) {
      const stagedExtension = SCANNED_EXTENSIONS.get(path.extname(file).toLowerCase());
      if (!stagedExtension) continue;
      const relative = path.relative(source, file);
      const stagedRelative = path.join(part, relative.slice(0, -path.extname(relative).length) + stagedExtension);
      const target = path.join(stageDir, stagedRelative);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(
        target,
        stagedExtension === '.js' ? lower(fs.readFileSync(file, 'utf8')) : fs.readFileSync(file),
      );
      origins.set(toPosix(stagedRelative), toPosix(path.join('out', part, relative)));
    }
  }
  return { origins, present };
}

/** ES2019 syntax, which Electronegativity's parsers and AST walkers understand. */
function lower(code) {
  try {
    return transformSync(code, { loader: 'js', target: 'es2019', legalComments: 'none', charset: 'utf8' }).code;
  } catch {
    return code; // Scanned as it is; a parse failure is then reported and fails the scan.
  }
}

function toPosix(file) {
  return file.split(path.sep).join('/');
}

/** `*` stays within one path segment, `**` crosses segments. */
function globToRegExp(glob) {
  let pattern = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      pattern += '.*';
      i += 1;
    } else if (char === '*') pattern += '[^/]*';
    else pattern += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

function loadAllowlist(file) {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  const problems = [];
  const checkReason = (entry, where) => {
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < MIN_REASON_LENGTH) {
      problems.push(
        `${where}: needs a written reason (at least ${MIN_REASON_LENGTH} characters) saying why it was reviewed and accepted`,
      );
    }
  };
  const excludedChecks = (raw.excludedChecks ?? []).map((entry, index) => {
    checkReason(entry, `excludedChecks[${index}] (${entry.id})`);
    if (typeof entry.id !== 'string' || !entry.id.endsWith('GlobalCheck')) {
      problems.push(
        `excludedChecks[${index}]: only global checks can be excluded, by class name (e.g. AvailableSecurityFixesGlobalCheck)`,
      );
    }
    return entry;
  });
  const findings = (raw.findings ?? []).map((entry, index) => {
    checkReason(entry, `findings[${index}] (${entry.id})`);
    if (typeof entry.id !== 'string' || typeof entry.file !== 'string')
      problems.push(`findings[${index}]: needs "id" and "file"`);
    return { ...entry, fileRegExp: globToRegExp(String(entry.file)), used: 0 };
  });
  return { excludedChecks, findings, problems };
}

function describe(issue) {
  const where = issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.line}:${issue.column}`;
  const sample = issue.sample ? `\n      ${issue.sample.replace(/\s+/g, ' ').slice(0, 160)}` : '';
  return `  ${issue.id} [${issue.severity}/${issue.confidence}] ${where}\n      ${issue.description}${sample}`;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(options.out, 'main'))) {
    console.error(
      `scan: ${path.relative(repoRoot, path.join(options.out, 'main')) || 'out/main'} is missing: run \`npx electron-vite build\` first.`,
    );
    return 1;
  }
  const allowlist = loadAllowlist(options.allowlist);
  if (allowlist.problems.length > 0) {
    console.error(`scan: ${path.basename(options.allowlist)} is not valid:\n  ${allowlist.problems.join('\n  ')}`);
    return 1;
  }

  const engine = loadElectronegativity();
  const stageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-scan-'));
  try {
    const { origins, present } = stage(options.out, stageDir);
    const started = Date.now();
    const result = await engine.run(
      {
        input: stageDir,
        isRelative: true,
        electronVersionOverride: engine.electronVersion,
        excludeFromScan: allowlist.excludedChecks.map((entry) => entry.id),
        parserPlugins: [],
      },
      false,
    );

    const issues = result.issues
      .map((issue) => ({
        id: issue.id,
        file: issue.file === 'N/A' ? 'N/A' : (origins.get(toPosix(issue.file)) ?? toPosix(issue.file)),
        line: issue.location?.line ?? 0,
        column: issue.location?.column ?? 0,
        description: issue.description,
        sample: typeof issue.sample === 'string' ? issue.sample : '',
        severity: issue.severity?.name ?? '?',
        confidence: issue.confidence?.name ?? '?',
      }))
      .sort(
        (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.id.localeCompare(b.id),
      );

    const unreviewed = [];
    const reviewed = [];
    for (const issue of issues) {
      const entry = allowlist.findings.find(
        (candidate) =>
          candidate.id === issue.id &&
          candidate.fileRegExp.test(issue.file) &&
          (candidate.sample === undefined || issue.sample.includes(candidate.sample)),
      );
      if (entry) {
        entry.used += 1;
        reviewed.push(issue);
      } else unreviewed.push(issue);
    }
    const parseFailures = result.errors.filter((error) => !error.tolerable);
    const missing = PARTS.filter((part) => !present.includes(part));

    console.log(
      `scan: Electronegativity ${engine.version} for Electron ${engine.electronVersion}: ${origins.size} files in ` +
        `${present.map((part) => `out/${part}`).join(', ')}${missing.length ? ` (not built: ${missing.map((p) => `out/${p}`).join(', ')})` : ''}; ` +
        `${result.globalChecks + result.atomicChecks} checks, ${Date.now() - started} ms`,
    );
    for (const entry of allowlist.excludedChecks) console.log(`scan: check not run: ${entry.id} (${entry.reason})`);
    console.log(
      `scan: ${issues.length} findings, ${reviewed.length} reviewed in the allowlist, ${unreviewed.length} unreviewed`,
    );
    for (const entry of allowlist.findings.filter((candidate) => candidate.used === 0)) {
      console.log(
        `scan: note: allowlist entry ${entry.id} ${entry.file} matched nothing (remove it if the code is gone)`,
      );
    }
    for (const failure of parseFailures) {
      console.error(
        `scan: could not parse ${origins.get(toPosix(path.relative(stageDir, failure.file))) ?? failure.file}: ${failure.message}`,
      );
    }
    if (unreviewed.length > 0) {
      console.error(
        'scan: unreviewed findings (fix them, or review each and add it to .electronegativity-allowlist.json with a reason):',
      );
      for (const issue of unreviewed) console.error(describe(issue));
    }
    return unreviewed.length === 0 && parseFailures.length === 0 ? 0 : 1;
  } finally {
    fs.rmSync(stageDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`scan: failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
