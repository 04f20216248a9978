// What signing out does in the browser before the server ends the session (ADR 0031): ask every
// open editor to send what is typed, then leave nothing of it behind in this origin's storage.
import { removeDrafts } from "@/components/notes/local-draft";

const FLUSH_EVENT = "lakeshore:flush-drafts";

interface FlushRequest {
  answers: Promise<boolean>[];
}

/** For an editor: answer each flush request with a promise of "the server holds it all". */
export function onFlushRequest(answer: () => Promise<boolean>): () => void {
  const listener = (event: Event) => {
    (event as CustomEvent<FlushRequest>).detail.answers.push(answer());
  };
  window.addEventListener(FLUSH_EVENT, listener);
  return () => window.removeEventListener(FLUSH_EVENT, listener);
}

/**
 * Asks every editor in this page to save now; true when each one's server copy is up to date
 * within `timeoutMs` (also when no editor is open), false when something typed is not saved.
 */
export async function flushDrafts(timeoutMs: number): Promise<boolean> {
  const request: FlushRequest = { answers: [] };
  window.dispatchEvent(new CustomEvent<FlushRequest>(FLUSH_EVENT, { detail: request }));
  if (request.answers.length === 0) return true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const all = Promise.all(request.answers).then((answers) => answers.every(Boolean), () => false);
  try {
    return await Promise.race([all, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Removes every draft copy from localStorage, all of sessionStorage, every Cache Storage cache
 * and every IndexedDB database of this origin. Each step is best effort and bounded: a browser
 * that lacks one of them (or refuses it) still gets the others.
 */
export async function clearBrowserStorage(): Promise<void> {
  removeDrafts(null);
  try {
    window.sessionStorage.clear();
  } catch {
    // storage disabled
  }
  const steps: Promise<unknown>[] = [];
  if (typeof caches !== "undefined") {
    steps.push(caches.keys().then((names) => Promise.all(names.map((name) => caches.delete(name)))));
  }
  if (typeof indexedDB !== "undefined" && typeof indexedDB.databases === "function") {
    steps.push(indexedDB.databases().then((dbs) => Promise.all(dbs.map((db) => (db.name ? deleteDatabase(db.name) : null)))));
  }
  await Promise.race([Promise.allSettled(steps), new Promise((resolve) => setTimeout(resolve, 2_000))]);
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}
