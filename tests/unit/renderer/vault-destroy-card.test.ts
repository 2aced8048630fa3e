import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../src/renderer/src/lib/i18n';
import { VaultDestroyCard } from '../../../src/renderer/src/features/vault/VaultDestroyCard';
import type { Calendar } from '../../../src/shared/dates';
import type { VaultStatus } from '../../../src/shared/vault';

/**
 * Once the vault's destruction date has come (issue 6) the vault tab asks to destroy the
 * identities, naming the date as the project writes dates: B.E. in a Thai project.
 */
const due: VaultStatus = {
  state: 'locked',
  destroyAfter: '2026-11-29',
  destructionDue: true,
  destroyedAt: null,
  identityCount: 3,
  kdf: 'scrypt',
};

async function render(language: 'th' | 'en', calendar: Calendar, status: VaultStatus): Promise<string> {
  await i18n.changeLanguage(language);
  const client = new QueryClient();
  return renderToStaticMarkup(
    createElement(
      MantineProvider,
      null,
      createElement(QueryClientProvider, { client }, createElement(VaultDestroyCard, { status, calendar })),
    ),
  );
}

describe('the vault destruction notice', () => {
  it('names the date in B.E. in Thai and in C.E. in English, never as an ISO date', async () => {
    const th = await render('th', 'BE', due);
    expect(th).toContain('ถึงวันที่กำหนดให้ทำลายแล้ว (29 พฤศจิกายน 2569)');
    const en = await render('en', 'CE', due);
    expect(en).toContain('The destruction date (29 November 2026) has come');
    expect(th + en).not.toContain('2026-11-29');
  });

  it('is not shown before the date', async () => {
    const html = await render('en', 'CE', { ...due, destructionDue: false });
    expect(html).not.toContain('has come');
  });
});
