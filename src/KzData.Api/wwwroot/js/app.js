// The fact explorer: keeps the page in step with the URL's state, loads facts from the API and
// opens facts and articles in dialogs. State -> URL -> render; Back and shared links just work.
import * as api from './api.js';
import { byId } from './dom.js';
import { plural } from './format.js';
import { emptyFilters, factQuery, parseState, stateHref } from './state.js';
import { renderArticle, renderArticleError, renderArticleLoading, revealPassage } from './views/article-dialog.js';
import { closeModal, openModal, wireDialog } from './views/dialogs.js';
import { renderFact, renderFactError, renderFactLoading } from './views/fact-dialog.js';
import { fillEntities, fillKinds, fillTopics, readFilters, showClaimant, showFilters, wireFiltersToggle } from './views/filters.js';
import { renderDownloads } from './views/downloads.js';
import { renderDatasetInfo } from './views/footer.js';
import { LIST_PAGE_SIZE, renderFactPage } from './views/list.js';
import { renderTimeline } from './views/timeline.js';
import { setVocabularies } from './vocabularies.js';

const SEARCH_DELAY_MS = 300;
const baseTitle = document.title;

let state = parseState(location.search);
let listPage = 0;
let resultsController = null;
let searchTimer = 0;
let dialogToken = 0;
let shownFact = null;
let shownEvidenceKey = null;

const statements = new Map();
const sources = new Map();
const entityNames = new Map();

/** What views need to build links and labels. */
const context = {
  link: patch => stateHref({ ...state, quote: null, ...patch }),
  statementOf: id => statements.get(id),
  sourceOf: id => sources.get(id),
};

function remember(facts) {
  for (const fact of facts) statements.set(fact.id, fact.statement);
}

// Conflict links name the other fact; every fact that can be a conflict target is disputed
// itself (conflicts are declared on both sides), so one request covers them all.
const disputedLoaded = api.getAllFacts('disputed=true').then(remember, () => {});

// Sources give quotes their text-quality note ("machine-translated").
const sourcesLoaded = api.getSources().then(list => {
  for (const source of list) sources.set(source.id, source);
}, () => {});

// Topics, entity kinds, bounds and claim kinds: labels, tooltips and topic colours come from here.
const vocabulariesLoaded = api.getVocabularies().then(setVocabularies);

/** What rendering facts needs besides the facts themselves. */
const lookupsLoaded = Promise.all([disputedLoaded, sourcesLoaded, vocabulariesLoaded.catch(() => {})]);

function navigate(next, { replace = false } = {}) {
  const previous = state;
  state = next;
  const url = new URL(stateHref(state), location.href);
  if (url.href !== location.href) history[replace ? 'replaceState' : 'pushState'](null, '', url);
  render(previous);
}

function render(previous) {
  showFilters(state);
  showClaimant(state.claimant, id => entityNames.get(id));
  renderDownloads(factQuery(state));
  if (!previous || factQuery(previous) !== factQuery(state) || previous.view !== state.view) {
    loadResults();
  }
  syncDialogs();
}

function applyFilters({ replace = false } = {}) {
  clearTimeout(searchTimer);
  navigate({ ...state, ...readFilters(), fact: null, quote: null }, { replace });
}

// ---- results: the list and the timeline

async function loadResults({ more = false } = {}) {
  resultsController?.abort();
  const controller = new AbortController();
  resultsController = controller;
  const query = factQuery(state);
  const view = state.view;
  const section = byId('results');
  section.setAttribute('aria-busy', 'true');
  byId('fact-list').hidden = view !== 'list';
  byId('timeline').hidden = view !== 'timeline';
  if (!more) byId('load-more').hidden = true;
  showError(null);

  try {
    if (view === 'list') {
      await loadListPage(query, more ? listPage + 1 : 1, controller.signal);
    } else {
      await loadTimeline(query, controller.signal);
    }
  } catch (error) {
    if (error.name === 'AbortError') return;
    showError(error.message);
    byId('fact-list').replaceChildren();
    byId('timeline').replaceChildren();
    setStatus('No facts shown.');
  } finally {
    if (resultsController === controller) {
      // What the results show now: a hook for tests and scripts waiting on a filter.
      section.dataset.query = query;
      section.dataset.view = view;
      section.setAttribute('aria-busy', 'false');
    }
  }
}

async function loadListPage(query, page, signal) {
  const result = await api.getFacts(query, page, LIST_PAGE_SIZE, signal);
  await lookupsLoaded;
  remember(result.items);
  const list = byId('fact-list');
  const firstNew = list.childElementCount;
  renderFactPage(list, result.items, context, { append: page > 1 });
  listPage = page;

  const shown = list.childElementCount;
  const more = byId('load-more');
  const hadFocus = document.activeElement === more;
  more.hidden = shown >= result.total;
  more.textContent = `Load ${Math.min(LIST_PAGE_SIZE, result.total - shown)} more`;
  // Keyboard users who pressed "Load more" continue at the first new fact, not at the top.
  if (page > 1 && hadFocus) list.children[firstNew]?.querySelector('.fact-link')?.focus();
  setStatus(result.total === 0
    ? 'No facts match these filters.'
    : `Showing ${shown} of ${plural(result.total, 'fact')}`);
}

async function loadTimeline(query, signal) {
  const params = new URLSearchParams(query);
  params.set('sort', 'date');
  const facts = await api.getAllFacts(params, signal);
  await lookupsLoaded;
  remember(facts);
  const { dated, reported } = renderTimeline(byId('timeline'), facts, context);
  setStatus(facts.length === 0
    ? 'No facts match these filters.'
    : `${plural(facts.length, 'fact')}, oldest first${reported > 0 ? ` (${dated} dated, ${reported} undated placed by when reported)` : ''}`);
}

function setStatus(text) {
  byId('status').textContent = text;
}

function showError(message) {
  const error = byId('error');
  error.hidden = !message;
  error.textContent = message ?? '';
}

// ---- dialogs: the open fact, and the article behind one of its quotes

async function syncDialogs() {
  const token = ++dialogToken;
  const factDialog = byId('fact-dialog');
  const articleDialog = byId('article-dialog');
  if (!state.fact) {
    closeModal(articleDialog);
    closeModal(factDialog);
    return;
  }

  if (shownFact?.id !== state.fact || !factDialog.open) {
    closeModal(articleDialog);
    renderFactLoading();
    openModal(factDialog);
    try {
      const fact = await api.getFact(state.fact);
      await lookupsLoaded;
      if (token !== dialogToken) return;
      shownFact = fact;
      remember([fact]);
      renderFact(fact, context);
      document.title = `${fact.statement} · ${baseTitle}`;
      focusFactTitle();
    } catch (error) {
      if (token !== dialogToken) return;
      renderFactError(error.message);
      return;
    }
  }

  await syncArticle(token);
}

async function syncArticle(token) {
  const articleDialog = byId('article-dialog');
  const evidence = state.quote == null ? undefined : shownFact?.evidence[state.quote];
  if (!evidence) {
    closeModal(articleDialog);
    return;
  }

  const key = `${shownFact.id}#${state.quote}`;
  if (key === shownEvidenceKey && articleDialog.open) return;
  shownEvidenceKey = key;
  renderArticleLoading(evidence);
  openModal(articleDialog);
  try {
    // The coverage only adds marks: without it the article still shows, with its quoted passage.
    const [text, coverage] = await Promise.all([
      api.getSourceText(evidence.sourceId),
      api.getSourceCoverage(evidence.sourceId).catch(() => null),
    ]);
    if (token !== dialogToken) return;
    renderArticle(evidence, sources.get(evidence.sourceId), text, coverage);
    revealPassage();
  } catch (error) {
    if (token !== dialogToken) return;
    renderArticleError(error.message);
  }
}

// The statement is the dialog's name: focusing it has screen readers read it out.
function focusFactTitle() {
  const dialog = byId('fact-dialog');
  if (dialog.contains(document.activeElement) && !document.activeElement.matches('.close')) return;
  const title = document.getElementById('fact-title');
  title?.setAttribute('tabindex', '-1');
  title?.focus();
}

function onFactDialogClosed({ byUser }) {
  const closedId = shownFact?.id;
  shownFact = null;
  document.title = baseTitle;
  if (byUser && state.fact) navigate({ ...state, fact: null, quote: null });
  // The browser returns focus to where it was; after a shared link that was nowhere, so go to the fact's card.
  if (closedId && (document.activeElement === document.body || !document.activeElement)) {
    document.querySelector(`[data-fact-id="${CSS.escape(closedId)}"] .fact-link`)?.focus();
  }
}

function onArticleDialogClosed({ byUser }) {
  shownEvidenceKey = null;
  if (byUser && state.quote != null) navigate({ ...state, quote: null });
}

// ---- wiring

function wire() {
  const form = byId('filters');
  form.addEventListener('submit', event => {
    event.preventDefault();
    applyFilters();
  });
  form.addEventListener('change', event => {
    if (event.target.id !== 'f-q') applyFilters();
  });
  byId('f-q').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => applyFilters({ replace: true }), SEARCH_DELAY_MS);
  });
  byId('f-clear').addEventListener('click', () => {
    clearTimeout(searchTimer);
    navigate({ ...state, ...emptyFilters, fact: null, quote: null });
  });
  byId('claimant-clear').addEventListener('click', () => {
    navigate({ ...state, claimant: '', fact: null, quote: null });
    byId('f-q').focus();
  });
  wireFiltersToggle();

  for (const button of document.querySelectorAll('.view-switch [data-view]')) {
    button.addEventListener('click', () => navigate({ ...state, view: button.dataset.view, fact: null, quote: null }));
  }
  byId('load-more').addEventListener('click', () => loadResults({ more: true }));
  byId('article-jump').addEventListener('click', revealPassage);

  wireDialog(byId('fact-dialog'), onFactDialogClosed);
  wireDialog(byId('article-dialog'), onArticleDialogClosed);

  // Links hold the whole target state; a plain click navigates in the page, others (new tab) as usual.
  document.addEventListener('click', event => {
    const link = event.target.closest('a[data-nav]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(parseState(new URL(link.href).search));
  });

  window.addEventListener('popstate', () => {
    const previous = state;
    state = parseState(location.search);
    render(previous);
  });
}

async function start() {
  wire();
  // Facts load while the filter options do; the selects show the state once they have options.
  render(null);
  api.getDataset().then(renderDatasetInfo, () => {});
  const [vocabularies, topics, entities] = await Promise.allSettled([vocabulariesLoaded, api.getTopics(), api.getEntities()]);
  if (vocabularies.status === 'fulfilled') fillKinds();
  if (topics.status === 'fulfilled') fillTopics(topics.value);
  if (entities.status === 'fulfilled') {
    for (const entity of entities.value) entityNames.set(entity.id, entity.name);
    fillEntities(entities.value);
  }
  showFilters(state);
  showClaimant(state.claimant, id => entityNames.get(id));
}

start();
