import { DownloadOutlined, FileExcelOutlined, InboxOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Progress, Row, Space, Statistic, Table, Tag, Typography, Upload } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { formatDateTime } from "../components/format";
import { type ExamDetail, examApi, type ImportValidation } from "./api";
import { useCommitImport } from "./hooks";

type Problem = ImportValidation["problems"][number];
const MAX_BYTES = 40 * 1024 * 1024;

const problemColumns: ColumnsType<Problem> = [
  { title: "行", dataIndex: "row", width: 70, align: "right" },
  { title: "列", dataIndex: "column", width: 110 },
  {
    title: "值",
    dataIndex: "value",
    width: 180,
    ellipsis: true,
    render: (v: string) =>
      v ? <Typography.Text code>{v}</Typography.Text> : <Typography.Text type="secondary">(空)</Typography.Text>,
  },
  {
    title: "问题与改正方法",
    dataIndex: "message",
    render: (m: string, p) => (
      <Space size={6} align="start">
        {p.level === "warning" ? <Tag color="gold">提示</Tag> : <Tag color="red">错误</Tag>}
        <span>{m}</span>
      </Space>
    ),
  },
];

/** 成绩导入: template, upload with full check, the problems, and the all-or-nothing commit; progress per school. */
export function ImportTab({ detail }: { detail: ExamDetail }) {
  const { message } = App.useApp();
  const e = detail.exam;
  const commit = useCommitImport();
  const [result, setResult] = useState<ImportValidation | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = detail.abilities.import;
  const enrolled = detail.progress.reduce((n, p) => n + p.enrolled, 0);
  const scored = detail.progress.reduce((n, p) => n + p.withScores, 0);

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      {!open && (
        <Alert
          type="warning"
          showIcon
          title={
            e.status === "draft" ? "您没有导入成绩的权限" : "考试已发布,成绩不能再导入;如需更正,请由教研室新建更正版本"
          }
        />
      )}
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="在籍学生" value={enrolled} suffix="人" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="已有成绩" value={scored} suffix="人" />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small">
            <Typography.Text type="secondary">导入进度</Typography.Text>
            <Progress percent={enrolled > 0 ? Math.round((scored / enrolled) * 100) : 0} />
          </Card>
        </Col>
      </Row>
      {open && (
        <Card size="small" title="1. 下载模板,填写成绩" data-testid="exam-import-template">
          <Space orientation="vertical">
            <Typography.Text>
              模板已列出您范围内的在籍学生(考号,以及部分隐去的学籍号、姓名、学校、班级供核对),每科一列;缺考请填「缺考」,
              不要留空,也不要填 0。学生按考号匹配;使用自有表格时也可按完整学籍号匹配,两列都填时必须一致。也可上传长表
              (考号或学籍号、科目、成绩,可另加题号列填该科小题分)或 CSV 文件。
            </Typography.Text>
            <Button icon={<DownloadOutlined />} href={examApi.templateUrl(e.id)} data-testid="exam-template-download">
              下载成绩导入模板
            </Button>
          </Space>
        </Card>
      )}
      {open && (
        <Card size="small" title="2. 上传并校验(不会写入)">
          <div data-testid="exam-import-upload">
            <Upload.Dragger
              accept=".xlsx,.csv"
              multiple={false}
              showUploadList={false}
              disabled={percent !== null}
              beforeUpload={(file) => {
                if (!/\.(xlsx|csv)$/i.test(file.name)) {
                  message.error("只能上传 .xlsx 或 .csv 文件");
                  return Upload.LIST_IGNORE;
                }
                if (file.size > MAX_BYTES) {
                  message.error("文件过大(上限 40 MB):请按学校分成几个文件上传");
                  return Upload.LIST_IGNORE;
                }
                return true;
              }}
              customRequest={({ file, onSuccess, onError }) => {
                setError(null);
                setResult(null);
                setPercent(0);
                examApi
                  .upload(e.id, file as File, setPercent)
                  .then((r) => {
                    setPercent(null);
                    setResult(r);
                    onSuccess?.(r);
                  })
                  .catch((err: Error) => {
                    setPercent(null);
                    setError(err.message);
                    onError?.(err);
                  });
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">点击或将成绩文件拖到此处上传</p>
              <p className="ant-upload-hint">.xlsx 或 .csv,最大 40 MB;逐行校验后显示问题,确认导入前不写入任何成绩</p>
            </Upload.Dragger>
          </div>
          {percent !== null && <Progress percent={percent} status="active" />}
          {error && (
            <Alert style={{ marginTop: 12 }} type="error" showIcon title={error} data-testid="exam-import-error" />
          )}
        </Card>
      )}
      {result && (
        <Card
          size="small"
          title={
            <Space>
              <FileExcelOutlined />
              {result.job.fileName}({result.summary.layout === "long" ? "长表" : "宽表"},{result.summary.rows} 行,
              {result.summary.students} 名学生,科目:{result.summary.subjects.join("、") || "无"})
            </Space>
          }
          data-testid="exam-import-result"
        >
          <Space orientation="vertical" style={{ width: "100%" }}>
            {result.summary.errors > 0 ? (
              <Alert
                type="error"
                showIcon
                title={`发现 ${result.summary.errors} 处错误,整份文件不会导入`}
                description="请按下表或下载的校验报告(错误单元格标红并附批注)改正后重新上传。"
                action={
                  <Button href={examApi.reportUrl(e.id, result.job.id)} icon={<DownloadOutlined />}>
                    下载校验报告
                  </Button>
                }
              />
            ) : (
              <Alert
                type="success"
                showIcon
                title={`校验通过:${result.summary.students} 名学生${result.summary.warnings > 0 ? `,${result.summary.warnings} 条提示请核对` : ""}`}
                action={
                  <Button
                    type="primary"
                    data-testid="exam-import-commit"
                    loading={commit.isPending}
                    onClick={() =>
                      commit
                        .mutateAsync({ id: e.id, jobId: result.job.id })
                        .then((r) => {
                          message.success(`已导入 ${r.written} 名学生的成绩`);
                          setResult(null);
                        })
                        .catch((err: Error) => message.error(err.message))
                    }
                  >
                    确认导入
                  </Button>
                }
              />
            )}
            {result.problems.length > 0 && (
              <Table<Problem>
                rowKey={(p) => `${p.row}:${p.column}:${p.message}`}
                size="small"
                data-testid="exam-import-problems"
                columns={problemColumns}
                dataSource={result.problems}
                pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
              />
            )}
          </Space>
        </Card>
      )}
      <Card size="small" title="各校导入情况">
        <Table
          rowKey="schoolId"
          size="small"
          data-testid="exam-import-progress"
          dataSource={detail.progress}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: "学校", dataIndex: "schoolName" },
            { title: "在籍", dataIndex: "enrolled", width: 90, align: "right" },
            { title: "已有成绩", dataIndex: "withScores", width: 100, align: "right" },
            {
              title: "状态",
              key: "s",
              width: 100,
              render: (_: unknown, p) =>
                p.withScores === 0 ? (
                  <Tag>未导入</Tag>
                ) : p.withScores < p.enrolled ? (
                  <Tag color="gold">部分缺考或未导入</Tag>
                ) : (
                  <Tag color="green">已导入</Tag>
                ),
            },
          ]}
        />
      </Card>
      {detail.imports.length > 0 && (
        <Card size="small" title="导入记录">
          <Table
            rowKey="id"
            size="small"
            dataSource={detail.imports}
            pagination={false}
            columns={[
              { title: "文件", dataIndex: "fileName", ellipsis: true },
              { title: "行数", dataIndex: "rowCount", width: 80, align: "right" },
              { title: "错误", dataIndex: "errorCount", width: 80, align: "right" },
              {
                title: "状态",
                dataIndex: "status",
                width: 90,
                render: (s: string) => (s === "committed" ? <Tag color="green">已导入</Tag> : <Tag>已校验</Tag>),
              },
              { title: "上传时间", dataIndex: "createdAt", width: 180, render: (t: string) => formatDateTime(t) },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
