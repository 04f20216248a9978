"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** A timestamp in the reader's own time zone (the server only knows UTC). */
export function LocalTime({ iso }: { iso: string }) {
  const client = useSyncExternalStore(noSubscription, () => true, () => false);
  const text = client
    ? new Date(iso).toLocaleString([], { dateStyle: "medium", timeStyle: "short" })
    : `${iso.slice(0, 16).replace("T", " ")} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
