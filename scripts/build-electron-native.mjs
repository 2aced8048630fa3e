#!/usr/bin/env node
// `npm run native:electron`: builds better-sqlite3-multiple-ciphers for the installed Electron
// into build/native-electron/better_sqlite3.node, which the app passes as `nativeBinding`
// (src/main/electron/native.ts) and electron-builder ships as resources/native/.
//
// node_modules/better-sqlite3-multiple-ciphers/build (the Node build used by the tests and the
// CLI) is never touched: the package is copied to a temporary folder and built there, first
// from a prebuilt binary (prebuild-install, from the module's GitHub releases), else from source
// (node-gyp with Electron's headers; needs python3 and a C++20 compiler). Both need the network
// once; node-gyp keeps the headers in its cache afterwards.
//
// Usage: node scripts/build-electron-native.mjs [--arch x64|arm64|ia32] [--from-source]
//                                                [--dist-url <Electron headers mirror>] [--verbose]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const MODULE = 'better-sqlite3-multiple-ciphers';
const NATIVE_FILE = 'better_sqlite3.node';
const OUT_DIR = path.join(repoRoot, 'build', 'native-electron');
const NETWORK_ERROR =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|network|certificate|\b40[34]\b/i;

function parseArgs(argv) {
  const options = {
    arch: process.arch,
    fromSource: false,
    distUrl: process.env.ELECTRON_HEADERS_MIRROR ?? 'https://electronjs.org/headers',
    verbose: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--arch' && argv[i + 1]) options.arch = argv[(i += 1)];
    else if (flag === '--dist-url' && argv[i + 1]) options.distUrl = argv[(i += 1)];
    else if (flag === '--from-source') options.fromSource = true;
    else if (flag === '--verbose') options.verbose = true;
    else throw new Error(`unknown argument: ${flag}`);
  }
  return options;
}

/** Runs a Node script; the output is kept, and shown only with --verbose or on failure. */
function runNode(script, args, cwd, verbose) {
  // The choice between prebuilt and source is this script's, not an npm setting's.
  const env = { ...process.env };
  delete env.npm_config_build_from_source;
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: verbose ? 'inherit' : 'pipe',
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
  };
}

function tail(text, lines = 15) {
  // Stack frames say nothing to the person reading this.
  const meaningful = text
    .trim()
    .split('\n')
    .filter((line) => !/ERR! stack|^\s+at /.test(line));
  return meaningful
    .slice(-lines)
    .map((line) => `    ${line}`)
    .join('\n');
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const electronVersion = JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const abiFile = path.join(path.dirname(require.resolve('electron/package.json')), 'abi_version');
  const abi = fs.existsSync(abiFile) ? fs.readFileSync(abiFile, 'utf8').trim() : 'unknown';
  const packageDir = path.dirname(require.resolve(`${MODULE}/package.json`));
  const moduleVersion = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
  const target = `${MODULE} ${moduleVersion} for Electron ${electronVersion} (ABI ${abi}, ${process.platform}-${options.arch})`;
  console.log(`native: building ${target}`);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-native-'));
  try {
    const moduleDir = path.join(work, MODULE);
    // Everything but the Node build and any nested node_modules: the copy is built from scratch.
    fs.cpSync(packageDir, moduleDir, {
      recursive: true,
      filter: (source) => {
        const [first] = path.relative(packageDir, source).split(path.sep);
        return first !== 'build' && first !== 'node_modules';
      },
    });
    const built = path.join(moduleDir, 'build', 'Release', NATIVE_FILE);
    const failures = [];

    if (!options.fromSource) {
      const prebuild = runNode(
        require.resolve('prebuild-install/bin.js'),
        [
          '--runtime',
          'electron',
          '--target',
          electronVersion,
          '--arch',
          options.arch,
          '--platform',
          process.platform,
          '--verbose',
        ],
        moduleDir,
        options.verbose,
      );
      if (prebuild.ok && fs.existsSync(built)) console.log('native: prebuilt binary downloaded');
      else failures.push({ step: 'prebuilt binary (prebuild-install)', output: prebuild.output });
    }

    if (!fs.existsSync(built)) {
      console.log(`native: building from source with Electron's headers from ${options.distUrl}`);
      const gyp = runNode(
        require.resolve('node-gyp/bin/node-gyp.js'),
        [
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${electronVersion}`,
          `--arch=${options.arch}`,
          `--dist-url=${options.distUrl}`,
        ],
        moduleDir,
        options.verbose,
      );
      if (!gyp.ok || !fs.existsSync(built)) failures.push({ step: 'build from source (node-gyp)', output: gyp.output });
    }

    if (!fs.existsSync(built)) {
      const offline = failures.some((failure) => NETWORK_ERROR.test(failure.output));
      console.error(`\nnative: could not build ${target}.`);
      if (offline) {
        console.error(
          "native: the network is not reachable from here: a prebuilt binary (GitHub releases) or Electron's headers\n" +
            `  (${options.distUrl}) must be downloaded once. Run \`npm run native:electron\` on a machine with network\n` +
            '  access (or set ELECTRON_HEADERS_MIRROR / --dist-url to a reachable mirror), or copy a better_sqlite3.node\n' +
            `  built for Electron ${electronVersion} into ${path.relative(repoRoot, OUT_DIR)}/.\n` +
            '  The tests and the CLI do not need it; only the Electron app and the installers do.',
        );
      } else {
        console.error(
          'native: the build itself failed (building from source needs python3 and a C++20 compiler: g++ 10+, clang, or MSVC 2019+).',
        );
      }
      if (!options.verbose) {
        for (const failure of failures)
          console.error(`\nnative: ${failure.step} said (last lines):\n${tail(failure.output)}`);
      }
      return 1;
    }

    fs.mkdirSync(OUT_DIR, { recursive: true });
    fs.copyFileSync(built, path.join(OUT_DIR, NATIVE_FILE));
    fs.writeFileSync(
      path.join(OUT_DIR, 'build-info.json'),
      `${JSON.stringify({ module: MODULE, moduleVersion, electron: electronVersion, abi, platform: process.platform, arch: options.arch }, null, 2)}\n`,
    );
    console.log(`native: wrote ${path.relative(repoRoot, path.join(OUT_DIR, NATIVE_FILE))}`);
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`native: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
