// Focus for keyboard and screen-reader users after a screen is rebuilt. Renders are asynchronous
// (a screen may wait for Rust first), so the element to focus may not be on the page yet.

/** Focuses the first enabled element matching `selector` once it is on the page (up to 3 s). */
export function focusWhenShown(selector: string): void {
  const deadline = performance.now() + 3000;
  const attempt = (): void => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el && !el.hasAttribute("disabled")) {
      el.focus();
      return;
    }
    if (performance.now() < deadline) window.setTimeout(attempt, 30);
  };
  window.setTimeout(attempt, 0);
}
