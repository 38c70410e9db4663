/**
 * Folding for tolerant keyword matching: lower case, no tone or vowel marks,
 * `đ` → `d`. "TỔ CHỨC THỤC HIỆN" and "Tổ chức thực hiện" both fold to
 * "to chuc thuc hien".
 */

const cache = new Map<string, string>()

/** Fold one character (cached: the alphabet is small). */
function foldChar(ch: string): string {
  let folded = cache.get(ch)
  if (folded === undefined) {
    folded = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
    if (folded.length !== 1) folded = ch.toLowerCase().slice(0, 1) || ' '
    cache.set(ch, folded)
  }
  return folded
}

/**
 * Fold `value` for matching. Length-preserving for NFC input, so an index in
 * the folded string is an index in the input.
 *
 * @example fold("Ủy ban nhân dân") === "uy ban nhan dan"
 */
export function fold(value: string): string {
  let ascii = true
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) >= 0x80) {
      ascii = false
      break
    }
  }
  if (ascii) return value.toLowerCase()
  let out = ''
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    const ch = value[i]!
    // Surrogates pass through unchanged so the length is preserved.
    out += code < 0x80 ? ch.toLowerCase() : code >= 0xd800 && code <= 0xdfff ? ch : foldChar(ch)
  }
  return out
}

/** Collapse runs of white space to one space and trim. */
export function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** Is every cased letter of `value` upper case (and is there at least one)? */
export function isUpperText(value: string): boolean {
  let upper = 0
  let lower = 0
  for (const ch of value) {
    const l = ch.toLowerCase()
    const u = ch.toUpperCase()
    if (l === u) continue
    if (ch === u) upper++
    else lower++
  }
  return upper > 0 && lower <= upper * 0.05
}

/** Upper-case the first letter. */
export function capitalize(value: string): string {
  return value.length === 0 ? value : value[0]!.toUpperCase() + value.slice(1)
}
