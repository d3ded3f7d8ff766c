/**
 * The messages between the page and the journal's search worker. Plain data only: the page sends the
 * decrypted text and tags of readable entries to index in memory, ids to forget, and queries; the worker
 * answers each request, by id, with `{ ok: true }` (and the matching ids for a query) or `{ ok: false }`.
 */

/** What the worker indexes of an entry: nothing but its id, text and tags. */
export interface SearchDocument {
  id: string;
  text: string;
  tags: readonly string[];
}

export type SearchRequest =
  | { id: number; type: 'put'; documents: SearchDocument[] }
  | { id: number; type: 'remove'; ids: string[] }
  | { id: number; type: 'query'; query: string };

export type SearchResponse = { id: number; ok: true; ids?: string[] } | { id: number; ok: false; message: string };
