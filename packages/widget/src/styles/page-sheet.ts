/**
 * Removes the page's default body margin, so a full-page component fills the viewport edge to
 * edge. A constructable stylesheet, which a strict CSP (`style-src 'self'`) allows.
 */
export function adoptFullPageSheet(target: Document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('body { margin: 0; }');
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}
