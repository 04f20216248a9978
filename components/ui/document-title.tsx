"use client";

import { useEffect } from "react";

/**
 * Sets the tab's title from inside a page part: for a "not found" answer shown under a route whose
 * static title names the record ("Client"), so a screen reader's first words match the page.
 * Next's metadata cannot do it (only the root not-found page may export metadata), and it streams
 * the route's own <title> in after hydration, so the title is held until this part unmounts.
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    const wanted = `${title} · Lakeshore Practice`;
    const apply = () => {
      if (document.title !== wanted) document.title = wanted;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
  return null;
}
