// Encrypted bundles (Note [Encrypted bundles] in py/wasmlit/build/crypto.py):
// the key from the visitor's password (PBKDF2-SHA256, the manifest's salt and
// rounds) and AES-256-GCM decryption of `nonce || ciphertext || tag`, with
// WebCrypto. A wrong password fails GCM's check: nothing is decrypted.

export interface Encryption {
  readonly kdf: "PBKDF2-SHA256";
  readonly iterations: number;
  /** hex */
  readonly salt: string;
  readonly cipher: "AES-256-GCM";
}

const NONCE_BYTES = 12;

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export async function deriveKey(password: string, enc: Encryption): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: fromHex(enc.salt), iterations: enc.iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["decrypt"],
  );
}

/** Throws (an OperationError) when the key is wrong or the file was altered. */
export async function decrypt(key: CryptoKey, blob: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(blob); // a copy on a plain ArrayBuffer, as WebCrypto wants
  const nonce = bytes.slice(0, NONCE_BYTES);
  const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: nonce }, key, bytes.subarray(NONCE_BYTES));
  return new Uint8Array(plain);
}

/** Whether `decrypt` failed because of the key (or an altered file), not a bug. */
export function isWrongKey(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { name?: unknown }).name === "OperationError"; // cast: reading one property
}
