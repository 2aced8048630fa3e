import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApi, dispatch } from '../../../src/main/api';
import type { DialogPort } from '../../../src/main/dialogs';
import { Session } from '../../../src/main/session';
import { SettingsStore } from '../../../src/main/settings';

/**
 * The end-to-end bridge: serves the built renderer and exposes the SAME api.ts handler
 * table over loopback HTTP. Only Electron's IPC transport is replaced; everything the
 * renderer calls runs the real services on a real SQLCipher file.
 */
export interface Bridge {
  url: string;
  /** Folder where dialogs "choose" files; one per bridge. */
  workDir: string;
  /**
   * The next answers of the native dialogs, as a user would pick them. `attachment`: the file
   * to attach (empty queue = cancelled); `export`: where to save a copy (empty queue = the
   * suggested name in workDir, like accepting the save dialog); `packetSave` / `packetOpen`:
   * where a review packet is saved (empty = suggested name in workDir) and which one is imported
   * (empty = the newest .bmmareview in workDir, like picking the file just made); `merge`: the
   * other assessor's project file to import (empty queue = cancelled).
   */
  dialogAnswers: {
    open: (string | null)[];
    create: (string | null)[];
    attachment: (string | null)[];
    export: (string | null)[];
    packetSave: (string | null)[];
    packetOpen: (string | null)[];
    merge: (string | null)[];
  };
  /** Files the app asked the file manager to show ("Open folder" after an export). */
  shownInFolder: string[];
  session: Session;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

const MAX_BODY = 64 * 1024 * 1024;

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function serveStatic(rendererDir: string, urlPath: string, response: http.ServerResponse): void {
  const relative = decodeURIComponent(urlPath.split('?')[0] ?? '/').replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(rendererDir, relative);
  if (!file.startsWith(path.resolve(rendererDir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(response);
}

export async function startBridge(options: { rendererDir: string; dataDir: string; workDir: string }): Promise<Bridge> {
  const settings = new SettingsStore(options.dataDir);
  const session = new Session({ settings });
  const dialogAnswers: Bridge['dialogAnswers'] = {
    open: [],
    create: [],
    attachment: [],
    export: [],
    packetSave: [],
    packetOpen: [],
    merge: [],
  };
  /** A save dialog accepting `suggestedName` in workDir, numbered when a file of that name exists. */
  const suggestedInWorkDir = (suggestedName: string): string => {
    const base = suggestedName.replace(/[/\\]/g, '_');
    let candidate = path.join(options.workDir, base);
    for (let n = 2; fs.existsSync(candidate); n += 1) candidate = path.join(options.workDir, base.replace(/(\.[^.]*)?$/, (ext) => `-${n}${ext}`));
    return candidate;
  };
  const shownInFolder: string[] = [];
  const dialogs: DialogPort = {
    chooseProjectToOpen: async () => (dialogAnswers.open.length > 0 ? (dialogAnswers.open.shift() ?? null) : null),
    chooseProjectToCreate: async (suggestedName) => {
      if (dialogAnswers.create.length > 0) return dialogAnswers.create.shift() ?? null;
      // Like a save dialog accepting the suggested name in the default folder.
      const base = suggestedName.replace(/[/\\]/g, '_');
      let candidate = path.join(options.workDir, base);
      for (let n = 2; fs.existsSync(candidate); n += 1) candidate = path.join(options.workDir, base.replace(/(\.bmma)?$/, `-${n}.bmma`));
      return candidate;
    },
    chooseAttachment: async () => (dialogAnswers.attachment.length > 0 ? (dialogAnswers.attachment.shift() ?? null) : null),
    chooseExportPath: async (suggestedName) => {
      if (dialogAnswers.export.length > 0) return dialogAnswers.export.shift() ?? null;
      // Like a save dialog accepting the attachment's own name in the default folder.
      return suggestedInWorkDir(suggestedName);
    },
    chooseReviewPacketToSave: async (suggestedName) => {
      if (dialogAnswers.packetSave.length > 0) return dialogAnswers.packetSave.shift() ?? null;
      return suggestedInWorkDir(suggestedName);
    },
    chooseProjectToMerge: async () => (dialogAnswers.merge.length > 0 ? (dialogAnswers.merge.shift() ?? null) : null),
    chooseReviewPacketToOpen: async () => {
      if (dialogAnswers.packetOpen.length > 0) return dialogAnswers.packetOpen.shift() ?? null;
      const packets = fs
        .readdirSync(options.workDir)
        .filter((name) => name.endsWith('.bmmareview'))
        .map((name) => path.join(options.workDir, name))
        .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
      return packets[0] ?? null;
    },
    showInFolder: async (file) => {
      shownInFolder.push(file);
    },
  };
  const handlers = createApi({ session, settings, dialogs, runtime: 'bridge', version: '0.0.0-bridge' });

  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    if (request.method === 'POST' && url.startsWith('/api/')) {
      readBody(request)
        .then(async (body) => {
          const channel = decodeURIComponent(url.slice('/api/'.length));
          let input: unknown;
          try {
            input = body ? (JSON.parse(body) as { input?: unknown }).input : undefined;
          } catch {
            input = Symbol('unparseable');
          }
          const result = await dispatch(handlers, channel, input);
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(result));
        })
        .catch(() => response.writeHead(400).end());
      return;
    }
    if (request.method === 'GET') {
      serveStatic(options.rendererDir, url, response);
      return;
    }
    response.writeHead(405).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    workDir: options.workDir,
    dialogAnswers,
    shownInFolder,
    session,
    close: async () => {
      session.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
