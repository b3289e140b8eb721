import { Card, Space, Table, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import type { Case } from "./api";
import { CaseStateTag, ExportButton } from "./components";
import { useCases } from "./hooks";
import { retentionPaths } from "./paths";

/** 劝返个案 and the confirmed-dropout register (确认辍学名册): deadlines, escalation, visits. */
export default function CasesPage() {
  const [register, setRegister] = useState<"open" | "confirmed" | "all">("open");
  const cases = useCases({ register });
  if (cases.error) return <ForbiddenPage />;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <PageTitle>劝返个案</PageTitle>
        <ExportButton kind="cases" label="导出个案台账" />
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        个案在学生返校并经学校核验在校满规定天数后才能销号(动态销号);超过劝返时限的个案升级督办。
      </Typography.Paragraph>
      <Card size="small">
        <Tabs
          activeKey={register}
          onChange={(k) => setRegister(k as typeof register)}
          items={[
            { key: "open", label: "在办个案" },
            { key: "confirmed", label: "确认辍学名册" },
            { key: "all", label: "全部(含已销号)" },
          ]}
        />
        <Table<Case>
          size="small"
          rowKey="id"
          loading={cases.isFetching}
          dataSource={cases.data?.rows ?? []}
          scroll={{ x: 900 }}
          locale={{ emptyText: "没有个案" }}
          columns={[
            {
              title: "编号",
              dataIndex: "number",
              width: 100,
              render: (v, c) => <Link to={`${retentionPaths.retentionCases}/${c.id}`}>{v}</Link>,
            },
            { title: "学生", dataIndex: "nameMasked", width: 80 },
            { title: "学校 / 乡镇", render: (_, c) => c.schoolName ?? c.townName ?? "—", width: 160 },
            { title: "来源", dataIndex: "sourceLabel", width: 120 },
            {
              title: "状态",
              width: 200,
              render: (_, c) => (
                <Space size={4} wrap>
                  <CaseStateTag state={c.state} label={c.stateLabel} />
                  {c.priority && <Tag color="volcano">重点</Tag>}
                  {c.escalationLabel && <Tag color="red">{c.escalationLabel}</Tag>}
                </Space>
              ),
            },
            { title: "劝返时限", dataIndex: "deadline", width: 110 },
            {
              title: "劝返次数",
              render: (_, c) => `${c.visits} 次${c.lastVisitOn ? `(最近 ${c.lastVisitOn})` : ""}`,
              width: 150,
            },
            {
              title: "包保责任人",
              render: (_, c) =>
                [c.chain.township?.name, c.chain.village?.name, c.chain.teacher?.name].filter(Boolean).join(" / "),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
