"use client";

import { useEffect, useState } from "react";
import { signOutAction } from "@/app/actions";
import { clearBrowserStorage, flushDrafts } from "@/components/notes/device-cleanup";
import { removeDrafts, stopDeviceCopies } from "@/components/notes/local-draft";

/** How long signing out waits for open editors to save what is typed. */
const FLUSH_WAIT_MS = 3_000;

type State = { kind: "idle" } | { kind: "busy" } | { kind: "unsaved" } | { kind: "failed" };

/**
 * Sign out without leaving anything typed behind (ADR 0031): open editors save first; then every
 * draft copy, sessionStorage, Cache Storage and IndexedDB of this origin go; then the server ends
 * the session, and /login loads afresh. If something typed could not be saved, the user chooses
 * between staying (nothing is removed) and signing out anyway (it is discarded from this device).
 *
 * On every app page it also drops draft copies another user left on this browser (`owner` is the
 * signed-in user's tag; their own sealed copies stay, so a reload loses nothing).
 */
export function SignOutButton({ owner }: { owner: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });

  useEffect(() => {
    removeDrafts(owner);
  }, [owner]);

  async function signOut(anyway: boolean) {
    setState({ kind: "busy" });
    if (!anyway && !(await flushDrafts(FLUSH_WAIT_MS))) {
      setState({ kind: "unsaved" });
      return;
    }
    stopDeviceCopies();
    await clearBrowserStorage();
    try {
      await signOutAction();
    } catch {
      stopDeviceCopies(false); // still signed in: the editor may keep its copy again
      setState({ kind: "failed" });
      return;
    }
    window.location.replace("/login");
  }

  const button = "rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100 disabled:opacity-60";
  return (
    <form
      action={signOutAction}
      onSubmit={(event) => {
        event.preventDefault();
        void signOut(false);
      }}
      className="flex flex-wrap items-center gap-2"
    >
      <button type="submit" className={button} disabled={state.kind === "busy"}>
        {state.kind === "busy" ? "Signing out…" : "Sign out"}
      </button>
      {state.kind === "unsaved" ? (
        <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-red-800">
          <span>Some changes to a note are not saved yet. Signing out now discards them from this device.</span>
          <button type="button" className={button} onClick={() => void signOut(true)}>Sign out anyway</button>
          <button type="button" className={button} onClick={() => setState({ kind: "idle" })}>Stay signed in</button>
        </div>
      ) : null}
      {state.kind === "failed" ? (
        <p role="alert" className="text-sm text-red-800">Could not reach the server to sign out. Check the connection and try again.</p>
      ) : null}
    </form>
  );
}
