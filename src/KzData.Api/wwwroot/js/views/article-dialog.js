// The article dialog: the source text with the quoted passage highlighted and scrolled into view.
import { byId, fill, h } from '../dom.js';
import { textQuality } from '../vocabularies.js';
import { sourceByline } from './fact-parts.js';

/**
 * Shows the article with text.substring(start, start + length) in a <mark>. JS strings and .NET
 * strings both index UTF-16 code units, so the API's offsets apply to the fetched text as they are.
 * With the article's coverage, every passage some fact quotes is marked too, and sentences no fact
 * cites are set apart, so a reader sees what the dataset captures of the article and what it does not.
 */
export function renderArticle(evidence, source, text, coverage) {
  const end = evidence.start + evidence.length;
  const passage = h('mark', { id: 'passage', class: 'passage', tabindex: '-1' }, text.substring(evidence.start, end));
  fill(byId('article-title'), evidence.sourceTitle);
  fill(byId('article-meta'),
    source && [sourceByline(source, { capital: true }), h('br')],
    `Quoted passage at line ${evidence.line}`,
    source && h('span', { class: 'quality', dataset: { quality: source.textQuality } }, ` · ${textQuality(source.textQuality)}`),
    coverage && [h('br'), coverageLegend(coverage)]);
  fill(byId('article-text'),
    ...segments(text, 0, evidence.start, coverage),
    passage,
    ...segments(text, end, text.length, coverage));
  byId('article-body').scrollTop = 0;
}

function coverageLegend(coverage) {
  return h('span', { class: 'coverage-legend' },
    `${coverage.citedSentenceCount} of ${coverage.sentenceCount} sentences cited: `,
    h('mark', { class: 'cited' }, 'quoted by a fact'), ', ',
    h('span', { class: 'uncited' }, 'not cited yet'));
}

/**
 * The text from..to as nodes: runs that some fact quotes in <mark class="cited">, runs of sentences no
 * fact cites in <span class="uncited">, the rest as plain text. Boundaries come from the API's offsets.
 */
function segments(text, from, to, coverage) {
  if (!coverage || from >= to) return from >= to ? [] : [text.substring(from, to)];
  const cuts = new Set([from, to]);
  const inside = (x) => x > from && x < to;
  for (const p of coverage.passages) [p.start, p.start + p.length].filter(inside).forEach((x) => cuts.add(x));
  const uncited = coverage.sentences.filter((s) => !s.cited);
  for (const s of uncited) [s.start, s.start + s.length].filter(inside).forEach((x) => cuts.add(x));
  const points = [...cuts].sort((a, b) => a - b);

  const nodes = [];
  let run = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const quotedBy = coverage.passages.filter((p) => p.start < b && a < p.start + p.length).map((p) => p.factId);
    const kind = quotedBy.length > 0 ? 'cited' : uncited.some((s) => s.start < b && a < s.start + s.length) ? 'uncited' : 'plain';
    const title = quotedBy.length > 0 ? `Quoted by ${[...new Set(quotedBy)].join(', ')}` : '';
    if (run && run.kind === kind && run.title === title) {
      run.end = b;
    } else {
      if (run) nodes.push(node(text, run));
      run = { kind, title, start: a, end: b };
    }
  }
  if (run) nodes.push(node(text, run));
  return nodes;
}

function node(text, run) {
  const content = text.substring(run.start, run.end);
  if (run.kind === 'cited') return h('mark', { class: 'cited', title: run.title }, content);
  if (run.kind === 'uncited') return h('span', { class: 'uncited' }, content);
  return content;
}

export function renderArticleLoading(evidence) {
  fill(byId('article-title'), evidence?.sourceTitle ?? 'Article');
  fill(byId('article-meta'), '');
  fill(byId('article-text'), h('p', { class: 'loading', role: 'status' }, 'Loading the article…'));
}

export function renderArticleError(message) {
  fill(byId('article-text'), h('p', { class: 'error' }, message));
}

/** Scrolls the passage to the middle of the article pane and moves focus to it, so it is read out. */
export function revealPassage() {
  const passage = document.getElementById('passage');
  if (!passage) return;
  passage.scrollIntoView({ block: 'center', inline: 'nearest' });
  passage.focus({ preventScroll: true });
}
