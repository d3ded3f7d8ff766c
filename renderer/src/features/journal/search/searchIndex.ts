/**
 * The search worker's whole job as a plain object, so tests run it without a Worker: an in-memory MiniSearch
 * index of the entries' text and tags, kept in step with `put` and `remove`, answering queries with ids.
 *
 * Matching: every word must match (AND), the last word as a prefix (it may still be being typed), case and
 * accents ignored by the same folding as the history's plain scan (foldForSearch).
 *
 * Must not: throw (every failure becomes an answer), write anywhere (no storage, no disk), or log.
 */
import MiniSearch from 'minisearch';
import { foldForSearch } from '../journalView';
import type { SearchDocument, SearchRequest, SearchResponse } from './searchProtocol';

interface IndexedDocument {
  id: string;
  text: string;
  tags: string;
}

/** A word of the text, a tag or a query, folded; null drops it. */
function foldTerm(term: string): string | null {
  const folded = foldForSearch(term);
  return folded === '' ? null : folded;
}

export interface SearchIndex {
  /** Adds documents, replacing any already indexed under the same id. */
  put(documents: readonly SearchDocument[]): void;
  remove(ids: readonly string[]): void;
  /** The ids of the documents matching every word of the query (the last as a prefix); empty for a blank query. */
  query(query: string): string[];
  readonly size: number;
  /** Answers one request from the page; a malformed request gets an error answer (id -1 when even the id is unreadable). */
  answer(request: unknown): SearchResponse;
}

export function createSearchIndex(): SearchIndex {
  const index = new MiniSearch<IndexedDocument>({
    fields: ['text', 'tags'],
    storeFields: [],
    processTerm: foldTerm,
    searchOptions: {
      combineWith: 'AND',
      prefix: (_term, position, terms) => position === terms.length - 1,
    },
  });

  const toIndexed = (document: SearchDocument): IndexedDocument => ({ id: document.id, text: document.text, tags: document.tags.join('\n') });

  const put = (documents: readonly SearchDocument[]): void => {
    // The last of several documents with one id wins, as it would had they come one at a time.
    const batch = new Map<string, IndexedDocument>();
    for (const document of documents) batch.set(document.id, toIndexed(document));
    for (const id of batch.keys()) if (index.has(id)) index.discard(id);
    index.addAll([...batch.values()]);
  };

  const remove = (ids: readonly string[]): void => {
    for (const id of ids) if (index.has(id)) index.discard(id);
  };

  const query = (text: string): string[] => {
    if (foldForSearch(text).trim() === '') return [];
    return index.search(text).map((result) => String(result.id));
  };

  const answer = (request: unknown): SearchResponse => {
    const id = readId(request);
    if (id === undefined || !isSearchRequest(request)) return { id: id ?? -1, ok: false, message: 'Malformed search request.' };
    try {
      switch (request.type) {
        case 'put':
          put(request.documents);
          return { id, ok: true };
        case 'remove':
          remove(request.ids);
          return { id, ok: true };
        case 'query':
          return { id, ok: true, ids: query(request.query) };
      }
    } catch (error) {
      return { id, ok: false, message: error instanceof Error ? error.name : 'Error' };
    }
  };

  return {
    put,
    remove,
    query,
    answer,
    get size() {
      return index.documentCount;
    },
  };
}

function readId(request: unknown): number | undefined {
  const id = typeof request === 'object' && request !== null ? (request as { id?: unknown }).id : undefined;
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : undefined;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isDocument(value: unknown): value is SearchDocument {
  if (typeof value !== 'object' || value === null) return false;
  const document = value as Partial<Record<keyof SearchDocument, unknown>>;
  return isString(document.id) && isString(document.text) && Array.isArray(document.tags) && document.tags.every(isString);
}

function isSearchRequest(request: unknown): request is SearchRequest {
  const candidate = request as Partial<Record<'type' | 'documents' | 'ids' | 'query', unknown>>;
  switch (candidate.type) {
    case 'put':
      return Array.isArray(candidate.documents) && candidate.documents.every(isDocument);
    case 'remove':
      return Array.isArray(candidate.ids) && candidate.ids.every(isString);
    case 'query':
      return isString(candidate.query);
    default:
      return false;
  }
}
