import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  session as electronSession,
  shell,
} from 'electron';
import { createApi, type HandlerTable } from './api';
import { createElectronDialogs } from './electron/dialogs';
import { startIdleLock } from './electron/idle';
import { createSenderCheck, originOf, registerApi } from './electron/ipc';
import { aboutMessage, buildMenuTemplate } from './electron/menu';
import { electronNativeBinding } from './electron/native';
import { APP_ENTRY_URL, APP_ORIGIN, registerAppProtocol, registerAppScheme } from './electron/protocol';
import { hardenSession } from './electron/security';
import { createMainWindow, guardAllWebContents, PRELOAD_FROM_MAIN, type LinkPolicy } from './electron/window';
import { logger } from './logger';
import { ensurePrivateDir } from './project/atomic';
import { Session } from './session';
import { SettingsStore } from './settings';

/**
 * Electron entry: app lifecycle and wiring only. Every rule lives in ./electron/*.ts,
 * where the unit tests reach it with fakes.
 */

const APP_NAME = 'BMMA Workbench';
const isDev = !app.isPackaged;
// electron-vite's dev server; never honoured in a packaged build.
const devServerUrl = (isDev && process.env['ELECTRON_RENDERER_URL']) || undefined;

// An isolated profile for `npm run test:electron` (and its single-instance test); ignored when packaged.
const testUserData = (isDev && process.env['BMMA_USER_DATA_DIR']) || undefined;
if (testUserData) app.setPath('userData', testUserData);

// Both must happen before 'ready'. No crashReporter and no autoUpdater are ever started:
// nothing leaves the machine (SECURITY.md 18).
registerAppScheme(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the project files (SECURITY.md 10); it is focused by its 'second-instance'.
  app.quit();
} else {
  run();
}

function run(): void {
  let mainWindow: BrowserWindow | null = null;
  let session: Session | null = null;
  const linkPolicy: LinkPolicy = { shell };

  guardAllWebContents(app, linkPolicy);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // The closed file must be self-contained (WAL checkpointed) whatever way the app ends.
  const closeProject = (): void => {
    try {
      session?.close();
    } catch (error) {
      logger.error('closing the project failed', { name: (error as Error | undefined)?.name ?? typeof error });
    }
  };
  app.on('before-quit', closeProject);
  app.on('window-all-closed', () => {
    closeProject();
    app.quit();
  });

  const start = async (): Promise<void> => {
    hardenSession(electronSession.defaultSession, { devServerUrl });
    registerAppProtocol(protocol, { root: path.join(__dirname, '../renderer') });

    const userData = app.getPath('userData');
    ensurePrivateDir(userData);
    const settings = new SettingsStore(userData);
    const nativeBinding = electronNativeBinding({
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appRoot: app.getAppPath(),
    });
    const projectSession = new Session({
      settings,
      nativeBinding,
      // A locked project leaves nothing on screen or in the page's memory: the renderer
      // starts afresh and shows the unlock screen (SECURITY.md 25).
      onStateChange: (status) => {
        if (status.state === 'locked' && mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.reload();
      },
    });
    session = projectSession;

    const dialogs = createElectronDialogs({
      dialog,
      getWindow: () => mainWindow,
      documentsDir: app.getPath('documents'),
      language: () => settings.settings.language,
      shell,
    });
    const api = createApi({
      session: projectSession,
      settings,
      dialogs,
      runtime: 'electron',
      version: app.getVersion(),
      nativeBinding,
    });

    const about = (): void => {
      const text = aboutMessage(settings.settings.language, app.getVersion());
      const options = { type: 'info' as const, buttons: ['OK'], ...text };
      void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
    };
    const refreshMenu = (): void => {
      const template = buildMenuTemplate({
        language: settings.settings.language,
        isMac: process.platform === 'darwin',
        isDev,
        appName: APP_NAME,
        actions: { lock: () => projectSession.lock(), closeProject: () => projectSession.close(), about },
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    };

    // The menu follows the language chosen in the settings.
    const handlers: HandlerTable = {
      ...api,
      'settings.update': async (input) => {
        const result = await api['settings.update'](input);
        if (result.ok) refreshMenu();
        return result;
      },
    };
    const devOrigin = devServerUrl ? originOf(devServerUrl) : null;
    registerApi(
      ipcMain,
      handlers,
      createSenderCheck({
        getWebContents: () => mainWindow?.webContents,
        trustedOrigins: devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN],
      }),
    );

    startIdleLock({ powerMonitor, session: projectSession, idleLockMinutes: () => settings.settings.idleLockMinutes });
    refreshMenu();

    const window = createMainWindow(BrowserWindow, {
      title: APP_NAME,
      preload: path.join(__dirname, PRELOAD_FROM_MAIN),
      devTools: isDev,
      ...linkPolicy,
    });
    mainWindow = window;
    window.on('closed', () => {
      mainWindow = null;
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      logger.error('renderer process gone; locking the project', { reason: details.reason });
      projectSession.lock();
    });
    await window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  };

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logger.error('startup failed', { name: (error as Error | undefined)?.name ?? typeof error });
      app.quit();
    });
}
