import { CHANNELS } from '../../src/shared/contract';
import { expect, test } from './fixtures';

// SECURITY.md 14 and 15 through the bridge: the page sees no Node, only window.bmma with named functions.
test('the page has no Node globals and only the contract client', async ({ page, outsideRequests }) => {
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as Record<string, unknown>)['require'],
    process: typeof (window as unknown as Record<string, unknown>)['process'],
    module: typeof (window as unknown as Record<string, unknown>)['module'],
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });

  const shape = await page.evaluate(() => {
    const bmma = (window as unknown as { bmma: Record<string, Record<string, unknown>> }).bmma;
    return Object.entries(bmma).flatMap(([namespace, group]) =>
      Object.entries(group).map(([method, fn]) => `${namespace}.${method}:${typeof fn}`),
    );
  });
  expect(shape.sort()).toEqual([...CHANNELS].map((c) => `${c}:function`).sort());

  const info = await page.evaluate(() =>
    (window as unknown as { bmma: { app: { info: () => Promise<unknown> } } }).bmma.app.info(),
  );
  expect(info).toMatchObject({ ok: true, value: { name: 'BMMA Workbench', runtime: 'bridge' } });
  expect(outsideRequests).toEqual([]);
});

// SECURITY.md 18: the page's CSP (connect-src 'self') stops a fetch to the network before any
// request leaves; the route guard in fixtures.ts would abort and record anything that got past it.
test('a fetch to another origin is refused by the CSP and nothing leaves', async ({ page, outsideRequests }) => {
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const reached = await fetch('http://example.com/collect').then(
      () => true,
      () => false,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { reached, violations };
  });
  expect(outcome).toEqual({ reached: false, violations: ['connect-src'] });
  expect(outsideRequests).toEqual([]);
});
