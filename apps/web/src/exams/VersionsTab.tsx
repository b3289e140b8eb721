import { Card, Descriptions, Space, Table, Tag, Typography } from "antd";
import { Link } from "react-router";
import { formatDateTime } from "../components/format";
import type { ExamDetail } from "./api";
import { statusColors, statusLabels } from "./format";
import { ItemStructureCard } from "./ItemStructureCard";

/** 版本与发布: the settings, every version with its correction note and what changed, the published fingerprint. */
export function VersionsTab({ detail }: { detail: ExamDetail }) {
  const e = detail.exam;
  const c = e.config;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card size="small" title="考试设置">
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label="科目与满分">
            {e.subjects
              .map((s) => `${s.name} ${s.fullMarks}${s.items?.length ? `(${s.items.length}小题)` : ""}`)
              .join("、")}
          </Descriptions.Item>
          <Descriptions.Item label="毕业年级">{e.graduating ? "是(可显示分数)" : "否(等级呈现)"}</Descriptions.Item>
          <Descriptions.Item label="分数线">
            优秀 ≥ {c.thresholds.excellent * 100}%,良好 ≥ {c.thresholds.good * 100}%,及格 ≥ {c.thresholds.pass * 100}
            %,低分 &lt; {c.thresholds.low * 100}%
          </Descriptions.Item>
          <Descriptions.Item label="比率分母">
            {c.denominator === "enrolled" ? "在籍人数(缺考计入)" : "实考人数"}
          </Descriptions.Item>
          <Descriptions.Item label="等级">
            {c.levels.names
              .map((n, i) => (i < c.levels.cutoffs.length ? `${n} ≥ ${c.levels.cutoffs[i]! * 100}%` : `${n} 其余`))
              .join(",")}
          </Descriptions.Item>
          <Descriptions.Item label="临界生">
            {c.borderlines.map((b) => `${b.name}:线下 ${b.buffer * 100}% 满分以内`).join(";") || "无"}
          </Descriptions.Item>
          <Descriptions.Item label="增值对比考试">
            {detail.baseline ? <Link to={`/exams/${detail.baseline.id}`}>{detail.baseline.name}</Link> : "未设置"}
            (少于 {c.minValueAddedN} 名匹配学生不显示估计)
          </Descriptions.Item>
          <Descriptions.Item label="发布指纹(SHA-256)">
            <Typography.Text code style={{ fontSize: 12 }}>
              {e.inputHash ?? "未发布"}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <ItemStructureCard detail={detail} />
      <Card size="small" title="版本">
        <Table
          rowKey="id"
          size="small"
          data-testid="exam-versions"
          dataSource={detail.versions}
          pagination={false}
          columns={[
            {
              title: "版本",
              dataIndex: "version",
              width: 80,
              render: (v: number, r) =>
                r.id === e.id ? <b>第{v}版</b> : <Link to={`/exams/${r.id}?tab=versions`}>第{v}版</Link>,
            },
            {
              title: "状态",
              dataIndex: "status",
              width: 100,
              render: (s: keyof typeof statusLabels) => <Tag color={statusColors[s]}>{statusLabels[s]}</Tag>,
            },
            { title: "更正原因", dataIndex: "changeNote", render: (n: string | null) => n ?? "—" },
            {
              title: "改动",
              dataIndex: "changes",
              render: (ch: ExamDetail["exam"]["changes"]) =>
                ch
                  ? `较第${ch.previousVersion}版:${ch.changed} 名学生成绩变化,新增 ${ch.added},删除 ${ch.removed}${
                      ch.itemsChanged?.length ? `;${ch.itemsChanged.join("、")}小题结构变化` : ""
                    }`
                  : "—",
            },
            {
              title: "发布时间",
              dataIndex: "publishedAt",
              width: 180,
              render: (t: string | null) => (t ? formatDateTime(t) : "—"),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
