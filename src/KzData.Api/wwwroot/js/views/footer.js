// The footer line: which dataset version the page shows, and how much it holds.
import { byId, fill, h } from '../dom.js';
import { formatDate, plural } from '../format.js';

export function renderDatasetInfo(dataset) {
  const { counts } = dataset;
  fill(byId('dataset-info'), 
    'KzData dataset version ', h('code', { class: 'dataset-version' }, dataset.version), ': ',
    `${plural(counts.facts, 'fact')}, ${plural(counts.entities, 'entity', 'entities')}, ${plural(counts.sources, 'source')}`,
    dataset.earliestDate && dataset.latestDate
      ? `, dated ${formatDate(dataset.earliestDate)} to ${formatDate(dataset.latestDate)}.`
      : '.');
}
