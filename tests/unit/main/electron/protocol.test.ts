import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  mimeTypeFor,
  registerAppProtocol,
  registerAppScheme,
  resolveAppPath,
} from '../../../../src/main/electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/electron/security';
import { captureLogs } from './fakes';

let base: string;
let root: string;
const SECRET = 'outside-the-bundle-canary';

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>BMMA</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'assets', 'sarabun.woff2'), Buffer.from([1, 2, 3]));
  fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => (logs = captureLogs()));
afterEach(() => logs.restore());

const get = (url: string, method = 'GET') => createAppProtocolHandler({ root })(new Request(url, { method }));

describe('app:// serves the built renderer and nothing else', () => {
  it('registers the scheme as standard and secure, and nothing more, before ready', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol as unknown as Protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('handles the app scheme with the confined file handler', async () => {
    const protocol = { handle: vi.fn() };
    registerAppProtocol(protocol as unknown as Protocol, { root });
    expect(protocol.handle).toHaveBeenCalledOnce();
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler(new Request(APP_ENTRY_URL))).status).toBe(200);
  });

  it('serves index.html (also for /) with its type and the CSP', async () => {
    for (const url of [APP_ENTRY_URL, 'app://bmma/']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<title>BMMA</title>');
    }
  });

  it('serves scripts, styles and fonts with the right MIME types', async () => {
    expect((await get('app://bmma/assets/index-abc.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('app://bmma/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = await get('app://bmma/assets/sarabun.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });

  it('answers 404 for a missing file', async () => {
    expect((await get('app://bmma/assets/missing.js')).status).toBe(404);
    expect((await get('app://bmma/assets')).status).toBe(404);
  });

  it.each([
    'app://bmma/..%2fsecret.txt',
    'app://bmma/assets/..%2f..%2fsecret.txt',
    'app://bmma/%2e%2e%2fsecret.txt',
    'app://bmma/..%5csecret.txt',
    'app://bmma/assets%5c..%5c..%5csecret.txt',
    'app://bmma/index.html%00.js',
    'app://bmma/%E0%A4%A',
    'app://bmma/assets/link.txt',
  ])('refuses to leave the folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('keeps dot segments that the URL parser resolves inside the folder', async () => {
    // '..' written plainly is resolved by the URL parser itself: it can only climb to the root.
    expect(resolveAppPath(root, 'app://bmma/../../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect((await get('app://bmma/../../secret.txt')).status).toBe(404);
    expect((await get('app://bmma/assets/../index.html')).status).toBe(200);
  });

  it('refuses other hosts, other schemes and writes', async () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'https://bmma/index.html')).toBeNull();
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
  });
});
