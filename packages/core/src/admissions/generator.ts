import { fromHex, sha256, utf8 } from "../_lib/sha256";

const TWO_32 = 0x1_0000_0000;

/**
 * A deterministic random stream derived from a draw's seed (docs/verifiable-draws.md §4): SHA-256 in counter mode.
 *
 * key = SHA-256(seed ‖ UTF-8(label)); block i = SHA-256(key ‖ i as 8-byte big-endian); the stream is blocks 0, 1,
 * 2, … concatenated, read as 32-bit big-endian unsigned words. Different labels give independent streams from one
 * seed, so the class draw and the head-teacher draw never share numbers.
 *
 * @example const s = drawStream("00…(64 hex)", "sunshine/students"); s.uniformInt(6) // => 0…5, the same every run
 */
export interface DrawStream {
  /** the next 32-bit word of the stream */
  nextWord(): number;
  /** an unbiased integer in 0 … n−1 (1 ≤ n ≤ 2^32) by rejection sampling; n = 1 returns 0 and reads nothing */
  uniformInt(n: number): number;
  /** shuffles a copy of the list (Fisher–Yates, from the last position down) */
  shuffle<T>(items: readonly T[]): T[];
  /** how many words have been read so far */
  readonly wordsRead: number;
}

/**
 * Opens the stream of a seed (64 hex digits) under a label.
 *
 * @example drawStream(seedHex, "lottery/draw").shuffle(["A", "B", "C"])
 */
export function drawStream(seedHex: string, label: string): DrawStream {
  const seed = fromHex(seedHex);
  if (seed?.length !== 32) throw new TypeError("a seed is 64 hexadecimal digits");
  const labelBytes = utf8(label);
  const keyInput = new Uint8Array(32 + labelBytes.length);
  keyInput.set(seed);
  keyInput.set(labelBytes, 32);
  const key = sha256(keyInput);
  const blockInput = new Uint8Array(40);
  blockInput.set(key);
  const counterView = new DataView(blockInput.buffer, 32, 8);
  let counter = 0;
  let block: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(32));
  let wordInBlock = 8;
  let wordsRead = 0;

  const nextWord = (): number => {
    if (wordInBlock === 8) {
      counterView.setUint32(0, Math.floor(counter / TWO_32));
      counterView.setUint32(4, counter >>> 0);
      const digest = sha256(blockInput);
      block = new DataView(digest.buffer, digest.byteOffset, 32);
      counter++;
      wordInBlock = 0;
    }
    wordsRead++;
    return block.getUint32(4 * wordInBlock++);
  };

  const uniformInt = (n: number): number => {
    if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError("uniformInt needs 1 ≤ n ≤ 2^32");
    if (n === 1) return 0;
    const limit = TWO_32 - (TWO_32 % n);
    for (;;) {
      const w = nextWord();
      if (w < limit) return w % n;
    }
  };

  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i >= 1; i--) {
      const j = uniformInt(i + 1);
      const t = out[i] as T;
      out[i] = out[j] as T;
      out[j] = t;
    }
    return out;
  };

  return {
    nextWord,
    uniformInt,
    shuffle,
    get wordsRead() {
      return wordsRead;
    },
  };
}
