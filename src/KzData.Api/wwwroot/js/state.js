// The page state lives in the query string, so every view is a shareable link:
// ?topic=migration&kind=assessment&q=oil&view=timeline&fact=some-fact-id&quote=0

const FILTERS = ['q', 'topic', 'entity', 'kind', 'claimant', 'from', 'to', 'disputed', 'sort'];

/** The state a URL's query string describes; unknown or malformed parts fall back to defaults. */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const text = name => (params.get(name) ?? '').trim();
  const quote = params.get('quote');
  return {
    q: text('q'),
    topic: text('topic'),
    entity: text('entity'),
    kind: text('kind'),
    claimant: text('claimant'),
    from: text('from'),
    to: text('to'),
    disputed: params.get('disputed') === 'true',
    sort: text('sort'),
    view: params.get('view') === 'timeline' ? 'timeline' : 'list',
    fact: text('fact') || null,
    quote: quote !== null && /^\d+$/.test(quote) && params.has('fact') ? Number(quote) : null,
  };
}

/** The relative URL of a state: "?..." or "./" when everything is at its default. */
export function stateHref(state) {
  const params = new URLSearchParams(factQuery(state));
  if (state.view === 'timeline') params.set('view', 'timeline');
  if (state.fact) params.set('fact', state.fact);
  if (state.fact && state.quote != null) params.set('quote', state.quote);
  const query = params.toString();
  return query ? `?${query}` : './';
}

/** The /api/v1/facts query for the state's filters, without paging. */
export function factQuery(state) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = state[name];
    if (value === true) params.set(name, 'true');
    else if (value) params.set(name, value);
  }
  return params.toString();
}

/** How many filters (other than the search text and order) are set, for the phone's "More filters" button. */
export function activeFilterCount(state) {
  return ['topic', 'entity', 'kind', 'claimant', 'from', 'to', 'disputed'].filter(name => state[name]).length;
}

export const emptyFilters = Object.freeze({
  q: '', topic: '', entity: '', kind: '', claimant: '', from: '', to: '', disputed: false, sort: '',
});
