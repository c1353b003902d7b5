// Pieces of a fact shared by the list, the timeline and the fact dialog.
import { h } from '../dom.js';
import { formatPeriod, formatQuantity, label } from '../format.js';
import { emptyFilters } from '../state.js';

/**
 * Links carry the full target state in their href (shareable, open-in-new-tab works); app.js
 * turns a plain click on any a[data-nav] into in-page navigation.
 */
export function navLink(href, attributes, ...children) {
  return h('a', { ...attributes, href, 'data-nav': true }, ...children);
}

export function topicBadge(topic) {
  return h('span', { class: `topic topic-${topic}` }, label(topic));
}

export function dateLabel(fact) {
  return fact.date
    ? h('time', { class: 'fact-date', datetime: fact.date }, formatPeriod(fact.date, fact.until))
    : h('span', { class: 'fact-date fact-undated' }, 'Undated');
}

export function quantityLine(fact) {
  return fact.quantity && h('p', { class: 'fact-quantity' },
    h('span', { class: 'visually-hidden' }, 'Figure: '), formatQuantity(fact.quantity));
}

/** Entity chips; each links to every fact about that entity (the other filters cleared). */
export function entityChips(fact, context) {
  if (fact.entities.length === 0) return null;
  return h('ul', { class: 'chips', 'aria-label': 'Entities' },
    fact.entities.map(entity => h('li', null,
      navLink(context.link({ ...emptyFilters, entity: entity.id, fact: null }), {
        class: `chip chip-${entity.kind}`,
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
