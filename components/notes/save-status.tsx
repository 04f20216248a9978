import type { SaveStatus } from "@/components/notes/use-autosave";

const time = (d: Date) => d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

function words(status: SaveStatus): string {
  switch (status.kind) {
    case "idle": return "All changes saved";
    case "pending":
    case "saving": return "Saving…";
    case "saved": return `Saved at ${time(status.at)}`;
    case "offline":
      return status.signedOut
        ? "Not saved: your session has ended. Sign in again in another tab; your changes are kept on this device and will be saved then."
        : `Offline — will retry in ${Math.round(status.retryInMs / 1000)} s. Your changes are kept on this device.`;
    case "invalid": return `Not saved — please fix: ${status.messages.join("; ")}`;
    case "error": return status.message;
  }
}

/** Fields the server refused point here (aria-describedby), so their problem is read with them. */
export const SAVE_STATUS_ID = "save-status";

/** The autosave state in words, announced politely to screen readers. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const bad = status.kind === "invalid" || status.kind === "error";
  const warn = status.kind === "offline";
  return (
    <p id={SAVE_STATUS_ID} role="status" aria-live="polite"
      className={`text-sm ${bad ? "font-medium text-red-800" : warn ? "font-medium text-amber-900" : "text-slate-700"}`}>
      {words(status)}
    </p>
  );
}
