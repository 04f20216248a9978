import "server-only";
import QRCode from "qrcode";

/** A QR code as one SVG path of its dark modules, drawn by components/account/qr-code.tsx. */
export interface QrDrawing {
  /** Modules per side, quiet zone included. */
  size: number;
  path: string;
}

const QUIET_ZONE = 4;

/**
 * Draws `text` (an otpauth:// URL) as a QR code on the server, so the page needs no script or
 * image to show it (nothing for the Content-Security-Policy to allow) and the qrcode package
 * stays out of the browser's bundle. Each run of dark modules in a row is one rectangle.
 */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const n = modules.size;
  const parts: string[] = [];
  for (let y = 0; y < n; y += 1) {
    for (let x = 0; x < n; ) {
      if (!modules.get(y, x)) {
        x += 1;
        continue;
      }
      let run = 1;
      while (x + run < n && modules.get(y, x + run)) run += 1;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
      x += run;
    }
  }
  return { size: n + 2 * QUIET_ZONE, path: parts.join("") };
}
