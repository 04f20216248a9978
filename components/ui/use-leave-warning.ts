"use client";

import { useEffect } from "react";

/**
 * While a form holds typing the server does not have yet, reloading or closing the tab asks first
 * (the browser's own "Leave site?" question), so nothing typed is lost by a slip of the hand.
 */
export function useLeaveWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ""; // older browsers need it set to ask
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);
}
