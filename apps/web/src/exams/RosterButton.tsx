import { IdcardOutlined } from "@ant-design/icons";
import { useAuth } from "../app/auth";
import { RevealDownloadButton } from "../components/RevealDownloadButton";
import { examApi } from "./api";

/**
 * 考号名单: the exam-number roster of the reader's students as Excel, 学籍号 partly hidden; those who may reveal
 * personal data in exams can also download it with the full 学籍号, after giving the reason the audit log keeps.
 */
export function RosterButton({ examId }: { examId: string }) {
  const { can } = useAuth();
  return (
    <RevealDownloadButton
      download={(reveal, reason) => examApi.downloadRoster(examId, reveal, reason)}
      canReveal={can("reveal", "exams")}
      what="考号名单"
      testId="exam-roster-download"
      reasonExample="打印考场座位标签与答题卡条码"
      revealed="学籍号"
      verb="下载"
      label="考号名单"
      icon={<IdcardOutlined />}
    />
  );
}
