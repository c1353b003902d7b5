// The fact list: cards, paged with "Load more".
import { h } from '../dom.js';
import { plural } from '../format.js';
import { topicStyle } from '../vocabularies.js';
import { claimLine, conflictLinks, dateLabel, entityChips, kindBadge, navLink, quantityLine, topicBadge } from './fact-parts.js';

export const LIST_PAGE_SIZE = 50;

export function renderFactCard(fact, context) {
  const sources = new Set(fact.evidence.map(e => e.sourceId)).size;
  const titleId = `fact-${fact.id}`;
  return h('li', { class: 'fact-card', dataset: { factId: fact.id, topic: fact.topic, kind: fact.kind }, style: topicStyle(fact.topic) },
    h('article', { 'aria-labelledby': titleId },
      h('div', { class: 'fact-meta' }, topicBadge(fact.topic), kindBadge(fact), dateLabel(fact)),
      h('h2', { class: 'fact-statement' },
        navLink(context.link({ fact: fact.id }), { id: titleId, class: 'fact-link' }, fact.statement)),
      claimLine(fact, context),
      quantityLine(fact),
      entityChips(fact, context),
      conflictLinks(fact, context),
      h('p', { class: 'fact-evidence-count' },
        `${plural(fact.evidence.length, 'quote')} from ${plural(sources, 'article')}`)));
}

/** Replaces the list with one page of facts, or appends it. */
export function renderFactPage(list, facts, context, { append }) {
  const cards = facts.map(fact => renderFactCard(fact, context));
  if (append) list.append(...cards);
  else list.replaceChildren(...cards);
}
