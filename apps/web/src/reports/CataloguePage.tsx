import { Alert, Skeleton, Space, Table } from "antd";
import { PageTitle } from "../components/PageTitle";
import type { FigureDefinition } from "./api";
import { useCatalogue } from "./hooks";

/** The figure catalogue (指标目录): every figure the platform states, with its definition. */
export default function CataloguePage() {
  const catalogue = useCatalogue();
  if (catalogue.isError) return <Alert type="error" showIcon title="加载失败" description={catalogue.error.message} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <PageTitle>指标目录</PageTitle>
      {!catalogue.data ? (
        <Skeleton active />
      ) : (
        <Table<FigureDefinition>
          size="small"
          rowKey="key"
          dataSource={catalogue.data.rows}
          pagination={false}
          scroll={{ x: 1100 }}
          columns={[
            { title: "章节", dataIndex: "groupLabel", width: 100 },
            { title: "指标", dataIndex: "name", width: 140 },
            { title: "分子(统计内容)", dataIndex: "numerator" },
            { title: "分母", dataIndex: "denominator", render: (v: string | null) => v ?? "—" },
            { title: "统计时点", dataIndex: "asOf", width: 180 },
            { title: "不计入", dataIndex: "excludes" },
            { title: "计算来源", dataIndex: "capabilityLabel", width: 120 },
          ]}
        />
      )}
    </Space>
  );
}
