import type { QrDrawing } from "@/lib/auth/qr";

/** A QR code drawn on the server (lib/auth/qr.ts): black modules on white, crisp at any size. */
export function QrCode({ drawing, label }: { drawing: QrDrawing; label: string }) {
  return (
    <svg viewBox={`0 0 ${drawing.size} ${drawing.size}`} width={200} height={200} role="img" aria-label={label}
      shapeRendering="crispEdges" className="rounded-md border border-slate-200">
      <rect width={drawing.size} height={drawing.size} fill="#ffffff" />
      <path d={drawing.path} fill="#000000" />
    </svg>
  );
}
