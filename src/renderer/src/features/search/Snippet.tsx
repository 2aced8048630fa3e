import type { SearchHit } from '../../../../shared/search';
import { snippetSegments } from './highlight';

/**
 * The excerpt around the first hit, the matched words in <mark>. Built from text nodes only:
 * notes are user input, so nothing here is ever parsed as HTML.
 */
export function Snippet({ snippet }: { snippet: SearchHit['snippet'] }) {
  const segments = snippetSegments(snippet.text, snippet.highlights);
  return (
    <>
      {snippet.clippedStart && '…'}
      {segments.map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
      {snippet.clippedEnd && '…'}
    </>
  );
}
