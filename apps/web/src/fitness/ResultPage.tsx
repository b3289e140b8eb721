import { DownloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Descriptions, Skeleton, Space, Table, Tag, Typography } from "antd";
import { useParams } from "react-router";
import { ApiError } from "../app/api";
import { NotFoundPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import { fitnessApi, type ResultDetail } from "./api";
import { bandColor, gradeLabel, one, sexLabel, statusLabel } from "./format";
import { useResult } from "./hooks";

type Component = ResultDetail["components"][number];

/** A student's result: every figure explained (value → threshold → single score → weight), history, graduation. */
export default function ResultPage() {
  const { id = "" } = useParams();
  const { message } = App.useApp();
  const detail = useResult(id);
  if (detail.error instanceof ApiError && (detail.error.status === 404 || detail.error.status === 403))
    return <NotFoundPage />;
  const d = detail.data;
  if (!d) return detail.isError ? <Alert type="error" showIcon title={detail.error.message} /> : <Skeleton active />;
  const r = d.result;
  const card = async () => {
    try {
      await fitnessApi.card(id);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title={
          <PageTitle inline>
            {r.name} · {r.testYear}学年体质测试成绩
          </PageTitle>
        }
        extra={
          <Button icon={<DownloadOutlined />} onClick={card} data-testid="fitness-card">
            下载报告单
          </Button>
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label="学校">{r.schoolName}</Descriptions.Item>
          <Descriptions.Item label="班级">{r.className ?? "—"}</Descriptions.Item>
          <Descriptions.Item label="年级、性别">
            {gradeLabel(r.grade)} {sexLabel(r.sex)}
          </Descriptions.Item>
          <Descriptions.Item label="学籍号">{r.studentNumber}</Descriptions.Item>
          <Descriptions.Item label="身高、体重">
            {d.heightCm ?? "—"} 厘米,{d.weightKg ?? "—"} 千克
          </Descriptions.Item>
          <Descriptions.Item label="状态">{statusLabel[r.status]}</Descriptions.Item>
          <Descriptions.Item label="评分表版本">{r.standardVersion}</Descriptions.Item>
          <Descriptions.Item label="总分">
            {r.total === null ? "—" : <Typography.Text strong>{one(r.total)}</Typography.Text>}{" "}
            {r.band && <Tag color={bandColor[r.band]}>{r.bandLabel}</Tag>}
          </Descriptions.Item>
        </Descriptions>
        {r.status !== "tested" && (
          <Alert
            type="info"
            showIcon
            title={`${statusLabel[r.status]}:${r.exemptReason ?? ""}`}
            description={d.exemptProof ? `证明材料:${d.exemptProof}` : undefined}
          />
        )}
      </Card>
      {r.status === "tested" && (
        <Card size="small" title="每项得分怎么来的">
          <Table<Component>
            size="small"
            rowKey="component"
            pagination={false}
            scroll={{ x: 900 }}
            dataSource={d.components}
            data-testid="fitness-components"
            columns={[
              { title: "项目", dataIndex: "label", width: 120 },
              {
                title: "成绩",
                key: "v",
                width: 110,
                render: (_, c) => (c.value === null ? "缺测" : `${c.display} ${c.component === "bmi" ? "" : c.unit}`),
              },
              { title: "达到的标准", key: "t", width: 100, render: (_, c) => c.threshold ?? "—" },
              {
                title: "单项得分",
                dataIndex: "score",
                width: 90,
                align: "right",
                render: (v) => (v === null ? "—" : v < 60 ? <Typography.Text type="danger">{v}</Typography.Text> : v),
              },
              { title: "权重", dataIndex: "weight", width: 70, align: "right", render: (v) => `${v}%` },
              { title: "加权得分", dataIndex: "weighted", width: 90, align: "right", render: (v) => v ?? "—" },
              { title: "说明", dataIndex: "explanation", width: 360 },
              {
                title: "再进一档",
                key: "n",
                width: 120,
                render: (_, c) => (c.nextThreshold === null ? "—" : `${c.nextThreshold} → ${c.nextScore}分`),
              },
            ]}
          />
          <Typography.Paragraph style={{ marginTop: 12 }} data-testid="fitness-explanation">
            {d.explanation}
            {d.bonus.length > 0 &&
              `(加分:${d.bonus.map((b) => `${b.label}超出 ${b.beyond} → ${b.points} 分`).join(";")})`}
          </Typography.Paragraph>
          {d.components.some((c) => c.advice) && (
            <Alert
              type="warning"
              showIcon
              title="锻炼建议"
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {d.components
                    .filter((c) => c.advice)
                    .map((c) => (
                      <li key={c.component}>
                        {c.label}:{c.advice}
                      </li>
                    ))}
                </ul>
              }
            />
          )}
        </Card>
      )}
      {d.graduation && (
        <Card size="small" title="毕业成绩">
          <Typography.Text strong>
            {one(d.graduation.score)} {d.graduation.bandLabel}
          </Typography.Text>
          <Typography.Paragraph type="secondary">{d.graduation.explanation}</Typography.Paragraph>
        </Card>
      )}
      <Card size="small" title="历年成绩">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d.history}
          columns={[
            { title: "学年", dataIndex: "testYear", render: (v) => `${v}学年` },
            { title: "年级", dataIndex: "grade", render: (v) => gradeLabel(v) },
            { title: "总分", dataIndex: "total", render: (v) => one(v) },
            { title: "等级", dataIndex: "bandLabel", render: (v) => v ?? "—" },
            { title: "评分表", dataIndex: "standardVersion" },
          ]}
        />
      </Card>
    </Space>
  );
}
