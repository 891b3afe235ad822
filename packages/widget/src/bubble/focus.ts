const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'textarea:not([disabled])',
  'select:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The elements inside `container` that Tab can reach, in document order. */
export function focusableIn(container: ParentNode): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(focusableSelector)).filter(
    (element) => !element.closest('[hidden]') && element.getClientRects().length > 0,
  );
}

/**
 * Keeps Tab and Shift+Tab inside `container` (a modal panel on a small screen): from the last
 * element Tab wraps to the first, and the other way round. Returns whether it moved the focus.
 */
export function trapTab(event: KeyboardEvent, container: ParentNode, active: Element | null): boolean {
  if (event.key !== 'Tab') return false;
  const items = focusableIn(container);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return false;
  if (event.shiftKey && (active === first || !active)) {
    last.focus();
  } else if (!event.shiftKey && active === last) {
    first.focus();
  } else {
    return false;
  }
  event.preventDefault();
  return true;
}
