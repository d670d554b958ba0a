// Portal pages are hostile: a page script can call `.click()` or `dispatchEvent()` on anything it can reach. Every
// control of ours that *acts* (flag, teach, citation, collapse, marker) goes through this guard, so only an event the
// browser made from a real user's input (`isTrusted`) acts. Keyboard activation keeps working: Enter/Space on a
// focused <button> makes the browser fire a trusted `click` (and a real keydown is trusted too); a page script's
// synthetic KeyboardEvent neither activates the button nor passes this guard.

/** True only for an event the browser generated from user input (never for a page script's click/dispatchEvent). */
export function isTrustedEvent(e: Event | undefined): boolean {
  return e?.isTrusted === true;
}

/**
 * Wraps an event handler so it runs only for trusted events: `onClick={trusted(() => flag(f))}`.
 * A refused event is stopped from reaching anything else of ours.
 */
export function trusted<E extends Event>(handler: (e: E) => unknown): (e: E) => void {
  return (e: E) => {
    if (!isTrustedEvent(e)) {
      e.stopImmediatePropagation();
      e.preventDefault();
      return;
    }
    void handler(e);
  };
}
