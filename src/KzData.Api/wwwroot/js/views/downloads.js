// The downloads of the current view: every fact that matches the filters (not only the page shown), as CSV
// or as JSON (one fact per line, NDJSON), named by the API after the dataset version; and the whole dataset as
// a Frictionless Data Package.
import { byId } from '../dom.js';

const FACTS = 'api/v1/facts';

/** Points the download links at the facts that `query` (the /api/v1/facts filters and sort) selects. */
export function renderDownloads(query) {
  byId('download-csv').href = exportHref(query, 'csv');
  byId('download-json').href = exportHref(query, 'ndjson');
}

function exportHref(query, format) {
  const params = new URLSearchParams(query);
  params.set('format', format);
  return `${FACTS}?${params}`;
}
