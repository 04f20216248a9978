/** The practice's safety protocol, prominent, for a positive risk screen. */
export function SafetyProtocol({ text, live = false }: { text: string; live?: boolean }) {
  return (
    <section role={live ? "alert" : "region"} aria-labelledby="safety-protocol-heading" className="rounded-lg border-2 border-red-600 bg-red-50 p-4 text-red-950">
      <h2 id="safety-protocol-heading" className="text-lg font-semibold">Positive risk screen: follow the safety protocol</h2>
      <p className="mt-2 whitespace-pre-line text-sm">{text || "This practice has not written a safety protocol yet. Hand off to the on-call clinician now."}</p>
    </section>
  );
}
