import { ArrowLeftOutlined, DownloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Input, Modal, Skeleton, Space, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { DetailError } from "../components/DetailError";
import { examApi } from "./api";
import { statusColors, statusLabels, termLabel } from "./format";
import { useAnalysis, useCorrectExam, useExam, usePublishExam } from "./hooks";
import { ImportTab } from "./ImportTab";
import { ItemsTab } from "./ItemsTab";
import { MethodNotes } from "./MethodNotes";
import { PolicyBanner } from "./PolicyBanner";
import { RosterButton } from "./RosterButton";
import { ClassTab, OverviewTab, SchoolTab, TeacherTab } from "./reports";
import { StudentsTab } from "./StudentsTab";
import { VersionsTab } from "./VersionsTab";

/** One exam: its reports by county, school, class, teacher and item, the student list, import and versions. */
export default function ExamPage() {
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const detail = useExam(id);
  const d = detail.data;
  const hasScores = d ? d.progress.some((p) => p.withScores > 0) || d.exam.status !== "draft" : false;
  const analysis = useAnalysis(id, !!d && hasScores);
  const publish = usePublishExam();
  const correct = useCorrectExam();
  const { message, modal } = App.useApp();
  const [correcting, setCorrecting] = useState(false);
  const [note, setNote] = useState("");

  if (detail.isError) return <DetailError error={detail.error} what="考试" />;
  if (!d) return <Skeleton active paragraph={{ rows: 10 }} />;
  const e = d.exam;
  const view = d.policy.view;
  const tabs = [
    ...(view === "bureau" ? [{ key: "overview", label: "全县概览" }] : []),
    ...(view !== "teacher" ? [{ key: "school", label: view === "bureau" ? "学校报告" : "本校报告" }] : []),
    { key: "class", label: "班级报告" },
    { key: "teacher", label: "教师报告" },
    { key: "items", label: "试题分析" },
    { key: "students", label: "学生成绩" },
    ...(d.abilities.import || d.abilities.manage ? [{ key: "import", label: "成绩导入" }] : []),
    { key: "versions", label: "版本与发布" },
  ];
  const tab = tabs.some((t) => t.key === params.get("tab")) ? params.get("tab")! : hasScores ? tabs[0]!.key : "import";
  const a = analysis.data;

  const body = () => {
    if (tab === "import") return <ImportTab detail={d} />;
    if (tab === "versions") return <VersionsTab detail={d} />;
    if (!hasScores) return <Alert type="info" showIcon title="该考试还没有成绩:请先在「成绩导入」中导入" />;
    if (analysis.isError)
      return <Alert type="error" showIcon title="分析加载失败" description={analysis.error.message} />;
    if (!a) return <Skeleton active paragraph={{ rows: 12 }} />;
    if (tab === "overview") return <OverviewTab analysis={a} detail={d} />;
    if (tab === "school") return <SchoolTab analysis={a} detail={d} />;
    if (tab === "class") return <ClassTab analysis={a} detail={d} />;
    if (tab === "teacher") return <TeacherTab analysis={a} detail={d} />;
    if (tab === "items") return <ItemsTab analysis={a} />;
    return <StudentsTab analysis={a} />;
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <div
        style={{ display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: 12 }}
      >
        <Space align="center" wrap>
          <Link to="/exams" aria-label="返回考试列表">
            <ArrowLeftOutlined />
          </Link>
          <Typography.Title level={1} style={{ margin: 0 }} data-testid="exam-title">
            {e.name}
          </Typography.Title>
          <Tag color={statusColors[e.status]}>{statusLabels[e.status]}</Tag>
          {e.version > 1 && <Tag>第{e.version}版</Tag>}
          <Typography.Text type="secondary">
            {e.schoolYearLabel}
            {termLabel(e.term)} · {e.gradeLabel} · {e.heldOn}
          </Typography.Text>
        </Space>
        <Space wrap>
          <RosterButton examId={e.id} />
          {hasScores && (
            <Button
              icon={<DownloadOutlined />}
              data-testid="exam-tables"
              onClick={() => examApi.downloadTables(e.id).catch((err: Error) => message.error(err.message))}
            >
              导出分析表
            </Button>
          )}
          {d.abilities.manage && e.status === "draft" && (
            <Button
              type="primary"
              data-testid="exam-publish"
              loading={publish.isPending}
              onClick={() =>
                modal.confirm({
                  title: "发布考试",
                  content: "发布后成绩与设置不能再修改;如需更正,须新建更正版本并写明原因。确定发布?",
                  okText: "发布",
                  cancelText: "取消",
                  onOk: () =>
                    publish
                      .mutateAsync(e.id)
                      .then(() => message.success("已发布"))
                      .catch((err: Error) => message.error(err.message)),
                })
              }
            >
              发布
            </Button>
          )}
          {d.abilities.manage && e.status === "published" && (
            <Button data-testid="exam-correct" onClick={() => setCorrecting(true)}>
              新建更正版本
            </Button>
          )}
        </Space>
      </div>
      <PolicyBanner policy={a?.policy ?? d.policy} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={tabs.map((t) => ({ key: t.key, label: <span data-testid={`exam-tab-${t.key}`}>{t.label}</span> }))}
      />
      {body()}
      {a && ["overview", "school", "class", "teacher", "items"].includes(tab) && (
        <MethodNotes minValueAddedN={e.config.minValueAddedN} />
      )}
      <Modal
        title="新建更正版本"
        open={correcting}
        okText="新建"
        cancelText="取消"
        confirmLoading={correct.isPending}
        onCancel={() => setCorrecting(false)}
        onOk={() =>
          correct
            .mutateAsync({ id: e.id, note })
            .then((v) => {
              setCorrecting(false);
              message.success(`已新建第${v.version}版(草稿),导入更正后的成绩再发布`);
              window.location.assign(`/exams/${v.id}?tab=import`);
            })
            .catch((err: Error) => message.error(err.message))
        }
      >
        <Typography.Paragraph type="secondary">
          已发布的版本保持不变;更正版本复制现有成绩,导入更正后发布,系统记录改动的学生人数。
        </Typography.Paragraph>
        <Input.TextArea
          rows={3}
          value={note}
          onChange={(ev) => setNote(ev.target.value)}
          placeholder="更正原因(至少4个字),如:第二中学八(3)班数学登分错误"
          maxLength={500}
        />
      </Modal>
    </Space>
  );
}
