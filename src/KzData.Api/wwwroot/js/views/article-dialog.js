// The article dialog: the source text with the quoted passage highlighted and scrolled into view.
import { byId, fill, h } from '../dom.js';
import { textQuality } from '../vocabularies.js';
import { sourceByline } from './fact-parts.js';

/**
 * Shows the article with text.substring(start, start + length) in a <mark>. JS strings and .NET
 * strings both index UTF-16 code units, so the API's offsets apply to the fetched text as they are.
 */
export function renderArticle(evidence, source, text) {
  const end = evidence.start + evidence.length;
  const passage = h('mark', { id: 'passage', class: 'passage', tabindex: '-1' }, text.substring(evidence.start, end));
  fill(byId('article-title'), evidence.sourceTitle);
  fill(byId('article-meta'),
    source && [sourceByline(source, { capital: true }), h('br')],
    `Quoted passage at line ${evidence.line}`,
    source && h('span', { class: 'quality', dataset: { quality: source.textQuality } }, ` · ${textQuality(source.textQuality)}`));
  fill(byId('article-text'), text.substring(0, evidence.start), passage, text.substring(end));
  byId('article-body').scrollTop = 0;
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
