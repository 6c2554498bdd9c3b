// Building elements without innerHTML, so text from the campaign (names, press releases,
// feedback) is always text and never markup.
export function h(tag, attrs, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'class') element.className = value;
    else if (key === 'dataset') Object.assign(element.dataset, value);
    // Through the CSSOM: the Content-Security-Policy forbids inline style attributes.
    else if (key === 'style') element.style.cssText = value;
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

// An SVG element (charts, the region map).
export function svg(tag, attrs, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) element.setAttribute(key, value);
  }
  append(element, children);
  return element;
}

export const $ = (selector, root = document) => root.querySelector(selector);

export function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export function toast(text, kind = 'ok') {
  const box = document.getElementById('toast');
  box.textContent = text;
  box.className = 'show ' + kind;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => (box.className = ''), 4000);
}
