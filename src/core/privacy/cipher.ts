import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  randomBytes,
} from 'node:crypto'

const PREFIX = 'v1:'

/** Seals personal data at rest with AES-256-GCM; keyed hashes stand in for ids. */
export type Cipher = {
  seal(plain: string): string
  open(sealed: string): string
  sealJson(value: unknown): string
  openJson<T>(sealed: string): T
  /** Stable pseudonym for an id: lets rows be grouped without storing the id. */
  keyedHash(value: string): string
}

/**
 * Builds a cipher from a 32-byte master key. Sub-keys are derived with HKDF so
 * the encryption key never doubles as the hashing key.
 */
export function createCipher(masterKey: Buffer): Cipher {
  if (masterKey.length !== 32) throw new Error('DATA_KEY must be 32 bytes')
  // A key object is imported once, not on every seal and open.
  const encKey = createSecretKey(Buffer.from(hkdfSync('sha256', masterKey, '', 'bft-encrypt', 32)))
  const macKey = Buffer.from(hkdfSync('sha256', masterKey, '', 'bft-pseudonym', 32))

  const seal = (plain: string): string => {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', encKey, iv)
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
  }

  const open = (sealed: string): string => {
    if (!sealed.startsWith(PREFIX)) throw new Error('value is not sealed with this format')
    const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64')
    const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
  }

  return {
    seal,
    open,
    sealJson: (value) => seal(JSON.stringify(value)),
    openJson: <T>(sealed: string) => JSON.parse(open(sealed)) as T,
    keyedHash: (value) =>
      createHmac('sha256', macKey).update(value).digest('base64url').slice(0, 32),
  }
}
