import { HistoryOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useNavigate } from "react-router";
import { useAuth } from "../app/auth";
import { paths } from "../app/menu";

/** The audit log filtered to one record: `/system/audit?targetType=…&targetId=…`. */
export function auditLogPath(targetType: string, targetId: string): string {
  return `${paths.audit}?${new URLSearchParams({ targetType, targetId })}`;
}

/**
 * 操作记录: a link from a record's page to the audit log of that record, shown only to those who may read the log
 * (the system administrator and leadership).
 */
export function AuditLogLink({ targetType, targetId }: { targetType: string; targetId: string }) {
  const { can } = useAuth();
  const navigate = useNavigate();
  if (!can("read", "audit")) return null;
  return (
    <Button
      icon={<HistoryOutlined />}
      data-testid="audit-log-link"
      onClick={() => navigate(auditLogPath(targetType, targetId))}
    >
      操作记录
    </Button>
  );
}
