// A tiny element builder. Everything from the API goes in as text nodes, never as HTML,
// so a quote or statement can never inject markup.

/**
 * h('a', { href: '?fact=x', class: 'fact-link' }, 'text', child)
 * Attributes that are null, undefined or false are left out; `true` sets an empty attribute. `dataset`
 * is an object (null entries left out); `style` an object of properties, custom ones too, set through the CSSOM.
 */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value == null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, defined(value));
    else if (name === 'style') for (const [property, v] of Object.entries(value)) element.style.setProperty(property, v);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...present(children));
  return element;
}

// The entries of an object that have a value: dataset would store null as the text "null".
const defined = object => Object.fromEntries(Object.entries(object).filter(([, value]) => value != null));

/** Replaces an element's children. Unlike replaceChildren, skips null and false, which it would print as text. */
export function fill(element, ...children) {
  element.replaceChildren(...present(children));
  return element;
}

// Optional parts are written as `condition && h(...)`; drop the ones that are absent.
function present(children) {
  return children.flat(Infinity).filter(child => child != null && child !== false && child !== '');
}

/** The element with this id; a missing one is a bug in index.html, so fail loudly. */
export function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element;
}
