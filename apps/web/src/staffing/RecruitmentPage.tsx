import { Alert, App, Button, Card, InputNumber, List, Popconfirm, Skeleton, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import { type Need, type PlanLine, staffingApi } from "./api";
import { DownloadButton, FigureCards, MethodNote, useStaffingAbilities } from "./components";
import { useRecruitment, useStaffingWrite } from "./hooks";
import { ArrivalModal, NeedModal } from "./RecruitEditors";
import { SettingsButton } from "./SettingsDrawer";

const ROUNDING = { round: "四舍五入", ceil: "向上取整", floor: "向下取整" } as const;

/** 招聘计划: the proposal by the county's replacement rule, edited by 人事股, approved by the leader, exported. */
export default function RecruitmentPage() {
  const q = useRecruitment();
  const can = useStaffingAbilities();
  const { message } = App.useApp();
  const [arriving, setArriving] = useState<PlanLine | null>(null);
  const [needing, setNeeding] = useState(false);
  const propose = useStaffingWrite(staffingApi.proposePlan);
  const approve = useStaffingWrite(staffingApi.approvePlan);
  const edit = useStaffingWrite((a: { id: string; quantity: number; note: string }) =>
    staffingApi.editLine(a.id, { quantity: a.quantity, note: a.note }),
  );
  if (q.error instanceof ApiError && q.error.status === 403) return <ForbiddenPage />;
  const r = q.data;
  const fail = (e: unknown) => message.error(e instanceof Error ? e.message : "操作失败");
  const draft = r?.plan?.status === "draft";
  const rule = r
    ? r.rule.retirementsPerRecruit === 2
      ? "退二补一"
      : r.rule.retirementsPerRecruit === 1
        ? "退一补一"
        : `退${r.rule.retirementsPerRecruit}补一`
    : "";

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title={<PageTitle inline>招聘计划</PageTitle>}
        extra={
          <Space wrap>
            <SettingsButton />
            {can.manage && r?.plan?.status !== "approved" && (
              <Button
                loading={propose.isPending}
                onClick={() =>
                  propose.mutate(undefined, {
                    onError: fail,
                    onSuccess: () => message.success("已按当前数据生成计划草案"),
                  })
                }
                data-testid="propose-plan"
              >
                {r?.plan ? "按当前数据重新生成" : "生成计划草案"}
              </Button>
            )}
            {can.approve && draft && (
              <Popconfirm
                title="审批后计划不能再修改,确认审批?"
                onConfirm={() => approve.mutate(undefined, { onError: fail })}
              >
                <Button type="primary" loading={approve.isPending} data-testid="approve-plan">
                  审批计划
                </Button>
              </Popconfirm>
            )}
            {r?.plan && (
              <DownloadButton
                path="recruitment/export.xlsx"
                fallback="招聘计划表.xlsx"
                label="导出招聘计划表"
                testId="download-recruitment"
              />
            )}
          </Space>
        }
      >
        {q.isError && <Alert type="error" showIcon title={q.error.message} />}
        {!r ? (
          <Skeleton active />
        ) : (
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <FigureCards
              items={[
                { key: "retirements", title: "本学年退休(在编专任教师)", value: r.proposal.retirements, suffix: "名" },
                {
                  key: "replacement",
                  title: `按“${rule}”补充(${r.proposal.replacementExact}→${ROUNDING[r.rule.recruitRounding]})`,
                  value: r.proposal.replacement,
                  suffix: "名",
                },
                { key: "shortage", title: "补充学科缺口", value: r.proposal.forShortage, suffix: "名" },
                { key: "proposed", title: "建议招聘", value: r.proposal.proposed, suffix: "名" },
                { key: "planned", title: "计划招聘", value: r.plan?.quantity ?? "—", suffix: r.plan ? "名" : "" },
              ]}
            />
            {r.plan ? (
              <Alert
                type={r.plan.status === "approved" ? "success" : "warning"}
                showIcon
                title={
                  r.plan.status === "approved"
                    ? `计划已经局领导审批,共招聘 ${r.plan.quantity} 名;已到岗 ${r.plan.arrived} 名`
                    : `计划草案,共 ${r.plan.quantity} 名,待局领导审批`
                }
              />
            ) : (
              <Alert type="info" showIcon title="本学年还没有招聘计划,人事股可按当前数据生成草案。" />
            )}
            <MethodNote
              items={[
                "退休人数:法定退休日期在本学年(9 月 1 日至次年 8 月 31 日)或已到龄仍在岗的在编专任教师。",
                `补充规则“${rule}”:全县退休人数 ÷ ${r.rule.retirementsPerRecruit},按“${ROUNDING[r.rule.recruitRounding]}”取整(默认向上取整:15 人退休补 8 人),再按各校各学科的精确份额以最大余数法分配,各行之和等于全县数。`,
                "学科缺口:学校缺编名额优先补充缺口最大的学科,每缺一名教师(四舍五入)补充一名,合计不超过该校缺编数。",
                "人事股可逐行调整计划人数(建议人数保留在表中);局领导审批后计划冻结,导出为招聘公告附表。",
                "新教师到岗:计划审批后,人事股逐人录入教职工名册(在编专任教师,学校和学科为该行),到岗人数为已录入人数,不超过计划人数;到岗日期所在学年即任职学年。",
                "学校招聘需求:学校管理员为本校提出,人事股对照各校各学科计划人数审核;“计划”列为同一学校同一学科在计划中的人数。",
              ]}
            />
          </Space>
        )}
      </Card>
      {r?.plan && (
        <Card title="各校各学科计划">
          <Table<PlanLine>
            rowKey="id"
            size="small"
            dataSource={r.plan.lines}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 880 }}
            columns={[
              { title: "学校", dataIndex: "schoolName", ellipsis: true, width: 200 },
              { title: "学科", dataIndex: "label", width: 100 },
              { title: "退休", dataIndex: "retirements", width: 60, align: "right" },
              { title: "学科缺口", dataIndex: "gap", width: 80, align: "right" },
              { title: "补退休", dataIndex: "replacement", width: 70, align: "right" },
              { title: "补缺口", dataIndex: "forShortage", width: 70, align: "right" },
              { title: "建议", dataIndex: "proposed", width: 60, align: "right" },
              {
                title: "计划人数",
                dataIndex: "quantity",
                width: 110,
                render: (v: number, line) =>
                  can.manage && draft ? (
                    <InputNumber
                      min={0}
                      max={500}
                      precision={0}
                      size="small"
                      defaultValue={v}
                      aria-label={`${line.schoolName}${line.label}计划人数`}
                      onBlur={(e) => {
                        const quantity = Number(e.target.value);
                        if (Number.isInteger(quantity) && quantity !== v) {
                          edit.mutate({ id: line.id, quantity, note: line.note }, { onError: fail });
                        }
                      }}
                    />
                  ) : (
                    <span>
                      {v}
                      {v !== line.proposed && <Tag style={{ marginInlineStart: 4 }}>已调整</Tag>}
                    </span>
                  ),
              },
              {
                title: "到岗",
                key: "arrived",
                width: 130,
                render: (_: unknown, line) => (
                  <Space size={4}>
                    <span>
                      {line.arrived}/{line.quantity}
                    </span>
                    {can.manage && r.plan?.status === "approved" && line.arrived < line.quantity && (
                      <Button size="small" type="link" onClick={() => setArriving(line)} data-testid="register-arrival">
                        登记到岗
                      </Button>
                    )}
                  </Space>
                ),
              },
              { title: "备注", dataIndex: "note", ellipsis: true },
            ]}
            expandable={{
              rowExpandable: (line) => line.recruits.length > 0,
              expandedRowRender: (line) => (
                <List
                  size="small"
                  dataSource={line.recruits}
                  renderItem={(x) => (
                    <List.Item>
                      {x.name} · 教职工编号 {x.staffNumber} · {x.arrivedOn} 到岗
                    </List.Item>
                  )}
                />
              ),
            }}
            data-testid="plan-table"
          />
        </Card>
      )}
      {r && (
        <Card
          title="学校招聘需求(按学校和学科)"
          extra={
            (can.manage || can.school) && (
              <Button onClick={() => setNeeding(true)} data-testid="new-need">
                提出需求
              </Button>
            )
          }
        >
          <Table<Need>
            rowKey="id"
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={r.needs}
            scroll={{ x: 640 }}
            locale={{ emptyText: "本学年还没有学校提出招聘需求" }}
            data-testid="needs-table"
            columns={[
              { title: "学校", dataIndex: "schoolName", ellipsis: true, width: 200 },
              { title: "学科", dataIndex: "label", width: 100 },
              { title: "需求", dataIndex: "count", width: 60, align: "right" },
              {
                title: "计划",
                dataIndex: "planned",
                width: 70,
                align: "right",
                render: (v: number | null, n) =>
                  v === null ? "—" : v < n.count ? <Typography.Text type="warning">{v}</Typography.Text> : v,
              },
              { title: "理由", dataIndex: "reason", render: (v: string) => <Typography.Text>{v}</Typography.Text> },
            ]}
          />
        </Card>
      )}
      {arriving && r && <ArrivalModal line={arriving} schoolYear={r.schoolYear} onClose={() => setArriving(null)} />}
      {needing && r && (
        <NeedModal
          schoolYear={r.schoolYear}
          schools={r.schools}
          fixedSchoolId={can.manage ? null : can.school}
          onClose={() => setNeeding(false)}
        />
      )}
    </Space>
  );
}
