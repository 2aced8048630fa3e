/// <reference types="vite/client" />
import type { BmmaClient } from '../../shared/client';

declare global {
  interface Window {
    /** The only way to the main process: named functions generated from the contract (preload or e2e bridge). */
    readonly bmma: BmmaClient;
  }
}
