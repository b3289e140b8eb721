import { Alert, Card, Descriptions, Skeleton, Space, Table, Tag, Typography } from "antd";
import { Link, useParams, useSearchParams } from "react-router";
import { ApiError } from "../app/api";
import { NotFoundPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import type { FigureDrill } from "./api";
import { ChangeTag, Sparkline } from "./components";
import { useDrill } from "./hooks";

type SchoolRow = FigureDrill["bySchool"][number];
type RecordRow = FigureDrill["records"][number];

/** The records behind a figure (指标下钻): its definition, every school's value, and the records themselves. */
export default function FigurePage() {
  const { key = "" } = useParams();
  const [params] = useSearchParams();
  const year = params.get("year") ? Number(params.get("year")) : undefined;
  const drill = useDrill(key, year);
  if (drill.error instanceof ApiError && (drill.error.status === 404 || drill.error.status === 403))
    return <NotFoundPage />;
  if (drill.isError) return <Alert type="error" showIcon title="指标加载失败" description={drill.error.message} />;
  const data = drill.data;
  if (!data) return <Skeleton active />;
  const { definition: d, figure: f } = data;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <PageTitle testId="figure-title">
        {data.year}年 {d.name}
      </PageTitle>
      <Card size="small">
        {f.status === "ok" ? (
          <Space size={24} wrap align="center">
            <span style={{ fontSize: 32, fontWeight: 600 }}>{f.display}</span>
            <ChangeTag figure={f} />
            {f.previousDisplay && <Typography.Text type="secondary">上年 {f.previousDisplay}</Typography.Text>}
            <div style={{ width: 200 }}>
              <Sparkline figure={f} />
            </div>
          </Space>
        ) : (
          <Alert type="warning" showIcon title="数据不全,暂不表述" description={f.missing} />
        )}
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>{f.sentence}</Typography.Paragraph>
      </Card>
      <Card size="small" title="口径">
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: "n", label: d.denominator ? "分子" : "统计内容", children: d.numerator },
            ...(d.denominator ? [{ key: "d", label: "分母", children: d.denominator }] : []),
            { key: "a", label: "统计时点", children: d.asOf },
            { key: "e", label: "不计入", children: d.excludes },
            { key: "c", label: "计算来源", children: d.capabilityLabel },
          ]}
        />
      </Card>
      {data.bySchool.length > 0 && (
        <Card size="small" title="各校数值">
          <Table<SchoolRow>
            size="small"
            rowKey="schoolId"
            dataSource={data.bySchool}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 480 }}
            columns={[
              { title: "学校", dataIndex: "schoolName" },
              {
                title: "本年",
                align: "right",
                render: (_, r) => r.figure.display ?? <Tag color="warning">数据不全</Tag>,
              },
              { title: "上年", align: "right", render: (_, r) => r.figure.previousDisplay ?? "—" },
              { title: "变化", render: (_, r) => r.figure.change?.phrase.replace("比上年", "") ?? "—" },
            ]}
          />
        </Card>
      )}
      <Card size="small" title="背后的记录" extra={<Link to={data.link}>在业务页面查看全部记录</Link>}>
        {data.records.length > 0 ? (
          <Table<RecordRow>
            size="small"
            rowKey="id"
            dataSource={data.records}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: "记录", dataIndex: "label" },
              { title: "情况", dataIndex: "detail" },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">该指标的记录在业务页面中列出,请点击右上角链接查看。</Typography.Text>
        )}
      </Card>
    </Space>
  );
}
