import type { BalanceConfig } from "./config";
import type { SchoolBalanceInput } from "./inputs";

/** JSON with object keys sorted, so equal values always give equal text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The canonical text of a balance computation's inputs: schools by id, teachers by staff id, keys sorted. Its hash
 * identifies the data a published result came from; a published figure can later be checked against the register.
 *
 * @example canonicalInputs(schools, config) === canonicalInputs([...schools].reverse(), config) // => true
 */
export function canonicalInputs(schools: readonly SchoolBalanceInput[], config: BalanceConfig): string {
  const sorted = [...schools]
    .sort((a, b) => (a.schoolId < b.schoolId ? -1 : a.schoolId > b.schoolId ? 1 : 0))
    .map((s) => ({
      ...s,
      teachers: [...s.teachers].sort((a, b) => (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0)),
    }));
  return stable({ config, schools: sorted });
}
