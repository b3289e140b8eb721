import { registry } from "@edubureau/core";
import { Select } from "antd";
import { useOverview, useSchools } from "./hooks";

/**
 * The school years with data in the user's scope, newest first, and the default of every register page: the
 * county's current school year (学籍参数, the year the overview answers when asked for none), the same for every
 * user whatever year some school already has data in. `ready` turns true once the default is known (or the
 * overview failed, and the server picks the year).
 */
export function useSchoolYears() {
  const overview = useOverview();
  const data = overview.data;
  const years = data ? [...new Set([...data.years, data.schoolYear])].sort((a, b) => b - a) : [];
  return { years, latest: data?.schoolYear, ready: data !== undefined || overview.isError };
}

/** The schools in the user's scope; `many` is false for a school's own staff, who need no school filter. */
export function useScopeSchools() {
  const schools = useSchools();
  const rows = schools.data?.rows ?? [];
  return { rows, many: rows.length > 1, loading: schools.isPending };
}

interface YearSelectProps {
  value: number | undefined;
  years: number[];
  onChange: (year: number) => void;
  testId?: string;
}

/** 学年 select: "2026—2027学年". */
export function YearSelect({ value, years, onChange, testId }: YearSelectProps) {
  return (
    <Select<number>
      aria-label="学年"
      data-testid={testId}
      style={{ width: 170 }}
      value={value}
      onChange={onChange}
      placeholder="学年"
      notFoundContent="暂无学年数据"
      options={years.map((y) => ({ value: y, label: registry.schoolYearLabel(y) }))}
    />
  );
}

interface SchoolSelectProps {
  value: string | undefined;
  schools: { id: string; name: string }[];
  onChange: (schoolId: string | undefined) => void;
  testId?: string;
  placeholder?: string;
  width?: number;
}

/** 学校 select with search, cleared to "全部学校". */
export function SchoolSelect({
  value,
  schools,
  onChange,
  testId,
  placeholder = "全部学校",
  width = 240,
}: SchoolSelectProps) {
  return (
    <Select<string>
      aria-label="学校"
      data-testid={testId}
      style={{ width }}
      allowClear
      placeholder={placeholder}
      value={value}
      onChange={(id) => onChange(id ?? undefined)}
      showSearch={{ optionFilterProp: "label" }}
      options={schools.map((s) => ({ value: s.id, label: s.name }))}
    />
  );
}
