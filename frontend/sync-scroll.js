/**
 * Synchronised scrolling of the compare view's two columns: each keeps the other at the same
 * relative position while on. Called from CompareView with both scrollers.
 */
window.ccSyncScroll = (a, b, on) => {
  for (const [from, to] of [[a, b], [b, a]]) {
    if (from.__ccSync) from.removeEventListener('scroll', from.__ccSync);
    from.__ccSync = null;
    if (on) {
      from.__ccSync = () => {
        // The other column's scroll event that this one caused: not echoed back.
        if (from.__ccEcho) { from.__ccEcho = false; return; }
        const ratio = from.scrollTop / Math.max(1, from.scrollHeight - from.clientHeight);
        to.__ccEcho = true;
        to.scrollTop = ratio * (to.scrollHeight - to.clientHeight);
      };
      from.addEventListener('scroll', from.__ccSync, { passive: true });
    }
  }
};
