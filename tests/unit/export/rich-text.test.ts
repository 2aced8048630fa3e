/**
 * Narrative sections (TipTap JSON) as Word (issue 4): the converted blocks are packed into a real
 * .docx, unzipped and read back: heading styles, bold/italic runs, lists that restart, a repeated
 * table header row and footnotes in footnotes.xml.
 */
import { Document, Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentStyles } from '../../../src/main/export/kit';
import { FootnoteCollector, richTextNumbering, richTextToDocx } from '../../../src/main/export/rich-text';
import { DEFAULT_EXPORT_PROFILE } from '../../../src/shared/export';
import type { RichBlock, RichDoc, RichTableCell } from '../../../src/shared/narrative';

const text = (t: string, ...marks: ('bold' | 'italic')[]) =>
  marks.length
    ? { type: 'text' as const, text: t, marks: marks.map((type) => ({ type })) }
    : { type: 'text' as const, text: t };
const para = (...content: ReturnType<typeof text>[]): RichBlock => ({ type: 'paragraph', content });
const item = (t: string, nested?: RichBlock) => ({
  type: 'listItem' as const,
  content: [{ type: 'paragraph' as const, content: [text(t)] }, ...(nested ? [nested] : [])],
});
const cell = (type: 'tableCell' | 'tableHeader', t: string, colspan?: number): RichTableCell => ({
  type,
  ...(colspan ? { attrs: { colspan } } : {}),
  content: [{ type: 'paragraph', content: [text(t)] }],
});

const THAI = 'ด่านตรวจคนเข้าเมืองมีเจ้าหน้าที่ไม่เพียงพอ';

const DOC: RichDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Current situation')] },
    { type: 'heading', attrs: { level: 3 }, content: [text('Deep heading')] },
    para(
      text('Plain '),
      text('strong', 'bold'),
      text(' and '),
      text('leaning', 'italic'),
      text(' both', 'bold', 'italic'),
    ),
    {
      type: 'paragraph',
      content: [
        text(THAI),
        { type: 'footnote', attrs: { text: 'Source: site visit report, March 2020.' } },
        { type: 'hardBreak' },
        text('second line'),
      ],
    },
    {
      type: 'orderedList',
      content: [item('first one'), item('first two', { type: 'bulletList', content: [item('nested bullet')] })],
    },
    para(text('between the lists')),
    { type: 'orderedList', content: [item('second one'), item('second two')] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Agency'), cell('tableHeader', 'Staff')] },
        { type: 'tableRow', content: [cell('tableCell', 'Immigration'), cell('tableCell', '12')] },
        { type: 'tableRow', content: [cell('tableCell', 'Both columns', 2)] },
      ],
    },
  ],
};

async function pack(doc: RichDoc, headingOffset = 1): Promise<Record<string, string>> {
  const footnotes = new FootnoteCollector();
  const children = richTextToDocx(doc, DEFAULT_EXPORT_PROFILE, footnotes, { headingOffset });
  const document = new Document({
    styles: documentStyles(),
    numbering: richTextNumbering(),
    footnotes: footnotes.footnotes(),
    sections: [{ children }],
  });
  const entries = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  return Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** Paragraphs of the body, each as its XML. */
function paragraphs(xml: string): string[] {
  return xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
}
const words = (xml: string) => xml.replace(/<[^>]+>/g, '');

describe('narrative to Word', () => {
  it('shifts headings under the section heading and caps them at Heading 3', async () => {
    const body = (await pack(DOC))['word/document.xml'] ?? '';
    const ps = paragraphs(body);
    expect(ps.find((p) => words(p) === 'Current situation')).toContain('<w:pStyle w:val="Heading2"/>');
    expect(ps.find((p) => words(p) === 'Deep heading')).toContain('<w:pStyle w:val="Heading3"/>');
    const unshifted = paragraphs((await pack(DOC, 0))['word/document.xml'] ?? '');
    expect(unshifted.find((p) => words(p) === 'Current situation')).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('makes bold and italic only the runs the author marked, Thai and break kept as written', async () => {
    const body = (await pack(DOC))['word/document.xml'] ?? '';
    const runs = body.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    const run = (t: string) => runs.find((r) => words(r) === t) ?? '';
    expect(run('strong')).toContain('<w:b/>');
    expect(run('strong')).not.toContain('<w:i/>');
    expect(run('leaning')).toContain('<w:i/>');
    expect(run('leaning')).not.toContain('<w:b/>');
    expect(run(' both')).toMatch(/<w:b\/>[\s\S]*<w:i\/>/);
    expect(run('Plain ')).not.toMatch(/<w:[bi]\/>/);
    // The Thai sentence is one run, not split into words or letters.
    expect(run(THAI)).toContain(THAI);
    const withBreak = paragraphs(body).find((p) => p.includes(THAI)) ?? '';
    expect(withBreak).toMatch(/<w:br\/>[\s\S]*second line/);
  });

  it('numbers each ordered list from 1 in a list of its own, nested bullets one level deeper', async () => {
    const xml = await pack(DOC);
    const ps = paragraphs(xml['word/document.xml'] ?? '');
    const numId = (t: string) => /<w:numId w:val="(\d+)"\/>/.exec(ps.find((p) => words(p) === t) ?? '')?.[1];
    const ilvl = (t: string) => /<w:ilvl w:val="(\d+)"\/>/.exec(ps.find((p) => words(p) === t) ?? '')?.[1];
    expect(numId('first one')).toBeDefined();
    expect(numId('first two')).toBe(numId('first one'));
    expect(numId('second one')).toBe(numId('second two'));
    expect(numId('second one')).not.toBe(numId('first one'));
    expect(ilvl('nested bullet')).toBe('1');
    expect(numId('between the lists')).toBeUndefined();
    // Each list's w:num restarts level 0 at 1; the ordered definition counts in decimals.
    const numbering = xml['word/numbering.xml'] ?? '';
    for (const id of [numId('first one'), numId('second one')]) {
      const num = new RegExp(`<w:num w:numId="${id}"[^>]*>([\\s\\S]*?)</w:num>`).exec(numbering)?.[1] ?? '';
      expect(num).toMatch(/<w:lvlOverride w:ilvl="0">\s*<w:startOverride w:val="1"\/>/);
    }
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
  });

  it('draws tables with grid lines, the header row repeated, merged columns kept', async () => {
    const body = (await pack(DOC))['word/document.xml'] ?? '';
    const tbl = body.slice(body.indexOf('<w:tbl>'), body.indexOf('</w:tbl>'));
    expect(tbl).toMatch(/<w:tblBorders>[\s\S]*<w:insideV w:val="single"/);
    const rows = tbl.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('<w:b/>');
    expect(rows[2]).toContain('<w:gridSpan w:val="2"/>');
    expect(tbl).toMatch(/<w:tblW w:type="pct" w:w="100%"\/>/);
  });

  it('puts footnotes in footnotes.xml with their reference in the text', async () => {
    const xml = await pack(DOC);
    const ref = /<w:footnoteReference w:id="(\d+)"\/>/.exec(xml['word/document.xml'] ?? '')?.[1];
    expect(ref).toBeDefined();
    const notes = xml['word/footnotes.xml'] ?? '';
    const note = new RegExp(`<w:footnote w:id="${ref}">([\\s\\S]*?)</w:footnote>`).exec(notes)?.[1] ?? '';
    expect(words(note)).toContain('Source: site visit report, March 2020.');
  });

  it('gives a second section in the same document lists and footnotes of its own', async () => {
    const footnotes = new FootnoteCollector();
    const one = richTextToDocx(DOC, DEFAULT_EXPORT_PROFILE, footnotes, { headingOffset: 1 });
    const two = richTextToDocx(DOC, DEFAULT_EXPORT_PROFILE, footnotes, { headingOffset: 1 });
    const document = new Document({
      numbering: richTextNumbering(),
      footnotes: footnotes.footnotes(),
      sections: [{ children: [...one, ...two] }],
    });
    const body = strFromU8(
      unzipSync(new Uint8Array(await Packer.toBuffer(document)))['word/document.xml'] ?? new Uint8Array(),
    );
    const refs = [...body.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(refs).size).toBe(2);
    const numIds = new Set([...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect(numIds.size).toBe(6);
  });
});
