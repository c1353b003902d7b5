// The filter form: fills its options from the API and maps controls to and from the state.
import { h, byId } from '../dom.js';
import { label } from '../format.js';
import { activeFilterCount } from '../state.js';

const KIND_GROUPS = [
  ['country', 'Countries'], ['organization', 'Organisations'], ['person', 'People'],
  ['place', 'Places'], ['company', 'Companies'], ['media', 'Media'],
];

export function fillTopics(topics) {
  const select = byId('f-topic');
  select.append(...topics.map(t => h('option', { value: t.topic }, `${label(t.topic)} (${t.factCount})`)));
  select.dataset.filled = 'true';
}

export function fillEntities(entities) {
  const byName = (a, b) => a.name.localeCompare(b.name, 'en');
  const select = byId('f-entity');
  select.append(...KIND_GROUPS.map(([kind, title]) => {
    const members = entities.filter(e => e.kind === kind && e.factCount > 0).sort(byName);
    return members.length > 0 && h('optgroup', { label: title },
      members.map(e => h('option', { value: e.id }, `${e.name} (${e.factCount})`)));
  }).filter(Boolean));
  select.dataset.filled = 'true';
}

/** The filters the controls currently show. */
export function readFilters() {
  return {
    q: byId('f-q').value.trim(),
    topic: byId('f-topic').value,
    entity: byId('f-entity').value,
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
  setValue('f-from', state.from);
  setValue('f-to', state.to);
  setSelect('f-sort', state.sort);
  byId('f-disputed').checked = state.disputed;
  // The timeline is always in date order.
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
