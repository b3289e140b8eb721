import { Alert, Badge, Card, Col, Empty, Row, Space, Statistic, Tabs, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../app/api";
import { useAuth, useMe } from "../app/auth";
import { paths } from "../app/menu";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import type { Finding, Reminders } from "./api";
import { FindingTable, findingPath } from "./components";
import { useFindings, useReminders } from "./hooks";

const list = (rows: Finding[]) =>
  rows
    .slice(0, 5)
    .map(
      (f) =>
        `${f.targetName}:${f.description}(${f.deadlineStatus === "overdue" ? `逾期 ${f.daysOverdue} 天` : `${f.deadline} 到期`})`,
    )
    .join(";");

/** In-app reminders: deadlines approaching, overdue findings at the escalation level the user hears of. */
export function ReminderAlerts({ data }: { data: Reminders }) {
  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid="ledger-reminders">
      {data.overdue.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={
            <span>
              有 <b>{data.overdue.length}</b> 项整改已逾期,请尽快督促整改
              {data.overdue.some((f) => f.escalation === "leadership") && "(部分逾期超过30天,已升级至局领导)"}
            </span>
          }
          description={
            <span>
              {list(data.overdue)}
              {data.overdue[0] && (
                <>
                  {" "}
                  {/* underlined: a link inside a sentence must not be told apart by its colour alone */}
                  <Link to={findingPath(data.overdue[0].id)} style={{ textDecoration: "underline" }}>
                    查看
                  </Link>
                </>
              )}
            </span>
          }
        />
      )}
      {data.approaching.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`有 ${data.approaching.length} 项整改临近时限(3天内到期)`}
          description={list(data.approaching)}
        />
      )}
      {data.overdue.length === 0 && data.approaching.length === 0 && (
        <Alert type="success" showIcon title="暂无临近时限或逾期的整改事项" />
      )}
    </Space>
  );
}

/**
 * 我的任务: for a school, what it must rectify, by deadline; for supervisors, what waits for them (re-inspection,
 * extension requests) and what is overdue; for leadership, what has escalated to them.
 */
export default function TasksPage() {
  const me = useMe();
  const { can } = useAuth();
  const isSchool = me.user.schoolId !== null;
  const supervisor = !isSchool && can("write", "ledger");
  const reminders = useReminders();
  const [tab, setTab] = useState(isSchool ? "open" : supervisor ? "review" : "overdue");
  const open = useFindings({ open: true, page: 1, pageSize: 100 }, isSchool && tab === "open");
  const review = useFindings({ state: "awaiting_review", page: 1, pageSize: 100 }, supervisor && tab === "review");
  const extensions = useFindings(
    { extensionRequested: true, open: true, page: 1, pageSize: 100 },
    tab === "extensions",
  );
  const overdue = useFindings({ overdue: true, page: 1, pageSize: 100 }, tab === "overdue");

  if (reminders.error instanceof ApiError && reminders.error.status === 403) return <ForbiddenPage />;
  const r = reminders.data;
  const tabs = [
    ...(isSchool
      ? [
          {
            key: "open",
            label: "待我整改",
            children: (
              <FindingTable
                rows={open.data?.rows ?? []}
                loading={open.isFetching}
                withTarget={false}
                pagination={false}
                testId="tasks-open"
              />
            ),
          },
        ]
      : []),
    ...(supervisor
      ? [
          {
            key: "review",
            label: (
              <Badge count={r?.awaitingReview ?? 0} size="small" offset={[8, -2]}>
                待复查
              </Badge>
            ),
            children: (
              <FindingTable
                rows={review.data?.rows ?? []}
                loading={review.isFetching}
                pagination={false}
                testId="tasks-review"
              />
            ),
          },
        ]
      : []),
    {
      key: "extensions",
      label: supervisor ? (
        <Badge count={r?.extensionRequests ?? 0} size="small" offset={[8, -2]}>
          延期待审批
        </Badge>
      ) : (
        "延期申请"
      ),
      children: (
        <FindingTable
          rows={extensions.data?.rows ?? []}
          loading={extensions.isFetching}
          withTarget={!isSchool}
          pagination={false}
          testId="tasks-extensions"
        />
      ),
    },
    {
      key: "overdue",
      label: "已逾期",
      children: (
        <FindingTable
          rows={overdue.data?.rows ?? []}
          loading={overdue.isFetching}
          withTarget={!isSchool}
          pagination={false}
          testId="tasks-overdue"
        />
      ),
    },
  ];

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      {r && <ReminderAlerts data={r} />}
      {r && (
        <Row gutter={16}>
          {[
            { key: "approaching", title: "临近时限", value: r.approaching.length, color: "#d48806" },
            {
              key: "overdue",
              title: isSchool ? "已逾期" : supervisor ? "逾期7天以上" : "逾期30天以上",
              value: r.overdue.length,
              color: "#cf1322",
            },
            ...(supervisor
              ? [
                  { key: "review", title: "待复查", value: r.awaitingReview, color: "#722ed1" },
                  { key: "extension", title: "延期待审批", value: r.extensionRequests, color: "#08979c" },
                ]
              : []),
          ].map((c) => (
            <Col key={c.key} xs={12} md={6}>
              <Card data-testid={`tasks-stat-${c.key}`}>
                <Statistic
                  title={c.title}
                  value={c.value}
                  suffix="项"
                  styles={{ content: { color: c.value > 0 ? c.color : undefined } }}
                />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Card
        title={<PageTitle inline>{isSchool ? `${me.user.schoolName ?? "本校"}的整改任务` : "我的任务"}</PageTitle>}
        extra={<Link to={paths.ledgerBoard}>查看全部台账</Link>}
      >
        {tabs.length === 0 ? <Empty /> : <Tabs activeKey={tab} onChange={setTab} items={tabs} />}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          按整改时限排列,最紧迫的在前。
        </Typography.Text>
      </Card>
    </Space>
  );
}
