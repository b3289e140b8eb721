const LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";
const SYMBOLS = "@#%+=-";

/**
 * A random initial password that meets the policy (12 characters: letters, digits and a symbol),
 * avoiding look-alike characters so it can be read out over the phone.
 */
export function randomPassword(): string {
  const pick = (set: string, n: number) => {
    const values = crypto.getRandomValues(new Uint32Array(n));
    return Array.from(values, (v) => set[v % set.length]).join("");
  };
  return `${pick(LETTERS, 4)}${pick(DIGITS, 3)}${pick(SYMBOLS, 1)}${pick(LETTERS, 4)}`;
}
