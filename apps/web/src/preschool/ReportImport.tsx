import { DownloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Modal, Space, Table } from "antd";
import { useState } from "react";
import { CheckFileButton } from "../components/CheckFileButton";
import { type ImportResult, preschoolApi } from "./api";
import { useCommitImport } from "./hooks";

/**
 * The import of the kindergartens' yearly reports (幼儿园年度填报导入): template, upload (checked completely, nothing
 * written), the problems by row and column with the marked-up report to download, then the commit in one
 * transaction. 基础教育股 imports the county's file; a kindergarten only its own row.
 */
export function ReportImport(props: { year: number | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const [result, setResult] = useState<ImportResult | null>(null);
  const commit = useCommitImport();
  const s = result?.summary;
  const fetchFile = async (get: () => Promise<string>) => {
    try {
      await get();
    } catch (e) {
      message.error(e instanceof Error ? e.message : "下载失败");
    }
  };
  return (
    <Modal open title="导入幼儿园年度填报" footer={null} width={820} onCancel={props.onClose}>
      <Space orientation="vertical" size={12} style={{ width: "100%" }}>
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => fetchFile(() => preschoolApi.importTemplate(props.year))}
            data-testid="preschool-import-template"
          >
            下载导入模板
          </Button>
          <CheckFileButton
            check={(file) => preschoolApi.uploadReports(file, props.year)}
            onChecked={setResult}
            testId="preschool-import-upload"
          />
        </Space>
        {result && s && (
          <>
            <Alert
              type={s.errors > 0 ? "warning" : "success"}
              showIcon
              title={`共 ${s.rows} 行:正确 ${s.validRows} 行,有错误 ${s.invalidRows} 行(${s.errors} 处);尚未写入任何数据`}
              description={s.errors > 0 ? "须全部正确才能导入:请下载校验报告,改正标红的单元格后重新上传。" : undefined}
            />
            {s.errors > 0 && (
              <Button
                icon={<DownloadOutlined />}
                onClick={() => fetchFile(() => preschoolApi.importReport(result.job.id))}
                data-testid="preschool-import-report"
              >
                下载校验报告(错误单元格标红)
              </Button>
            )}
            {result.problems.length > 0 && (
              <Table
                size="small"
                rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
                dataSource={result.problems}
                pagination={{ pageSize: 8, hideOnSinglePage: true }}
                columns={[
                  { title: "行", dataIndex: "row", width: 60 },
                  { title: "列", dataIndex: "column", width: 130 },
                  { title: "填写的值", dataIndex: "value", width: 120, ellipsis: true },
                  { title: "问题及改法", dataIndex: "message" },
                ]}
              />
            )}
            <Button
              type="primary"
              disabled={s.errors > 0 || s.validRows === 0}
              loading={commit.isPending}
              onClick={() =>
                commit.mutate(result.job.id, {
                  onSuccess: (r) => {
                    message.success(`已导入 ${r.written} 所幼儿园的年度填报`);
                    props.onClose();
                  },
                  onError: (e) => message.error(e.message),
                })
              }
              data-testid="preschool-import-commit"
            >
              提交导入
            </Button>
          </>
        )}
      </Space>
    </Modal>
  );
}
