// Shared Tailwind classes of the note forms, so every input looks and focuses alike.
export const INPUT = "mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900";
export const LABEL = "block text-sm font-medium text-slate-800";
export const HINT = "mt-1 text-sm text-slate-600";
export const LEGEND = "text-base font-semibold text-brand-900";
export const CARD = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";
export const BUTTON = "rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60";
export const BUTTON_SECONDARY = "rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60";
