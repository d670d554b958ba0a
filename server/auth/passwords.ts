// Password hashing with Node's built-in scrypt (RFC 7914), a memory-hard KDF that needs no native add-on.
// Parameters N = 2^15, r = 8, p = 3: one of the equivalent settings the OWASP Password Storage Cheat Sheet lists
// for scrypt (N = 2^17, r = 8, p = 1 … N = 2^13, r = 8, p = 10), chosen for 32 MiB of memory per hash on a small
// office server (≈ 0.2 s per login on an idle 2-core machine). The stored string carries its parameters, so raising
// them later only affects new and changed passwords. A random 16-byte salt per password, a 32-byte key, compared
// in constant time; the password is NFKC-normalised first (an IME's full-width digits are the same password).
import { randomBytes, randomInt, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

export const SCRYPT = { logN: 15, r: 8, p: 3, keyLength: 32, saltLength: 16 } as const;
/** Password policy (NIST SP 800-63B: length, not composition rules). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number, len: number): Promise<Buffer> {
  const N = 2 ** logN;
  const opts: ScryptOptions = { N, r, p, maxmem: 128 * N * r * 2 };
  return new Promise((ok, fail) =>
    scrypt(password.normalize("NFKC"), salt, len, opts, (e, key) => (e ? fail(e) : ok(key))),
  );
}

/** `scrypt$<logN>$<r>$<p>$<salt base64>$<key base64>` */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SCRYPT.saltLength);
  const key = await derive(password, salt, SCRYPT.logN, SCRYPT.r, SCRYPT.p, SCRYPT.keyLength);
  return ["scrypt", SCRYPT.logN, SCRYPT.r, SCRYPT.p, salt.toString("base64"), key.toString("base64")].join("$");
}

// Verifying against this when the name is unknown (or has no password) costs the same KDF run as a real check,
// so the answer time does not tell whether a name exists.
const DUMMY = `scrypt$${SCRYPT.logN}$${SCRYPT.r}$${SCRYPT.p}$${randomBytes(SCRYPT.saltLength).toString("base64")}$${randomBytes(SCRYPT.keyLength).toString("base64")}`;

/** True when `password` matches `stored`; always runs the KDF (against a dummy hash when `stored` is null). */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  const parts = (stored ?? DUMMY).split("$");
  const ok = parts.length === 6 && parts[0] === "scrypt";
  const [logN, r, p] = ok ? parts.slice(1, 4).map(Number) : [SCRYPT.logN, SCRYPT.r, SCRYPT.p];
  const salt = Buffer.from(ok ? parts[4] : "", "base64");
  const want = Buffer.from(ok ? parts[5] : "", "base64");
  const sane = ok && logN >= 10 && logN <= 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16 && want.length >= 16;
  const key = await derive(
    password,
    salt,
    sane ? logN : SCRYPT.logN,
    sane ? r : SCRYPT.r,
    sane ? p : SCRYPT.p,
    want.length || SCRYPT.keyLength,
  );
  return sane && stored !== null && key.length === want.length && timingSafeEqual(key, want);
}

/** A password a person can type from a printout: 16 characters from an unambiguous alphabet (≈ 90 bits). */
export function generatePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let s = "";
  for (let i = 0; i < 16; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}
