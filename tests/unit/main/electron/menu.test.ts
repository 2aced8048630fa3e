import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  aboutMessage,
  buildMenuTemplate,
  LOCK_ACCELERATOR,
  MENU_STRINGS,
  type MenuOptions,
} from '../../../../src/main/electron/menu';

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    language: 'en',
    isMac: false,
    isDev: false,
    appName: 'BMMA Workbench',
    actions: { lock: vi.fn(), closeProject: vi.fn(), about: vi.fn() },
    ...overrides,
  };
}

/** Every item in the menu, depth first. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('application menu', () => {
  it('locks the project with Ctrl+L / Cmd+L from the File menu', () => {
    const opts = options();
    const file = buildMenuTemplate(opts)[0]!;
    expect(file.label).toBe('File');
    const lock = items([file]).find((item) => item.id === 'lock');
    expect(lock?.accelerator).toBe(LOCK_ACCELERATOR);
    expect(LOCK_ACCELERATOR).toBe('CmdOrCtrl+L');
    click(lock);
    expect(opts.actions.lock).toHaveBeenCalledOnce();
    click(items([file]).find((item) => item.id === 'close-project'));
    expect(opts.actions.closeProject).toHaveBeenCalledOnce();
    expect(items([file]).some((item) => item.role === 'quit')).toBe(true);
  });

  it('offers reload and DevTools in development only', () => {
    const roles = (isDev: boolean) => items(buildMenuTemplate(options({ isDev }))).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('forceReload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('has the edit roles, so copy and paste work in forms', () => {
    const roles = items(buildMenuTemplate(options())).map((item) => item.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'] as const) expect(roles).toContain(role);
  });

  it('speaks Thai when the settings say so', () => {
    const labels = items(buildMenuTemplate(options({ language: 'th' }))).map((item) => item.label);
    expect(labels).toContain('แฟ้ม');
    expect(labels).toContain(MENU_STRINGS.th.lock);
    expect(labels).not.toContain('File');
    for (const language of ['en', 'th'] as const) {
      for (const value of Object.values(MENU_STRINGS[language])) expect(value.trim()).not.toBe('');
    }
  });

  it('puts About under Help, or under the app menu on macOS', () => {
    const opts = options();
    click(items(buildMenuTemplate(opts)).find((item) => item.label === MENU_STRINGS.en.about));
    expect(opts.actions.about).toHaveBeenCalledOnce();
    const mac = buildMenuTemplate(options({ isMac: true }));
    expect(mac[0]!.label).toBe('BMMA Workbench');
    expect(items([mac[0]!]).some((item) => item.label === MENU_STRINGS.en.about)).toBe(true);
  });

  it('says what the app is in the About box, in both languages', () => {
    expect(aboutMessage('en', '1.2.3').message).toBe('BMMA Workbench 1.2.3');
    expect(aboutMessage('en', '1.2.3').detail).toContain('never connects to a network');
    expect(aboutMessage('th', '1.2.3').detail).toContain('ไม่เชื่อมต่อเครือข่าย');
  });
});
