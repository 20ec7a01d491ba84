// Tiny DOM helpers: build elements without innerHTML, so server text is never parsed as markup.

/** h('div', {class: 'x', dataset: {testid: 'y'}, onclick}, child, 'text', [more]) */
export function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'style' && typeof value === 'object') Object.assign(node.style, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces a node's children; like h(), skips null/false and flattens arrays. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/** The connection indicator: data-state is connected | reconnecting | disconnected. */
export function showConnection(node, state, text) {
  if (!node) return;
  node.dataset.state = state === 'connecting' ? 'reconnecting' : state;
  node.textContent = text;
}

/** Sets text only when it changed (countdowns rewrite hundreds of nodes a second). */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}
