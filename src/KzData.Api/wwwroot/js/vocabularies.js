// The API's vocabularies (GET /api/v1/vocabularies): the one source of every enumerated value the
// page offers or explains (topics, entity kinds, quantity bounds, claim kinds, text qualities).
// Nothing here lists terms; a term the page has never seen gets a generic label and a neutral look.
import { label } from './format.js';

let vocabularies = new Map();

export function setVocabularies(list) {
  vocabularies = new Map(list.map(vocabulary => [vocabulary.name, vocabulary]));
}

/** The terms of a vocabulary, in the API's order: [{ name, description }]. */
export const terms = vocabulary => vocabularies.get(vocabulary)?.terms ?? [];

export const term = (vocabulary, name) => terms(vocabulary).find(t => t.name === name) ?? null;

/** The term's description, for tooltips; null for a value the vocabulary does not have. */
export const describe = (vocabulary, name) => term(vocabulary, name)?.description ?? null;

/**
 * A topic's colour, from its position in the topic vocabulary: hues evenly spaced around the
 * wheel at one lightness (OKLCH), so every topic reads on white and no colour list exists.
 * A topic the vocabulary lacks gets none, and the style sheet's neutral default applies.
 */
export function topicColor(topic) {
  const topics = terms('topic');
  const index = topics.findIndex(t => t.name === topic);
  if (index < 0) return null;
  const hue = (250 + index * 360 / topics.length) % 360;
  return `oklch(47% 0.1 ${hue.toFixed(1)})`;
}

/** Inline style giving an element its topic colour (children inherit the custom property). */
export function topicStyle(topic) {
  const color = topicColor(topic);
  return color ? { '--topic-color': color } : null;
}

/**
 * How a quantity's bound reads before the figure: the first quoted wording in the term's
 * description ("about", "at least"), none for a term whose description quotes nothing (exact),
 * and the bound's own words for a bound the vocabulary lacks.
 */
export function boundWording(bound) {
  if (!bound) return '';
  const known = term('quantity-bound', bound);
  if (!known) return terms('quantity-bound').length > 0 ? bound.replaceAll('-', ' ') : '';
  return known.description.match(/"([^"]+)"/)?.[1] ?? '';
}

/** How faithful a source's text is, in words: the term's description, else its name. */
export const textQuality = quality => describe('text-quality', quality) ?? label(quality);
