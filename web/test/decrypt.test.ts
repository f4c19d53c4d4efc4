// WebCrypto opens what the build's Python encrypted (PWD, Note [Encrypted
// bundles] in py/wasmlit/build/crypto.py). The same fixture is checked in
// tests/build/test_build_crypto.py, so both sides agree on the format.
import { describe, expect, it } from "vitest";
import { decrypt, deriveKey, isWrongKey, type Encryption } from "../src/worker/decrypt";

const ENC: Encryption = { kdf: "PBKDF2-SHA256", iterations: 1000, salt: "000102030405060708090a0b0c0d0e0f", cipher: "AES-256-GCM" };
const SEALED = "9d549496b6b4a9c900344ddbfd480c0e8151a2bb05dec137992f3fae4b2b1f1e5bb52580a841c94148358834";

function fromHex(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
}

describe("decrypt", () => {
  it("PWD: the right password opens a file the build encrypted", async () => {
    const key = await deriveKey("correct horse battery", ENC);
    const plain = await decrypt(key, fromHex(SEALED));
    expect(new TextDecoder().decode(plain)).toBe("greeting = 'hi'\n");
  });

  it("PWD: a wrong password decrypts nothing (GCM's check fails)", async () => {
    const key = await deriveKey("wrong horse battery", ENC);
    const err: unknown = await decrypt(key, fromHex(SEALED)).then(() => null, (e: unknown) => e);
    expect(isWrongKey(err)).toBe(true);
  });

  it("PWD: a changed byte is refused", async () => {
    const key = await deriveKey("correct horse battery", ENC);
    const tampered = fromHex(SEALED);
    tampered[20] = (tampered[20] ?? 0) ^ 1;
    const err: unknown = await decrypt(key, tampered).then(() => null, (e: unknown) => e);
    expect(isWrongKey(err)).toBe(true);
  });
});
