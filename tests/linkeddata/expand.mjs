// Judges the API's JSON-LD with jsonld.js (pinned in package-lock.json), offline: the contexts the documents name
// are served from ./contexts by a document loader that refuses every other URL (no network at test time).
// Usage: node expand.mjs <document.json>...  Prints, per document, its RDF quads as JSON:
// [{ "file": ..., "quads": [[subject, predicate, object, objectKind, datatype], ...] }, ...]
// Expansion runs in safe mode: a term the context does not define is an error, never silently dropped.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';

const here = dirname(fileURLToPath(import.meta.url));
const local = (file) => JSON.parse(readFileSync(join(here, 'contexts', file), 'utf8'));
const contexts = new Map([
  ['https://schema.org', 'schemaorg.jsonld'],
  ['https://schema.org/', 'schemaorg.jsonld'],
  ['http://schema.org', 'schemaorg.jsonld'],
  ['http://schema.org/', 'schemaorg.jsonld'],
  ['https://schema.org/docs/jsonldcontext.jsonld', 'schemaorg.jsonld'],
  ['http://www.w3.org/ns/anno.jsonld', 'anno.jsonld'],
  ['https://www.w3.org/ns/anno.jsonld', 'anno.jsonld'],
]);

const documentLoader = async (url) => {
  const file = contexts.get(url);
  if (!file) {
    throw new Error(`no local copy of ${url}: the test runs offline`);
  }
  return { contextUrl: null, documentUrl: url, document: local(file) };
};

const results = [];
for (const file of process.argv.slice(2)) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
  const quads = await jsonld.toRDF(expanded, { documentLoader, safe: true });
  results.push({
    file,
    quads: quads.map((q) => [q.subject.value, q.predicate.value, q.object.value, q.object.termType, q.object.datatype?.value ?? null]),
  });
}
process.stdout.write(JSON.stringify(results));
