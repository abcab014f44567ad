/**
 * rivalgraph/viewer/dom: build elements with user strings as text only.
 *
 * Every string passed as a child becomes a Text node; there is no path from
 * data to `innerHTML`. Links are made only for http(s) URLs.
 */

/** A child: a node, text, or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Element properties: class, text, attributes (values set with setAttribute, never parsed as markup). */
export interface ElementProps {
  readonly class?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

/** Create an element; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  append(node, ...children);
  return node;
}

/** Append children; strings and numbers as text. */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Remove every child. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** The URL when it is absolute http or https, else null (javascript:, data:, relative...). */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link opening in a new tab without access to this page, or plain text when the URL is not http(s). */
export function link(url: string | undefined, text: string): HTMLElement {
  const href = safeHref(url);
  if (!href) return el('span', { class: 'rg-nolink' }, text);
  return el('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, text);
}

/** A button with a visible label, an accessible name and a tooltip. */
export function button(label: string, title: string, onClick: () => void, cls = 'rg-btn'): HTMLButtonElement {
  const b = el('button', { class: cls, attrs: { type: 'button', title, 'aria-label': title } }, label);
  b.addEventListener('click', onClick);
  return b;
}
