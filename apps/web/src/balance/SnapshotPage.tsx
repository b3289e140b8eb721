import { balance, registry } from "@edubureau/core";
import { Alert, Breadcrumb, Descriptions, Skeleton, Space, Typography } from "antd";
import { Link, useParams } from "react-router";
import { OverviewBody } from "./BalancePage";
import { useSnapshot } from "./hooks";

/** A published balance result, exactly as published: the figures never change after publication. */
export default function SnapshotPage() {
  const { id = "" } = useParams();
  const snapshot = useSnapshot(id);
  const s = snapshot.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Breadcrumb items={[{ title: <Link to="/balance">均衡发展监测</Link> }, { title: "已发布的监测结果" }]} />
      {snapshot.isError && <Alert type="error" showIcon title="无法打开" description={snapshot.error.message} />}
      {!s ? (
        !snapshot.isError && <Skeleton active />
      ) : (
        <>
          <Typography.Title level={1} style={{ margin: 0 }} data-testid="balance-snapshot-title">
            {registry.schoolYearLabel(s.schoolYear)}
            {balance.balanceStageLabel[s.stage]}均衡发展监测结果(第 {s.version} 版)
          </Typography.Title>
          <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="发布人">{s.publishedByName}</Descriptions.Item>
            <Descriptions.Item label="发布时间">{new Date(s.publishedAt).toLocaleString("zh-CN")}</Descriptions.Item>
            <Descriptions.Item label="数据摘要(SHA-256)">
              <Typography.Text code copyable style={{ fontSize: 12 }}>
                {s.inputsSha256}
              </Typography.Text>
            </Descriptions.Item>
            {s.note && <Descriptions.Item label="更正原因">{s.note}</Descriptions.Item>}
          </Descriptions>
          <OverviewBody o={{ ...s.result, scope: "county" }} live={false} />
        </>
      )}
    </Space>
  );
}
