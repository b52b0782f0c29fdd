import { useLayoutEffect } from "react";

/**
 * Put inside a dialog's surface: when the surface goes (the dialog closed, after its exit
 * animation), the focus goes back to what had it when the surface appeared, the button that
 * opened it. Fluent leaves this to tabster's restorer, which only knows buttons focused after it
 * started; the dialogs load on demand (their code is not in the views' first bundles), so the
 * opener was focused before any restorer existed.
 */
export function FocusReturn() {
  useLayoutEffect(() => {
    // Layout effects run before Fluent's (passive) effect moves the focus into the dialog.
    const opener = document.activeElement;
    return () => {
      // After the surface has left the page, the focus it held has fallen to the body.
      setTimeout(() => {
        const now = document.activeElement;
        if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected && (now === null || now === document.body)) opener.focus();
      }, 0);
    };
  }, []);
  return null;
}
