// The filter form: fills its options from the API and maps controls to and from the state.
import { h, byId, fill } from '../dom.js';
import { label } from '../format.js';
import { activeFilterCount } from '../state.js';
import { describe, terms } from '../vocabularies.js';

/** One option per topic term, with its fact count (0 when the API's counts lack it). */
export function fillTopics(topicCounts) {
  const counts = new Map(topicCounts.map(t => [t.topic, t.factCount]));
  const names = [...terms('topic').map(t => t.name), ...counts.keys()];
  fillOptions('f-topic', [...new Set(names)].map(topic => h('option', {
    value: topic,
    title: describe('topic', topic),
  }, `${label(topic)} (${counts.get(topic) ?? 0})`)));
}

/** One option per claim-kind term. */
export function fillKinds() {
  fillOptions('f-kind', terms('claim-kind').map(kind => h('option', {
    value: kind.name,
    title: kind.description,
  }, label(kind.name))));
}

/**
 * Entities with facts, grouped by kind in the entity-kind vocabulary's order; an entity of a kind
 * the vocabulary lacks still appears, in a group of its own after the known ones.
 */
export function fillEntities(entities) {
  const byName = (a, b) => a.name.localeCompare(b.name, 'en');
  const listed = entities.filter(e => e.factCount > 0);
  const kinds = [...new Set([...terms('entity-kind').map(t => t.name), ...listed.map(e => e.kind ?? '')])];
  fillOptions('f-entity', kinds.map(kind => {
    const members = listed.filter(e => (e.kind ?? '') === kind).sort(byName);
    return members.length > 0 && h('optgroup', {
      label: kind ? label(kind) : 'Other',
      title: describe('entity-kind', kind),
      dataset: { kind },
    }, members.map(e => h('option', { value: e.id }, `${e.name} (${e.factCount})`)));
  }));
}

// After the first option ("All topics", "Anyone"); app.js puts the state's value back afterwards.
function fillOptions(id, options) {
  const select = byId(id);
  select.append(...options.filter(Boolean));
  select.dataset.filled = 'true';
}

/** The claimant filter has no control: it comes from a claim's link and shows as a removable note. */
export function showClaimant(claimant, nameOf) {
  const note = byId('claimant-filter');
  note.hidden = !claimant;
  fill(byId('claimant-name'), claimant ? nameOf(claimant) ?? claimant : '');
}

/** The filters the controls currently show. */
export function readFilters() {
  return {
    q: byId('f-q').value.trim(),
    topic: byId('f-topic').value,
    entity: byId('f-entity').value,
    kind: byId('f-kind').value,
    from: byId('f-from').value.trim(),
    to: byId('f-to').value.trim(),
    disputed: byId('f-disputed').checked,
    sort: byId('f-sort').value,
  };
}

/** Puts the state into the controls (after a shared link or Back), touching only what differs. */
export function showFilters(state) {
  setValue('f-q', state.q);
  setSelect('f-topic', state.topic);
  setSelect('f-entity', state.entity);
  setSelect('f-kind', state.kind);
  setValue('f-from', state.from);
  setValue('f-to', state.to);
  setSelect('f-sort', state.sort);
  byId('f-disputed').checked = state.disputed;
  // The timeline has its own order: by date, or else by as-of date.
  byId('f-sort').disabled = state.view === 'timeline';

  const active = activeFilterCount(state);
  byId('filters-active').textContent = active > 0 ? `(${active} on)` : '';
  for (const button of document.querySelectorAll('.view-switch [data-view]')) {
    button.setAttribute('aria-pressed', String(button.dataset.view === state.view));
  }
}

function setValue(id, value) {
  const input = byId(id);
  if (input.value.trim() !== value) input.value = value;
}

// A value from a shared link that is not an option (an unknown id) still shows, so the API's
// error message about it makes sense. Until the options have loaded, there is nothing to compare.
function setSelect(id, value) {
  const select = byId(id);
  const known = !select.dataset.filled || [...select.options].some(o => o.value === value);
  if (value && !known) {
    select.append(h('option', { value }, value));
  }
  select.value = value;
}

/** Phone layout: the filters other than search fold behind a button. */
export function wireFiltersToggle() {
  const toggle = byId('filters-toggle');
  toggle.addEventListener('click', () => {
    const expanded = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(expanded));
    byId('filters').dataset.expanded = String(expanded);
  });
}
