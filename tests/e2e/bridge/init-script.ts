/// <reference lib="dom" />
import { createClient } from '../../../src/shared/client';
import type { Result } from '../../../src/shared/errors';

/**
 * Installed in the page before any script runs: `window.bmma` built from the same contract
 * client as the preload, with a fetch transport to the bridge instead of ipcRenderer.invoke.
 */
const client = createClient(async (channel, input) => {
  const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ input }),
  });
  return (await response.json()) as Result<unknown>;
});

Object.defineProperty(window, 'bmma', { value: client, writable: false, configurable: false, enumerable: true });
