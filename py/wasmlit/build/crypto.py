"""`wasmlit build --password`: the secrets (and with --encrypt-app the app's
files) encrypted so that only visitors who know the password can read them.

Note [Encrypted bundles]
~~~~~~~~~~~~~~~~~~~~~~~~
One key per build: PBKDF2-HMAC-SHA256 over the password with a random 16-byte
salt and ITERATIONS rounds (OWASP's 2023 figure for PBKDF2-SHA256) gives a
256-bit AES key. Each encrypted file is AES-256-GCM under that key with its
own random 12-byte nonce: the file is `nonce || ciphertext || tag` (the
layout WebCrypto's AES-GCM decrypt takes, tag last). The manifest's
"encryption" names the KDF, the rounds and the salt (hex); it holds nothing
secret. The page asks for the password before the worker unpacks anything
(web/src/worker/decrypt.ts): a wrong password fails GCM's authentication,
so nothing is decrypted and the page asks again.

The password is never a command-line argument (it would stay in the shell's
history and in `ps`): it comes from $WASMLIT_PASSWORD or a terminal prompt.
AES-GCM is the `cryptography` package's (never hand-rolled); the KDF is the
standard library's.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from dataclasses import dataclass

from .errors import BuildError

ITERATIONS = 600_000
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32
PASSWORD_ENV = "WASMLIT_PASSWORD"
MIN_PASSWORD_LENGTH = 8


def _aesgcm(key: bytes):  # type: ignore[no-untyped-def]  # cryptography's type, imported lazily
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:
        raise BuildError(
            "--password needs the `cryptography` package for AES-GCM: "
            "pip install cryptography (or pip install 'wasmlit[password]')"
        ) from None
    return AESGCM(key)


@dataclass(frozen=True)
class Encryptor:
    """A key derived from the password (Note [Encrypted bundles])."""

    salt: bytes
    key: bytes
    iterations: int = ITERATIONS

    @classmethod
    def from_password(cls, password: str, *, iterations: int = ITERATIONS,
                      salt: bytes | None = None) -> Encryptor:
        salt = os.urandom(SALT_BYTES) if salt is None else salt
        key = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations, KEY_BYTES)
        return cls(salt, key, iterations)

    def encrypt(self, data: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        sealed: bytes = _aesgcm(self.key).encrypt(nonce, data, None)
        return nonce + sealed

    def decrypt(self, blob: bytes) -> bytes:
        """For tests: what the page does (raises cryptography's InvalidTag)."""
        opened: bytes = _aesgcm(self.key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], None)
        return opened

    def manifest_entry(self) -> dict[str, object]:
        return {
            "kdf": "PBKDF2-SHA256",
            "iterations": self.iterations,
            "salt": self.salt.hex(),
            "cipher": "AES-256-GCM",
        }


def read_password() -> str:
    """$WASMLIT_PASSWORD, else asked twice on the terminal (never an argument)."""
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        try:
            password = getpass.getpass("Password for the app: ")
            again = getpass.getpass("Repeat it: ")
        except EOFError:
            raise BuildError(
                f"--password: no terminal to ask for the password; set {PASSWORD_ENV}"
            ) from None
        if password != again:
            raise BuildError("--password: the two passwords differ")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise BuildError(f"--password: use at least {MIN_PASSWORD_LENGTH} characters")
    return password
