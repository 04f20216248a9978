/** Session and lockout limits (DESIGN.md, foundation issue). One place, named. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so every request is not a write. */
export const SESSION_TOUCH_MS = 60 * 1000;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_DURATION_MS = 15 * 60 * 1000;
export const LOCKOUT_THRESHOLD = 5;
