"use client";

import { startTransition, useEffect, useRef, type FormEvent, type RefObject } from "react";

interface Result {
  ok?: boolean;
  fieldErrors?: Record<string, string>;
}

/**
 * Submits a form to its server action without React's automatic reset, which would empty every
 * field the user typed whenever the server refuses the form (React 19 resets forms whose `action`
 * is a function). Once the answer arrives, focus goes to the first field marked invalid, or back
 * to the submit button (disabling it while sending drops the focus to the page), so a keyboard
 * or screen reader user carries on where they were. `resetOnSuccess` empties a creation form
 * once the server has accepted it. Returns the form's onSubmit handler.
 */
export function useKeptForm(form: RefObject<HTMLFormElement | null>, dispatch: (data: FormData) => void, result: Result, { resetOnSuccess = false } = {}) {
  const initial = useRef(result);
  useEffect(() => {
    const element = form.current;
    if (!element || result === initial.current) return;
    if (result.ok && resetOnSuccess) element.reset();
    const invalid = element.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else if (!document.activeElement || document.activeElement === document.body) element.querySelector<HTMLElement>('[type="submit"]')?.focus();
  }, [form, result, resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return onSubmit;
}
