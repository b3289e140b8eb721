import { RevealDownloadButton } from "../../components/RevealDownloadButton";
import { type StudentExportQuery, studentApi } from "./api";

interface Props {
  /** the list's current filters: the export holds the same students */
  query: Omit<StudentExportQuery, "reveal" | "reason">;
  /** the user may export full resident IDs (with a reason, audited) */
  canReveal: boolean;
}

/** 导出 Excel of the student list (masked; with the reveal ability also with full resident IDs and a reason). */
export function ExportStudentsButton({ query, canReveal }: Props) {
  return (
    <RevealDownloadButton
      what="学生名单"
      testId="students-export"
      reasonExample="报送学生资助名单"
      canReveal={canReveal}
      download={(reveal, reason) => studentApi.exportStudents({ ...query, reveal, reason })}
    />
  );
}
