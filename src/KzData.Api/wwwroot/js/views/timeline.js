// The timeline: dated facts in date order, grouped by year.
import { h } from '../dom.js';
import { formatDayInYear, formatPeriod } from '../format.js';
import { topicStyle } from '../vocabularies.js';
import { claimLine, isClaim, kindBadge, navLink, topicBadge } from './fact-parts.js';

/** Renders dated facts (already sorted by the API) and returns how many it showed. */
export function renderTimeline(container, facts, context) {
  const years = new Map();
  for (const fact of facts.filter(f => f.date)) {
    const year = fact.date.slice(0, 4);
    if (!years.has(year)) years.set(year, []);
    years.get(year).push(fact);
  }

  container.replaceChildren(h('ol', { class: 'timeline-years' },
    [...years].map(([year, yearFacts]) => h('li', { class: 'timeline-year' },
      h('h2', { class: 'timeline-year-label', id: `year-${year}` }, year),
      h('ol', { class: 'timeline-items', 'aria-labelledby': `year-${year}` },
        yearFacts.map(fact => timelineItem(fact, context)))))));
  return [...years.values()].reduce((count, list) => count + list.length, 0);
}

function timelineItem(fact, context) {
  return h('li', { class: 'timeline-item', dataset: { factId: fact.id, date: fact.date, topic: fact.topic }, style: topicStyle(fact.topic) },
    h('time', { class: 'timeline-when', datetime: fact.date, title: formatPeriod(fact.date, fact.until) },
      formatDayInYear(fact.date) || `In ${fact.date.slice(0, 4)}`),
    h('div', { class: 'timeline-what' },
      h('p', { class: 'timeline-meta' }, topicBadge(fact.topic), kindBadge(fact),
        fact.until && h('span', { class: 'timeline-period' }, formatPeriod(fact.date, fact.until))),
      navLink(context.link({ fact: fact.id }), { class: 'fact-link' }, fact.statement),
      isClaim(fact) && claimLine(fact, context)));
}
