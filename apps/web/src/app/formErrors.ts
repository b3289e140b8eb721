import type { FormInstance } from "antd";
import { ApiError } from "./api";

/**
 * Puts the server's field problems on the form's fields. Returns the message to show above the form when the
 * error is not (only) about fields, or null when every problem found its field.
 */
export function applyServerErrors(form: FormInstance, error: unknown, fieldNames: readonly string[]): string | null {
  if (!(error instanceof ApiError)) return "操作失败,请稍后再试";
  const problems = error.fieldProblems;
  const known = problems.filter((p) => fieldNames.includes(p.field));
  const byField = new Map<string, string[]>();
  for (const p of known) byField.set(p.field, [...(byField.get(p.field) ?? []), p.message]);
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  const unplaced = problems.filter((p) => !fieldNames.includes(p.field));
  if (known.length > 0 && unplaced.length === 0) return null;
  if (unplaced.length > 0) return `${error.message}:${unplaced.map((p) => p.message).join(";")}`;
  return error.message;
}
