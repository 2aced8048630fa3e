import { contextBridge, ipcRenderer } from 'electron';
import { createClient } from '../shared/client';

/**
 * The whole bridge (SECURITY.md 15): `window.bmma`, named functions generated from the
 * contract, each carrying one call over ipcRenderer.invoke. No generic send/on, no
 * channel-name parameter, no process or environment.
 */
contextBridge.exposeInMainWorld(
  'bmma',
  createClient((channel, input) => ipcRenderer.invoke(channel, input)),
);
