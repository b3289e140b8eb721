import { Alert, App, Button, Input, InputNumber, Modal, Radio, Skeleton, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import type { CheckItem } from "./api";
import { YearSelect } from "./components";
import { useChecks, useResolveCheck } from "./hooks";
import { reportsPaths } from "./paths";

const kindLabels = { totals: "总数不一致", jump: "同比异常", norm: "超出标准" } as const;

function ResolveModal(props: { item: CheckItem; year: number; ratio: number; onClose: () => void }) {
  const { message } = App.useApp();
  const resolve = useResolveCheck(props.year, props.ratio);
  const [status, setStatus] = useState<"fixed" | "explained">(props.item.resolution?.status ?? "explained");
  const [note, setNote] = useState(props.item.resolution?.note ?? "");
  return (
    <Modal
      open
      title={props.item.title}
      okText="保存"
      cancelText="取消"
      confirmLoading={resolve.isPending}
      onCancel={props.onClose}
      onOk={() =>
        resolve.mutate(
          { code: props.item.code, body: { status, note } },
          {
            onSuccess: () => {
              message.success("已记录处理情况");
              props.onClose();
            },
            onError: (e) => message.error(e.message),
          },
        )
      }
    >
      <Typography.Paragraph>{props.item.detail}</Typography.Paragraph>
      <Radio.Group value={status} onChange={(e) => setStatus(e.target.value)} style={{ marginBottom: 12 }}>
        <Radio value="fixed">已更正数据</Radio>
        <Radio value="explained">已说明原因</Radio>
      </Radio.Group>
      <Input.TextArea
        aria-label="说明"
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={500}
      />
    </Modal>
  );
}

/** The year-end statistics check (统计数据核查): the list a clerk works through before the September report. */
export default function ChecksPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const [ratio, setRatio] = useState(0.2);
  const checks = useChecks(year, ratio);
  const [open, setOpen] = useState<CheckItem | null>(null);
  if (checks.error instanceof ApiError && checks.error.status === 403) return <ForbiddenPage />;
  const data = checks.data;
  const done = data?.items.filter((i) => i.resolution).length ?? 0;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <div style={{ display: "flex", justifyContent: "space-between", flexWrap: "wrap", gap: 12 }}>
        <PageTitle style={{ margin: 0 }}>统计数据核查</PageTitle>
        <Space wrap>
          <YearSelect value={year} current={data?.year} onChange={setYear} />
          <Typography.Text type="secondary">同比变化超过</Typography.Text>
          <InputNumber<number>
            aria-label="同比变化阈值(%)"
            min={1}
            max={1000}
            value={Math.round(ratio * 100)}
            onChange={(v) => v && setRatio(v / 100)}
            suffix="%"
            style={{ width: 100 }}
          />
        </Space>
      </div>
      {checks.isError && <Alert type="error" showIcon title="加载失败" description={checks.error.message} />}
      {!data ? (
        <Skeleton active />
      ) : (
        <>
          <Alert
            type={data.items.length === done ? "success" : "warning"}
            showIcon
            title={`共 ${data.items.length} 项需核查,已处理 ${done} 项`}
          />
          <Table<CheckItem>
            size="small"
            rowKey="code"
            dataSource={data.items}
            pagination={false}
            scroll={{ x: 760 }}
            columns={[
              { title: "类别", width: 100, render: (_, r) => <Tag>{kindLabels[r.kind]}</Tag> },
              {
                title: "核查项",
                render: (_, r) =>
                  r.figureKey ? (
                    <Link to={`${reportsPaths.reportsFigure}/${encodeURIComponent(r.figureKey)}?year=${data.year}`}>
                      {r.title}
                    </Link>
                  ) : (
                    r.title
                  ),
              },
              {
                title: "情况",
                render: (_, r) => (
                  <Space orientation="vertical" size={2}>
                    <span>{r.detail}</span>
                    {r.records.slice(0, 5).map((rec) => (
                      <Typography.Text key={rec.id} type="secondary">
                        {rec.label}:{rec.detail}
                      </Typography.Text>
                    ))}
                    {r.records.length > 5 && (
                      <Typography.Text type="secondary">另有{r.records.length - 5}所学校</Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                title: "处理",
                width: 200,
                render: (_, r) => (
                  <Space orientation="vertical" size={2}>
                    {r.resolution ? (
                      <Tag color={r.resolution.status === "fixed" ? "success" : "blue"}>
                        {r.resolution.status === "fixed" ? "已更正" : "已说明"}({r.resolution.by})
                      </Tag>
                    ) : (
                      <Tag color="warning">待处理</Tag>
                    )}
                    {r.resolution && <Typography.Text type="secondary">{r.resolution.note}</Typography.Text>}
                    {data.canResolve && (
                      <Button size="small" onClick={() => setOpen(r)}>
                        {r.resolution ? "修改" : "处理"}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
      {open && data && <ResolveModal item={open} year={data.year} ratio={ratio} onClose={() => setOpen(null)} />}
      <Alert
        type="info"
        showIcon
        title="核查规则"
        description="跨业务应一致的总数(已分班学生=在籍学生;按岗位统计的专任教师=登记了任教学科的在岗教职工,幼儿园不计),并列出两数不一致的学校;同比变化超过所设比例的数值(百分比类指标不参与);超出国家标准的数值(超大班额为0、大班额比例不超过5%、生师比在合理区间、小学/初中综合差异系数不高于0.65/0.55、小学巩固率不低于98%、初中三年巩固率不低于95%、学前三年毛入园率不低于85%、普惠性幼儿园覆盖率不低于80%、净入学率与参考率不超过100%)。数据不全的指标不参与核查。"
      />
    </Space>
  );
}
