// Errors lib/data throws; the API maps each to its status (lib/api/errors.ts), pages to words.

export class DataError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 404: the record does not exist, or the caller may not see it (indistinguishable on purpose). */
export class NotFoundError extends DataError {
  constructor(what = "Record") {
    super("not_found", `${what} not found.`);
  }
}

/** 403: the caller's roles may never do this kind of action. */
export class ForbiddenError extends DataError {
  constructor(message = "Your role does not allow this action.") {
    super("forbidden", message);
  }
}

/** 409: stale version, signed note, duplicate, or already done. */
export class ConflictError extends DataError {
  constructor(
    message: string,
    readonly details?: unknown,
    /** What `details` shows the caller (the current record): audited with the refusal. */
    readonly disclosed?: { ids?: readonly string[]; clientIds?: readonly (string | null | undefined)[] },
  ) {
    super("conflict", message);
  }
}

/** 400 raised by domain rules that a schema cannot express (e.g. a location of another practice). */
export class InvalidError extends DataError {
  constructor(
    message: string,
    readonly issues: { path: (string | number)[]; message: string }[] = [],
  ) {
    super("invalid", message);
  }
}

/** 429: too many attempts. */
export class TooManyAttemptsError extends DataError {
  constructor(
    readonly retryAfterSeconds: number,
    message = "Too many failed attempts. Try again in 15 minutes.",
  ) {
    super("too_many_attempts", message);
  }
}
