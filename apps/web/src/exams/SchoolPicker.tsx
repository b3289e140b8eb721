import { Select } from "antd";
import type { AnalysisView } from "./api";

/** The schools of the analysis the reader may see (the bureau: every school with students; a school: its own). */
export const readerSchools = (analysis: AnalysisView) => analysis.subjects.at(-1)!.schools;

/**
 * Chooses one of the reader's schools; nothing is shown when there is only one. With `allowAll`, clearing it means
 * 全部学校 (undefined).
 */
export function SchoolPicker({
  analysis,
  value,
  onChange,
  allowAll = false,
  testId,
}: {
  analysis: AnalysisView;
  value: string | undefined;
  onChange: (schoolId: string | undefined) => void;
  allowAll?: boolean;
  testId: string;
}) {
  const schools = readerSchools(analysis);
  if (schools.length <= 1) return null;
  return (
    <Select
      allowClear={allowAll}
      data-testid={testId}
      aria-label="学校"
      placeholder={allowAll ? "全部学校" : undefined}
      showSearch
      optionFilterProp="label"
      style={{ width: 240 }}
      value={value}
      onChange={onChange}
      options={schools.map((s) => ({ value: s.id, label: s.name }))}
    />
  );
}
