/**
 * rivalgraph/io/html/page: one self-contained HTML file from a payload and the viewer bundle.
 *
 * Security model (docs/viewer.md): the data is JSON inside a non-executed
 * `<script type="application/json">` block with every `<` escaped, so no user
 * string can close the block; the viewer writes user strings with
 * `textContent` only; a Content-Security-Policy meta tag forbids every network
 * load and allows only the one inline script whose hash it names.
 */
import { createHash } from 'node:crypto';
import type { ViewerPayload } from './payload.js';
import { encodePayload, type PayloadColumns } from '../../presentation/columns.js';

/** The viewer's compiled script and stylesheet. */
export interface ViewerAssets {
  readonly script: string;
  readonly style: string;
}

/** JSON that is safe inside a `<script>` block: `<` and the JS line separators escaped. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Text safe as HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Make inline script text unable to end its element early (`</script`, `<!--`). */
export function inlineScriptText(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The Content-Security-Policy of the page: nothing from the network, only the named inline script. */
export function contentSecurityPolicy(script: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Assemble the page; the same payload and assets give the same bytes. The data travels as columns (columns.ts). */
export function assemblePage(data: ViewerPayload | PayloadColumns, assets: ViewerAssets): string {
  const payload = 'layout' in data ? data : encodePayload(data);
  const script = inlineScriptText(assets.script);
  const style = assets.style.replace(/<\/(style)/gi, '<\\/$1');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(script))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="rivalgraph">
<title>${escapeHtml(payload.title)}</title>
<style>${style}</style>
</head>
<body>
<noscript>This graph needs JavaScript.</noscript>
<div id="rg-app"></div>
<script type="application/json" id="rg-data">${scriptSafeJson(payload)}</script>
<script>${script}</script>
</body>
</html>
`;
}
