// Sealing the device's copy of a draft (ADR 0031): AES-256-GCM through WebCrypto under the key
// the server derives for the author alone and hands only to the author's editor page. What lands
// in localStorage is `{ v, owner, iv, data }`: no field of the note, not even its length to the
// byte (the plaintext is padded), and the entry opens only under its own storage key and owner.

/** The author's device-copy key and owner tag, as lib/auth/draft-key.ts derives them. */
export interface DeviceKey {
  key: string;
  owner: string;
}

export interface SealedEntry {
  v: 1;
  /** Which user wrote it (a tag, not their id): another user's page drops the entry. */
  owner: string;
  iv: string;
  data: string;
}

const PAD_TO = 512;

function toB64(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromB64(value: string): Uint8Array<ArrayBuffer> {
  const std = value.replace(/-/g, "+").replace(/_/g, "/");
  return Uint8Array.from(atob(std + "===".slice((std.length + 3) % 4)), (c) => c.charCodeAt(0));
}

const imported = new Map<string, Promise<CryptoKey>>();

/** The WebCrypto key, or null where WebCrypto is missing (not a secure context): no copy then. */
function cryptoKey(raw: string): Promise<CryptoKey> | null {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  let key = imported.get(raw);
  if (!key) {
    key = subtle.importKey("raw", fromB64(raw), { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
    imported.set(raw, key);
  }
  return key;
}

/** Binds a sealed entry to its storage key and owner, so it cannot be moved to another note. */
const boundTo = (storageKey: string, owner: string) => new TextEncoder().encode(`${storageKey}\n${owner}`);

export function isSealedEntry(value: unknown): value is SealedEntry {
  const entry = value as Partial<SealedEntry> | null;
  return !!entry && entry.v === 1 && typeof entry.owner === "string" && typeof entry.iv === "string" && typeof entry.data === "string";
}

/** The sealed JSON to store under `storageKey`, or null when this browser cannot encrypt. */
export async function seal(value: unknown, storageKey: string, device: DeviceKey): Promise<string | null> {
  const key = cryptoKey(device.key);
  if (!key) return null;
  const json = JSON.stringify(value);
  const plain = new TextEncoder().encode(json.padEnd(Math.ceil((json.length + 1) / PAD_TO) * PAD_TO, " "));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: boundTo(storageKey, device.owner) }, await key, plain);
  const entry: SealedEntry = { v: 1, owner: device.owner, iv: toB64(iv), data: toB64(new Uint8Array(data)) };
  return JSON.stringify(entry);
}

/** The value sealed under `storageKey` by this owner with this key; null for anything else. */
export async function unseal(raw: string | null, storageKey: string, device: DeviceKey): Promise<unknown> {
  try {
    const entry: unknown = raw ? JSON.parse(raw) : null;
    if (!isSealedEntry(entry) || entry.owner !== device.owner) return null;
    const key = cryptoKey(device.key);
    if (!key) return null;
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromB64(entry.iv), additionalData: boundTo(storageKey, device.owner) }, await key, fromB64(entry.data),
    );
    return JSON.parse(new TextDecoder().decode(plain)) as unknown;
  } catch {
    return null; // tampered, another key (AUTH_SECRET rotated), or not ours
  }
}
