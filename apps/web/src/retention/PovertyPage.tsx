import { App, Button, Card, Space, Typography } from "antd";
import { Link } from "react-router";
import { useAuth, useMe } from "../app/auth";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import { retentionApi } from "./api";
import { errorText, ImportCard } from "./components";
import { useRetentionWrite } from "./hooks";
import { retentionPaths } from "./paths";

/**
 * 防返贫监测和低保名单: the section imports the lists civil affairs hands over (on the shared import pipeline) and runs
 * the comparison that marks the suspected dropouts and cases on them as priority cases (重点).
 */
export default function PovertyPage() {
  const me = useMe();
  const { can } = useAuth();
  const { message } = App.useApp();
  const run = useRetentionWrite(() => retentionApi.run("poverty"));
  if (!(me.user.role === "section" && can("write", "retention"))) return <ForbiddenPage />;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <PageTitle>防返贫监测和低保名单</PageTitle>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        导入民政、乡村振兴部门提供的防返贫监测对象和低保家庭名单(名单类别、身份证号、姓名)。身份证号只保存密钥散列和
        脱敏号码,姓名只保存脱敏形式;按散列与疑似辍学学生和劝返个案比对,名单上的学生标为重点个案。名单整份导入:
        导入后替换本县该类别的原有名单。
      </Typography.Paragraph>
      <ImportCard kind="poverty" title="导入防返贫监测和低保名单" />
      <Card size="small" title="辍学与防返贫、低保名单比对">
        <Space wrap>
          <Button
            type="primary"
            loading={run.isPending}
            data-testid="retention-run-poverty-page"
            onClick={() =>
              run.mutate(undefined, {
                onSuccess: (r) => message.success(`比对完成:重点个案 ${r.flagged} 人`),
                onError: (e) => message.error(errorText(e)),
              })
            }
          >
            运行比对
          </Button>
          <Link to={retentionPaths.retentionSuspects}>查看疑似辍学名册</Link>
        </Space>
      </Card>
    </Space>
  );
}
