import { DownloadOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Descriptions, InputNumber, Segmented, Space, Table, Typography } from "antd";
import { useState } from "react";
import { useMe } from "../app/auth";
import { ForbiddenPage } from "../app/StatusPages";
import { CheckFileButton } from "../components/CheckFileButton";
import { PageTitle } from "../components/PageTitle";
import { type DataImportKind, type DataImportResult, reportsApi } from "./api";

/** What each import is, and how its figure is computed (the catalogue's definition, as a user reads it). */
const KINDS: Record<DataImportKind, { label: string; who: string; year: string; method: string }> = {
  "after-school": {
    label: "课后服务",
    who: "基础教育股导入全县各校,学校导入本校",
    year: "学年(秋季学期为该年秋季,春季学期为次年春季)",
    method:
      "“N所学校参加课后服务,共M人”取秋季学期:M为各校参加学生数之和,N为参加学生至少1人的学校数;任一开办的中小学校未填报秋季学期时显示“数据不全”。幼儿园不计。",
  },
  "school-counts": {
    label: "学校年度统计",
    who: "基础教育股导入全县各校,学校导入本校",
    year: "自然年(1月1日至12月31日)",
    method: "“补充图书N册”为各中小学校当年新增图书之和,报废、剔旧不抵减;任一开办的中小学校未填报时显示“数据不全”。",
  },
  gaokao: {
    label: "高考录取结果",
    who: "招生办导入",
    year: "高考当年",
    method:
      "本科升学率 = 参考并被本科(含本科一批)录取的考生 ÷ 参考考生,保留一位小数;报名未参考者、学籍号匹配不到上一学年高三学籍的考生不计。姓名只用于核对,不保存。",
  },
  zhongkao: {
    label: "中考录取结果",
    who: "招生办导入",
    year: "中考当年",
    method:
      "重点高中录取率 = 参考并被重点高中录取的考生 ÷ 参考考生,保留一位小数;报名未参考者、学籍号匹配不到上一学年初三学籍的考生不计。姓名只用于核对,不保存。",
  },
};

/**
 * The imports of the report's own inputs (报告数据导入): after-school service and yearly counts (基础教育股, a school
 * its own rows), 高考 and 中考 results (招生办). Template, upload checked in full (nothing written), the problems by
 * row and column with the marked-up report, then the commit in one transaction.
 */
export default function DataImportPage() {
  const me = useMe().user;
  const { message } = App.useApp();
  const client = useQueryClient();
  const kinds = (Object.keys(KINDS) as DataImportKind[]).filter((k) =>
    k === "gaokao" || k === "zhongkao"
      ? me.role === "section" && me.section === "admissions"
      : (me.role === "section" && me.section === "basic_education") || me.role === "school_admin",
  );
  const [chosen, setChosen] = useState<DataImportKind | null>(null);
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [result, setResult] = useState<DataImportResult | null>(null);
  const commit = useMutation({
    mutationFn: reportsApi.commitData,
    onSuccess: () => client.invalidateQueries({ queryKey: ["reports"] }),
  });
  if (kinds.length === 0) return <ForbiddenPage />;
  const kind = chosen && kinds.includes(chosen) ? chosen : (kinds[0] as DataImportKind);
  const k = KINDS[kind];
  const s = result?.summary;
  const fetchFile = async (get: () => Promise<unknown>) => {
    try {
      await get();
    } catch (e) {
      message.error(e instanceof Error ? e.message : "下载失败");
    }
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <PageTitle>报告数据导入</PageTitle>
      <Segmented<DataImportKind>
        value={kind}
        onChange={(v) => {
          setChosen(v);
          setResult(null);
        }}
        options={kinds.map((x) => ({ value: x, label: KINDS[x].label }))}
        data-testid="data-import-kind"
      />
      <Card size="small" title={k.label}>
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label="谁导入">{k.who}</Descriptions.Item>
          <Descriptions.Item label="年度">{k.year}</Descriptions.Item>
          <Descriptions.Item label="计算口径">{k.method}</Descriptions.Item>
        </Descriptions>
        <Space wrap>
          <Typography.Text type="secondary">年度</Typography.Text>
          <InputNumber aria-label="年度" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          <Button
            icon={<DownloadOutlined />}
            onClick={() => fetchFile(() => reportsApi.dataTemplate(kind, k.label, year))}
          >
            下载导入模板
          </Button>
          <CheckFileButton
            check={(file) => reportsApi.uploadData(file, kind, year)}
            onChecked={setResult}
            testId="data-import-upload"
          />
        </Space>
      </Card>
      {result && s && (
        <Card size="small" title="校验结果">
          <Space orientation="vertical" size={12} style={{ width: "100%" }}>
            <Alert
              type={s.errors > 0 ? "warning" : "success"}
              showIcon
              title={`共 ${s.rows} 行:正确 ${s.validRows} 行,有错误 ${s.invalidRows} 行(${s.errors} 处);尚未写入任何数据`}
              description={s.errors > 0 ? "须全部正确才能导入:请下载校验报告,改正标红的单元格后重新上传。" : undefined}
            />
            {s.errors > 0 && (
              <Button icon={<DownloadOutlined />} onClick={() => fetchFile(() => reportsApi.dataReport(result.job.id))}>
                下载校验报告(错误单元格标红)
              </Button>
            )}
            {result.problems.length > 0 && (
              <Table
                size="small"
                rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
                dataSource={result.problems}
                pagination={{ pageSize: 8, hideOnSinglePage: true }}
                scroll={{ x: 600 }}
                columns={[
                  { title: "行", dataIndex: "row", width: 60 },
                  { title: "列", dataIndex: "column", width: 120 },
                  {
                    title: "级别",
                    dataIndex: "level",
                    width: 70,
                    render: (l: string) => (l === "error" ? "错误" : "提示"),
                  },
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
                    message.success(`已导入 ${r.written} 行${k.label}`);
                    setResult(null);
                  },
                  onError: (e) => message.error(e.message),
                })
              }
              data-testid="data-import-commit"
            >
              提交导入
            </Button>
          </Space>
        </Card>
      )}
    </Space>
  );
}
