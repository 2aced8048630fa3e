import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { readOnlyEn } from '../../../src/renderer/src/locales/read-only.en';
import { readOnlyTh } from '../../../src/renderer/src/locales/read-only.th';
import { reviewCopyStatusKey } from '../../../src/renderer/src/features/review/ReviewerBanner';
import { ReadOnlyFieldset, ReadOnlyProvider, useReadOnly } from '../../../src/renderer/src/features/review/read-only';

/**
 * A review copy is read-only up front (issue 6): one provider asks once whether the open file is
 * a review copy, and every editor's fields sit in a fieldset that is disabled there.
 */
function Probe() {
  return createElement('output', { 'data-read-only': String(useReadOnly()) });
}

/** Renders `children` under the provider as the status query answered `reviewCopy` (or not yet). */
function render(reviewCopy: boolean | undefined, children: ReactNode): string {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  if (reviewCopy !== undefined) client.setQueryData(reviewCopyStatusKey, { reviewCopy, mark: null });
  return renderToStaticMarkup(
    createElement(QueryClientProvider, { client }, createElement(ReadOnlyProvider, null, children)),
  );
}

const form = () =>
  createElement(
    ReadOnlyFieldset,
    null,
    createElement('input', { 'aria-label': 'Statement', defaultValue: 'x' }),
    createElement('button', { type: 'button' }, 'Save'),
  );

describe('read-only state of a review copy', () => {
  it('is on in a review copy: the editor fields are disabled', () => {
    expect(render(true, createElement(Probe))).toContain('data-read-only="true"');
    const html = render(true, form());
    expect(html).toMatch(/<fieldset disabled="" data-read-only="true"/);
    expect(html).toContain('aria-label="Statement"');
  });

  it('is off in an ordinary project and while the status is unknown: nothing is disabled', () => {
    for (const status of [false, undefined]) {
      expect(render(status, createElement(Probe))).toContain('data-read-only="false"');
      const html = render(status, form());
      expect(html).not.toContain('disabled');
      expect(html).not.toContain('data-read-only');
    }
  });

  it('is off outside a project home (no provider): a form elsewhere stays usable', () => {
    expect(renderToStaticMarkup(createElement(Probe))).toContain('data-read-only="false"');
  });

  it('says why in Thai and English, and that comments and decisions stay possible', () => {
    expect(Object.keys(readOnlyTh.readOnly).sort()).toEqual(Object.keys(readOnlyEn.readOnly).sort());
    expect(readOnlyEn.readOnly.hint).toBe('This is a review copy: content is read-only; you can comment and decide.');
    expect(readOnlyEn.readOnly.banner).toMatch(/comment/);
    expect(readOnlyEn.readOnly.banner).toMatch(/export/);
    for (const text of Object.values(readOnlyTh.readOnly)) expect(text).toMatch(/[\u0E00-\u0E7F]/);
    expect(readOnlyTh.readOnly.hint).toContain('สำเนาสำหรับทบทวน');
    expect(readOnlyTh.readOnly.hint).toContain('แสดงความเห็น');
  });
});
