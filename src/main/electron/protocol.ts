import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { logger } from '../logger';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * The renderer is served from app://bmma/..., a privileged custom scheme, instead of
 * file:// (STYLE.md): the page gets a real origin of its own, and only files inside the
 * built renderer folder can ever be read through it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bmma';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: relative URLs and a real origin; secure: treated like https (so secure-context
 * APIs work without allowing http); supportFetchAPI: ES module scripts are fetched.
 * No bypassCSP, no corsEnabled, no stream: nothing the bundle does not need.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** True when `candidate` is `root` itself or lies inside it. */
function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Maps app://bmma/<path> to a file inside `root`, or null when the URL is not ours or
 * would leave the folder (`..`, encoded `%2e%2e`, `%2f`, backslashes, NUL, absolute paths).
 * `/` is index.html.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  // Refused outright rather than normalised: no bundle file needs any of these.
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, relative);
  return isInside(resolvedRoot, file) && file !== resolvedRoot ? file : null;
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer). */
  root: string;
  /** The CSP sent with every answer; the session adds it too, this covers custom-scheme answers. */
  csp?: string;
}

/** The handler behind protocol.handle('app', ...): GET only, files inside root only. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const csp = options.csp ?? CONTENT_SECURITY_POLICY;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = resolveAppPath(options.root, request.url);
    if (!file) {
      logger.warn('app:// request refused', { reason: 'outside the renderer folder' });
      return textResponse(404, 'Not found');
    }
    try {
      // A symbolic link inside the folder must not lead out of it either.
      const [realRoot, realFile] = await Promise.all([fs.realpath(options.root), fs.realpath(file)]);
      if (!isInside(realRoot, realFile)) {
        logger.warn('app:// request refused', { reason: 'link outside the renderer folder' });
        return textResponse(404, 'Not found');
      }
      const body = await fs.readFile(realFile);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: {
          'Content-Type': mimeTypeFor(realFile),
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return textResponse(404, 'Not found');
      logger.error('app:// request failed', { code: code ?? 'unknown' });
      return textResponse(500, 'Internal error');
    }
  };
}

/** Before app 'ready': Electron only accepts scheme privileges then. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** After app 'ready': serves the renderer on the default session's protocol. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options));
}
