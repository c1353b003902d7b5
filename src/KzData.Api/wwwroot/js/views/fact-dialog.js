// The fact dialog: the statement, its details and every quote that supports it.
import { byId, fill, h } from '../dom.js';
import { plural } from '../format.js';
import { textQuality } from '../vocabularies.js';
import { claimLine, conflictLinks, dateLabel, entityChips, kindBadge, navLink, quantityLine, sourceByline, topicBadge } from './fact-parts.js';

export function renderFactLoading() {
  fill(byId('fact-kicker'), 'Fact');
  fill(byId('fact-body'), h('p', { class: 'loading', role: 'status' }, 'Loading the fact…'));
}

export function renderFactError(message) {
  fill(byId('fact-kicker'), 'Fact');
  fill(byId('fact-body'), 
    h('h2', { id: 'fact-title', class: 'sheet-title' }, 'This fact could not be shown'),
    h('p', { class: 'error' }, message));
}

export function renderFact(fact, context) {
  const sourceCount = new Set(fact.evidence.map(e => e.sourceId)).size;
  fill(byId('fact-kicker'), topicBadge(fact.topic), kindBadge(fact), dateLabel(fact));
  fill(byId('fact-body'), 
    h('h2', { id: 'fact-title', class: 'sheet-title', dataset: { factId: fact.id } }, fact.statement),
    claimLine(fact, context, { asOf: true }),
    quantityLine(fact),
    entityChips(fact, context),
    conflictLinks(fact, context),
    fact.note && h('aside', { class: 'note', 'aria-label': "Curator's note" },
      h('p', { class: 'note-label' }, "Curator's note"), h('p', null, fact.note)),
    h('section', { class: 'evidence', 'aria-labelledby': 'evidence-title' },
      h('h3', { id: 'evidence-title' },
        `Evidence: ${plural(fact.evidence.length, 'quote')} from ${plural(sourceCount, 'article')}`),
      h('ol', { class: 'evidence-list' }, fact.evidence.map((evidence, index) =>
        evidenceItem(fact, evidence, index, context)))),
    h('p', { class: 'permalink' },
      navLink(context.link({ fact: fact.id, quote: null }), { class: 'permalink-link' }, 'Link to this fact'),
      ' · id ', h('code', null, fact.id)));
}

function evidenceItem(fact, evidence, index, context) {
  const source = context.sourceOf(evidence.sourceId);
  const byline = sourceByline(source);
  const captionId = `evidence-${index}-source`;
  return h('li', { class: 'evidence-item' },
    navLink(context.link({ fact: fact.id, quote: index }), {
      class: 'quote-link',
      'data-evidence': index,
      'aria-describedby': captionId,
    },
    h('blockquote', { class: 'quote' }, evidence.quote),
    h('span', { class: 'quote-action' }, 'Read it in the article', h('span', { 'aria-hidden': 'true' }, ' →'))),
    h('p', { class: 'quote-source', id: captionId },
      h('cite', null, evidence.sourceTitle), byline && [' · ', byline], ` · line ${evidence.line}`,
      source && source.textQuality !== 'original' && h('span', { class: 'quality' }, ` · ${textQuality(source.textQuality)}`)));
}
