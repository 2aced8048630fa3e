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

// SECURITY.md 18: a page that tries to reach the network is stopped and the attempt is counted.
test('requests to other origins are refused and recorded', async ({ page, outsideRequests }) => {
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('http://example.com/collect');
      return 'reached';
    } catch {
      return 'refused';
    }
  });
  expect(outcome).toBe('refused');
  expect(outsideRequests.length).toBeGreaterThan(0);
  outsideRequests.length = 0;
});
