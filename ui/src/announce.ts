// One polite live region for the whole app, outside the part each render replaces (index.html,
// #announcer). Screen readers announce changes only in a live region they already track, and every
// render builds the screen anew; so news that arrives with a re-render ("checking…", "the check is
// done" when the person has gone to another screen) is said here, where it is heard.
let pending: number | undefined;

/** Says `text` politely; an empty text empties the region (and drops a repeat not yet said). */
export function announce(text: string): void {
  const region = document.getElementById("announcer");
  if (!region) return;
  window.clearTimeout(pending);
  if (text !== region.textContent) {
    region.textContent = text;
    return;
  }
  // The same words again: emptied first and refilled a moment later, so they are said again.
  region.replaceChildren();
  pending = window.setTimeout(() => {
    region.textContent = text;
  }, 50);
}
