// Calls to the KzData REST API (/api/v1). Errors carry the API's problem+json message,
// which already says what is wrong and what is allowed.

const BASE = '/api/v1';

/** The API's largest page. */
export const MAX_PAGE_SIZE = 200;

export class ApiError extends Error {
  constructor(status, problem) {
    super(describeProblem(status, problem));
    this.name = 'ApiError';
    this.status = status;
  }
}

function describeProblem(status, problem) {
  const details = Object.values(problem?.errors ?? {}).flat();
  if (details.length > 0) return details.join(' ');
  return problem?.detail ?? problem?.title ?? `The API answered ${status}.`;
}

async function request(path, params, { signal, text = false } = {}) {
  const query = params && String(params);
  const response = await fetch(`${BASE}${path}${query ? `?${query}` : ''}`, {
    signal,
    headers: { Accept: text ? 'text/plain' : 'application/json' },
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
  return text ? response.text() : response.json();
}

/** One page of facts: { items, page, pageSize, total }. */
export function getFacts(query, page, pageSize, signal) {
  const params = new URLSearchParams(query);
  params.set('page', page);
  params.set('pageSize', pageSize);
  return request('/facts', params, { signal });
}

/** Every fact matching the query, following pages until total is reached. */
export async function getAllFacts(query, signal) {
  const items = [];
  for (let page = 1; ; page++) {
    const result = await getFacts(query, page, MAX_PAGE_SIZE, signal);
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}

export function getFact(id, signal) {
  return request(`/facts/${encodeURIComponent(id)}`, null, { signal });
}

export async function getEntities() {
  return (await request('/entities', new URLSearchParams({ pageSize: MAX_PAGE_SIZE }))).items;
}

export async function getSources() {
  return (await request('/sources', new URLSearchParams({ pageSize: MAX_PAGE_SIZE }))).items;
}

export const getTopics = () => request('/topics');

/** Every enumerated value the data uses, with descriptions: [{ name, description, terms: [{ name, description }] }]. */
export const getVocabularies = () => request('/vocabularies');

export const getDataset = () => request('/dataset');

/**
 * A per-id fetch made once: an article's text and coverage never change while the page is open. A failed
 * fetch is forgotten, so the next call tries again.
 */
function fetchedOnce(load) {
  const cache = new Map();
  return (id) => {
    if (!cache.has(id)) {
      const answer = load(encodeURIComponent(id));
      answer.catch(() => cache.delete(id));
      cache.set(id, answer);
    }
    return cache.get(id);
  };
}

/** The article exactly as the API serves it; evidence start/length index into this string. */
export const getSourceText = fetchedOnce((id) => request(`/sources/${id}/text`, null, { text: true }));

/** Every quoted passage of an article and its sentences marked cited or not (GET /sources/{id}/coverage). */
export const getSourceCoverage = fetchedOnce((id) => request(`/sources/${id}/coverage`));
