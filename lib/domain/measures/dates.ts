// "Today" where the practice is (Practice.timeZone): a measure may not be taken in the future.

/** The "YYYY-MM-DD" of `now` in the IANA time zone `timeZone` (UTC when the zone is unknown). */
export function todayIn(timeZone: string, now: Date): string {
  let zone = timeZone;
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone: zone });
  } catch {
    zone = "UTC";
  }
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
