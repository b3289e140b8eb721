import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Progress, Result, Space, Statistic, Table, Tag, Typography, Upload } from "antd";
import { useState } from "react";
import { PageTitle } from "../components/PageTitle";
import { fitnessApi, type ImportCommit, type ImportResult } from "./api";
import { fitnessKeys } from "./hooks";

type Problem = ImportResult["problems"][number];

/**
 * 成绩导入: template in the schools' own layout → upload → the full check (row, column, what is wrong, how to fix,
 * a marked-up report) → commit, all or nothing.
 */
export default function ImportPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportCommit | null>(null);
  const [committing, setCommitting] = useState(false);
  const fail = (e: unknown) => message.error((e as Error).message);

  const upload = async (file: File) => {
    setDone(null);
    setResult(null);
    setProgress(0);
    try {
      setResult(await fitnessApi.upload(file, undefined, setProgress));
    } catch (e) {
      fail(e);
    } finally {
      setProgress(null);
    }
    return false;
  };
  const commit = async () => {
    if (!result) return;
    setCommitting(true);
    try {
      setDone(await fitnessApi.commit(result.job.id));
      await client.invalidateQueries({ queryKey: fitnessKeys.all });
    } catch (e) {
      fail(e);
    } finally {
      setCommitting(false);
    }
  };
  const s = result?.summary;
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title={<PageTitle inline>体质测试成绩导入</PageTitle>}
        extra={
          <Button
            icon={<DownloadOutlined />}
            onClick={() => fitnessApi.template().catch(fail)}
            data-testid="fitness-template"
          >
            下载导入模板
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">
          按学校现有的体测登记表格式填写(学籍号、姓名、性别、年级、班级、身高、体重和各测试项目),跑类成绩可填秒数或
          3′55″、3.55(分.秒);免测须写明原因和证明材料,缓测须写明原因。上传后系统完整校验,全部正确才写入;再次导入同一学生会替换其本学年成绩。
        </Typography.Paragraph>
        <Upload.Dragger accept=".xlsx" showUploadList={false} beforeUpload={upload} data-testid="fitness-upload">
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>点击或拖入填写好的 .xlsx 文件</p>
        </Upload.Dragger>
        {progress !== null && <Progress percent={progress} />}
      </Card>
      {result && s && !done && (
        <Card size="small" title={`校验结果:${result.job.fileName}`}>
          <Space wrap size={24}>
            <Statistic title="学生行数" value={s.rows} />
            <Statistic title="正确行数" value={s.validRows} />
            <Statistic
              title="错误"
              value={s.errors}
              styles={s.errors > 0 ? { content: { color: "#cf1322" } } : undefined}
            />
            <Statistic title="提醒" value={s.warnings} />
          </Space>
          {s.errors > 0 ? (
            <Alert
              style={{ margin: "12px 0" }}
              type="error"
              showIcon
              title={`文件中有 ${s.errors} 处错误,尚未写入任何数据`}
              description="请下载校验报告(出错的单元格标红并附批注),改正后重新上传。"
              action={
                <Button onClick={() => fitnessApi.report(result.job.id).catch(fail)} data-testid="fitness-report">
                  下载校验报告
                </Button>
              }
            />
          ) : (
            <Alert
              style={{ margin: "12px 0" }}
              type="success"
              showIcon
              title="文件没有错误,可以导入"
              action={
                <Button type="primary" loading={committing} onClick={commit} data-testid="fitness-commit">
                  确认导入
                </Button>
              }
            />
          )}
          <Table<Problem>
            size="small"
            rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
            dataSource={result.problems}
            pagination={{ pageSize: 20 }}
            data-testid="fitness-problems"
            columns={[
              { title: "行", dataIndex: "row", width: 60 },
              { title: "列", dataIndex: "column", width: 120 },
              { title: "填写的值", dataIndex: "value", width: 120 },
              {
                title: "问题与改法",
                dataIndex: "message",
                render: (m, p) => (
                  <Space size={4}>
                    <Tag color={p.level === "error" ? "red" : "gold"}>{p.level === "error" ? "错误" : "提醒"}</Tag>
                    {m}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      )}
      {done && (
        <Result
          status="success"
          title={`已导入 ${done.written} 名学生的测试成绩`}
          subTitle="统计和学生成绩已按当前有效评分表计算。"
        />
      )}
    </Space>
  );
}
