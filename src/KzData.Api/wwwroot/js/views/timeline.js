// The timeline: every fact, placed by its date, or else (undated) by its as-of date, the published
// date of its earliest source; grouped by year. Undated facts are marked in words and by a
// hollow dot, so the difference never rests on the dot alone.
import { fill, h } from '../dom.js';
import { formatDate, formatDayInYear, formatPeriod } from '../format.js';
import { topicStyle } from '../vocabularies.js';
import { claimLine, isClaim, kindBadge, navLink, topicBadge } from './fact-parts.js';

/** Where a fact goes on the timeline: its date, or else its as-of date ('' when it has neither). */
export function placement(fact) {
  return fact.date
    ? { when: fact.date, by: 'date' }
    : { when: fact.asOf ?? '', by: fact.asOf ? 'as-of' : 'none' };
}

const RANK = { date: 0, 'as-of': 1, none: 2 };

/**
 * The facts in timeline order: by placement date (ISO text compares like the dates: a year before
 * its months, a month before its days), a dated fact before an undated one reported at the same
 * date; otherwise in the order given (the API's sort=date, so by id). Facts with no date at all go last.
 */
export function timelineOrder(facts) {
  return facts
    .map(fact => ({ fact, ...placement(fact) }))
    .sort((a, b) => (a.by === 'none') - (b.by === 'none')
      || (a.when < b.when ? -1 : a.when > b.when ? 1 : 0)
      || RANK[a.by] - RANK[b.by]);
}

/** Renders every fact (already sorted by date by the API); returns how many are dated and how many placed by as-of. */
export function renderTimeline(container, facts, context) {
  const ordered = timelineOrder(facts);
  const groups = new Map();
  for (const placed of ordered) {
    const group = placed.by === 'none' ? 'Undated' : placed.when.slice(0, 4);
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(placed);
  }

  const dated = ordered.filter(placed => placed.by === 'date').length;
  fill(container,
    dated < ordered.length && legend(),
    h('ol', { class: 'timeline-years' },
      [...groups].map(([group, placed]) => h('li', { class: 'timeline-year' },
        h('h2', { class: 'timeline-year-label', id: `year-${group}` }, group),
        h('ol', { class: 'timeline-items', 'aria-labelledby': `year-${group}` },
          placed.map(item => timelineItem(item, context)))))));
  return { dated, reported: ordered.length - dated };
}

function legend() {
  return h('p', { class: 'timeline-legend' },
    h('span', { class: 'timeline-key timeline-key-dated' }, 'Dated: placed by when it happened'),
    h('span', { class: 'timeline-key timeline-key-reported' }, 'Undated: placed by when it was reported (as of)'));
}

function timelineItem({ fact, when, by }, context) {
  const reported = by !== 'date';
  return h('li', {
    class: reported ? 'timeline-item timeline-item-reported' : 'timeline-item',
    dataset: { factId: fact.id, date: fact.date, when, placedBy: by, topic: fact.topic },
    style: topicStyle(fact.topic),
  },
    reported ? reportedWhen(when) : datedWhen(fact),
    h('div', { class: 'timeline-what' },
      h('p', { class: 'timeline-meta' }, topicBadge(fact.topic), kindBadge(fact),
        fact.until && h('span', { class: 'timeline-period' }, formatPeriod(fact.date, fact.until)),
        reported && h('span', { class: 'timeline-asof' }, when ? `Undated · as of ${formatDate(when)}` : 'Undated')),
      navLink(context.link({ fact: fact.id }), { class: 'fact-link' }, fact.statement),
      isClaim(fact) && claimLine(fact, context)));
}

function datedWhen(fact) {
  return h('time', { class: 'timeline-when', datetime: fact.date, title: formatPeriod(fact.date, fact.until) },
    formatDayInYear(fact.date) || `In ${fact.date.slice(0, 4)}`);
}

// The visible "reported" tag stands in for the dot's hollowness; the meta line says "as of <date>" in full.
function reportedWhen(when) {
  return h('p', { class: 'timeline-when' },
    when && h('time', { datetime: when, title: `Undated: reported as of ${formatDate(when)}` },
      formatDayInYear(when) || `In ${when.slice(0, 4)}`),
    h('span', { class: 'timeline-reported-tag' }, 'reported'));
}
