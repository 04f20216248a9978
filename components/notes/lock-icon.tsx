/** A padlock drawn inline (no emoji font is guaranteed on clinic machines). Decorative. */
export function LockIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current" focusable="false">
      <path d="M10 1.5a4.5 4.5 0 0 0-4.5 4.5v2H4.75A1.75 1.75 0 0 0 3 9.75v7.5C3 18.22 3.78 19 4.75 19h10.5c.97 0 1.75-.78 1.75-1.75v-7.5C17 8.78 16.22 8 15.25 8H14.5V6A4.5 4.5 0 0 0 10 1.5Zm-3 4.5a3 3 0 1 1 6 0v2H7V6Zm3 5a1.5 1.5 0 0 1 .75 2.8V15.5a.75.75 0 0 1-1.5 0v-1.7A1.5 1.5 0 0 1 10 11Z" />
    </svg>
  );
}
