import { DownloadOutlined } from "@ant-design/icons";
import { type auth, staffing } from "@edubureau/core";
import { Alert, App, Button, Card, Col, Row, Select, Statistic } from "antd";
import { type ReactNode, useState } from "react";
import { useMe } from "../app/auth";
import { staffingApi } from "./api";

/** What the signed-in user may do on the workforce's pages: core's predicates, the same as the server's. */
export function useStaffingAbilities() {
  const { user } = useMe();
  const actor: auth.Actor = {
    userId: user.id,
    username: user.username,
    role: user.role,
    section: user.section,
    schoolId: user.schoolId,
    staffId: null,
    regionCode: user.regionCode,
  };
  return {
    manage: staffing.mayManageStaffing(actor),
    approve: staffing.mayApproveRecruitment(actor),
    studios: staffing.mayManageStudios(actor),
    school: user.role === "school_admin" ? user.schoolId : null,
    actForSchool: (schoolId: string) => staffing.mayActForSchool(actor, schoolId),
  };
}

/** The conventions of the page's figures: who counts, how blanks and rounding are treated. */
export function MethodNote(props: { title?: string; items: ReactNode[] }) {
  return (
    <Alert
      type="info"
      showIcon
      title={props.title ?? "方法说明(口径)"}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="method-note">
          {props.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of sentences
            <li key={i}>{item}</li>
          ))}
        </ul>
      }
    />
  );
}

/** A button downloading one of the workforce's files under the server's name. */
export function DownloadButton(props: { path: string; fallback: string; label: string; testId: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      data-testid={props.testId}
      onClick={async () => {
        setBusy(true);
        try {
          await staffingApi.download(props.path, props.fallback);
        } catch (e) {
          message.error(e instanceof Error ? e.message : "下载失败,请稍后重试");
        } finally {
          setBusy(false);
        }
      }}
    >
      {props.label}
    </Button>
  );
}

/** A row of figure cards. */
export function FigureCards(props: {
  items: { key: string; title: string; value: number | string; suffix?: string; color?: string }[];
}) {
  return (
    <Row gutter={[12, 12]}>
      {props.items.map((c) => (
        <Col key={c.key} flex="1 1 160px">
          <Card size="small" data-testid={`figure-${c.key}`}>
            <Statistic
              title={c.title}
              value={c.value}
              suffix={c.suffix}
              styles={c.color ? { content: { color: c.color } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export const RED = "#cf1322";
export const GREEN_TEXT = "#237804";
export const BLUE = "#1677ff";
export const GREY = "#8c8c8c";
export const pct = (v: number | null) => (v === null ? "—" : `${v}%`);

/**
 * A teacher picker searching the register's staff list by name or number (专任教师 of the current year); the value
 * is the staff id.
 */
export function StaffPicker(props: {
  value?: string;
  onChange?: (id: string) => void;
  placeholder?: string;
  initial?: { value: string; label: string };
  testId?: string;
}) {
  const [options, setOptions] = useState<{ value: string; label: string }[]>(props.initial ? [props.initial] : []);
  const [busy, setBusy] = useState(false);
  const search = async (q: string) => {
    if (q.trim().length === 0) return;
    setBusy(true);
    try {
      const r = await staffingApi.searchStaff(q.trim());
      setOptions(r.rows.map((s) => ({ value: s.id, label: `${s.name}(${s.schoolName} · ${s.staffNumber})` })));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: search }}
      value={props.value}
      onChange={props.onChange}
      options={options}
      loading={busy}
      placeholder={props.placeholder ?? "输入姓名或教职工编号搜索"}
      notFoundContent={busy ? "查找中…" : "输入姓名或编号查找"}
      data-testid={props.testId}
      style={{ width: "100%" }}
    />
  );
}
