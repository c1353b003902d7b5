// Pieces of a fact shared by the list, the timeline and the fact dialog.
import { h } from '../dom.js';
import { formatDate, formatPeriod, formatQuantity, label } from '../format.js';
import { emptyFilters } from '../state.js';
import { boundWording, describe, topicStyle } from '../vocabularies.js';

/**
 * Links carry the full target state in their href (shareable, open-in-new-tab works); app.js
 * turns a plain click on any a[data-nav] into in-page navigation.
 */
export function navLink(href, attributes, ...children) {
  return h('a', { ...attributes, href, 'data-nav': true }, ...children);
}

export function topicBadge(topic) {
  return h('span', { class: 'topic', dataset: { topic }, style: topicStyle(topic), title: describe('topic', topic) }, label(topic));
}

/** Whose claim a fact is matters for every fact that is not a plain event. */
export const isClaim = fact => fact.kind != null && fact.kind !== 'event';

/** "Statement" or "Assessment" (or any newer kind), for facts that are someone's claim. */
export function kindBadge(fact) {
  return isClaim(fact) && h('span', {
    class: 'kind-badge',
    dataset: { kind: fact.kind },
    title: describe('claim-kind', fact.kind),
  }, label(fact.kind));
}

/**
 * "According to <claimant>" on a claim, the name linking to every claim of theirs; `asOf` adds
 * when it was reported. Unclassified facts keep naming whom they are attributed to.
 */
export function claimLine(fact, context, { asOf = false } = {}) {
  if (!isClaim(fact)) {
    return fact.kind == null && fact.attributedTo && h('p', { class: 'fact-speaker' }, `Said by ${fact.attributedTo.name}`);
  }
  const claimant = fact.claimant;
  return h('p', { class: 'fact-claim', dataset: { kind: fact.kind } },
    claimant
      ? ['According to ', navLink(context.link({ ...emptyFilters, claimant: claimant.id, fact: null }), {
        class: 'claimant-link',
        'data-claimant': claimant.id,
        title: `Show every claim by ${claimant.name}`,
      }, claimant.name)]
      : 'According to its source',
    asOf && fact.asOf && `, as of ${formatDate(fact.asOf)}`);
}

/** "by Author · Publisher, October 2022": who stands behind a source, as far as it is known. */
export function sourceByline(source, { capital = false } = {}) {
  if (!source) return null;
  const parts = [
    source.author && `${capital ? 'By' : 'by'} ${source.author.name}`,
    [source.publisher?.name, source.published && formatDate(source.published)].filter(Boolean).join(', '),
  ].filter(Boolean);
  return parts.length > 0 && h('span', { class: 'source-byline' }, parts.join(' · '));
}

export function dateLabel(fact) {
  return fact.date
    ? h('time', { class: 'fact-date', datetime: fact.date }, formatPeriod(fact.date, fact.until))
    : h('span', { class: 'fact-date fact-undated' }, 'Undated');
}

export function quantityLine(fact) {
  return fact.quantity && h('p', { class: 'fact-quantity', title: describe('quantity-bound', fact.quantity.bound) },
    h('span', { class: 'visually-hidden' }, 'Figure: '), formatQuantity(fact.quantity, boundWording(fact.quantity.bound)));
}

/** Entity chips; each links to every fact about that entity (the other filters cleared). */
export function entityChips(fact, context) {
  if (fact.entities.length === 0) return null;
  return h('ul', { class: 'chips', 'aria-label': 'Entities' },
    fact.entities.map(entity => h('li', null,
      navLink(context.link({ ...emptyFilters, entity: entity.id, fact: null }), {
        class: 'chip',
        'data-kind': entity.kind,
        title: `Show facts about ${entity.name}`,
      }, entity.name))));
}

/** Links to the facts that give another version of the same thing. */
export function conflictLinks(fact, context) {
  if (fact.conflictsWith.length === 0) return null;
  return h('div', { class: 'conflicts' },
    h('p', { class: 'conflicts-label' },
      fact.conflictsWith.length === 1 ? 'Disputed: a conflicting version' : 'Disputed: conflicting versions'),
    h('ul', null, fact.conflictsWith.map(id => h('li', null,
      navLink(context.link({ fact: id }), { class: 'conflict-link', 'data-conflict': id },
        context.statementOf(id) ?? id)))));
}
