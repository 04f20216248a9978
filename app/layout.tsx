import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Lakeshore Practice", template: "%s · Lakeshore Practice" },
  description: "Practice management for relationship and mental-health therapy practices.",
};

// Every page is rendered per request, none prerendered at build time: Next puts the request's CSP
// nonce on its scripts only while rendering, so a prerendered page (the 404 for an unknown address,
// /set-password/done) would ship scripts the browser refuses (decision 0032).
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
