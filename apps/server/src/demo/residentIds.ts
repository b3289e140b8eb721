import { residentIdCheckChar } from "@edubureau/core/registry";
import type { Random } from "./random";

/**
 * Fictitious region codes people moved in from (随迁子女, teachers from elsewhere): codes in the 1525xx range
 * that GB/T 2260 does not assign (the real counties of 152500 end at 152531), so no generated ID can be a real one.
 */
export const ORIGIN_REGION_CODES = Array.from({ length: 18 }, (_, i) => String(152532 + i));

/**
 * Hands out valid, unique, fictitious resident ID numbers (公民身份号码, GB 11643-1999).
 * The sequence part (顺序码) is odd for men and even for women; each region + birth date + gender keeps its own
 * counter, advanced by a small random step, so numbers look irregular yet never repeat.
 */
export class ResidentIdAllocator {
  private readonly last = new Map<string, number>();

  constructor(private readonly rng: Random) {}

  /**
   * @param regionCode - six digits, the place of household registration at issue
   * @param birthDate - ISO date
   * @param gender - "M" or "F"
   * @returns an 18-character ID whose check character is correct
   */
  next(regionCode: string, birthDate: string, gender: "M" | "F"): string {
    const key = `${regionCode}${birthDate}${gender}`;
    const previous = this.last.get(key);
    const k = previous === undefined ? this.rng.int(0, 20) : previous + this.rng.int(1, 3);
    if (k > 498) throw new Error(`resident ID sequence exhausted for ${regionCode} ${birthDate}`);
    this.last.set(key, k);
    const sequence = 2 * k + (gender === "M" ? 1 : 2);
    const first17 = `${regionCode}${birthDate.replaceAll("-", "")}${String(sequence).padStart(3, "0")}`;
    return first17 + residentIdCheckChar(first17);
  }
}
