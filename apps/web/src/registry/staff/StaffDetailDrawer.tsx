import { EditOutlined, LogoutOutlined } from "@ant-design/icons";
import { registry } from "@edubureau/core";
import { Alert, Button, Descriptions, Drawer, Empty, Skeleton, Space, Table, Tag, Timeline, Typography } from "antd";
import { useState } from "react";
import { useAuth } from "../../app/auth";
import { employmentStatusLabels, establishmentLabels } from "../labels";
import type { EmploymentEntry, StaffDetail } from "./api";
import { useStaffDetail } from "./hooks";
import { RetirementDate } from "./retirement";
import { StaffFormDrawer } from "./StaffFormDrawer";
import { StaffLeftModal } from "./StaffLeftModal";

const subjectLabel = (s: string | null) => (s ? (registry.subject.labels[s as registry.Subject] ?? s) : "—");

function employmentItem(e: EmploymentEntry) {
  const parts = [
    registry.postType.labels[e.postType] ?? e.postType,
    e.subject ? subjectLabel(e.subject) : null,
    registry.professionalTitle.labels[e.title] ?? e.title,
    registry.qualification.labels[e.qualification] ?? e.qualification,
    e.backboneLevel !== "none" ? `${registry.backboneLevel.labels[e.backboneLevel] ?? e.backboneLevel}骨干` : null,
  ].filter(Boolean);
  return {
    key: e.schoolYear,
    color: e.status === "active" ? "green" : "gray",
    title: registry.schoolYearLabel(e.schoolYear),
    content: (
      <div>
        <Typography.Text strong>{e.schoolName}</Typography.Text>
        {e.status !== "active" && (
          <Tag style={{ marginInlineStart: 8 }}>{employmentStatusLabels[e.status] ?? e.status}</Tag>
        )}
        <div>
          <Typography.Text type="secondary">{parts.join(" · ")}</Typography.Text>
        </div>
      </div>
    ),
  };
}

function DetailBody({ detail }: { detail: StaffDetail }) {
  const s = detail.staff;
  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: "name", label: "姓名", children: s.name },
          { key: "gender", label: "性别", children: registry.gender.labels[s.gender] ?? s.gender },
          { key: "birthDate", label: "出生日期", children: s.birthDate },
          {
            key: "residentId",
            label: "身份证号",
            children: <span style={{ fontFamily: "monospace" }}>{s.residentIdMasked ?? "—"}</span>,
          },
          { key: "staffNumber", label: "教职工号", children: s.staffNumber },
          { key: "hireDate", label: "参加工作", children: s.hireDate ?? "—" },
          { key: "school", label: "学校", children: s.schoolName },
          {
            key: "status",
            label: "任职状态",
            children: (
              <Tag color={s.status === "active" ? "green" : "default"}>
                {employmentStatusLabels[s.status] ?? s.status}
              </Tag>
            ),
          },
          { key: "post", label: "岗位", children: registry.postType.labels[s.postType] ?? s.postType },
          { key: "establishment", label: "编制", children: establishmentLabels[s.establishment] ?? s.establishment },
          { key: "subject", label: "任教学科", children: subjectLabel(s.subject) },
          {
            key: "qualification",
            label: "学历",
            children: registry.qualification.labels[s.qualification] ?? s.qualification,
          },
          { key: "title", label: "职称", children: registry.professionalTitle.labels[s.title] ?? s.title },
          {
            key: "backbone",
            label: "骨干级别",
            children: registry.backboneLevel.labels[s.backboneLevel] ?? s.backboneLevel,
          },
          {
            key: "certificate",
            label: "教师资格证",
            children: s.hasCertificate ? <Tag color="green">持证</Tag> : <Tag color="red">未持证</Tag>,
          },
          { key: "retirement", label: "法定退休日期", children: <RetirementDate date={s.retirementDate} /> },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        任职经历
      </Typography.Title>
      {detail.employments.length === 0 ? (
        <Empty description="暂无任职记录" />
      ) : (
        <Timeline data-testid="employment-timeline" titleSpan="130px" items={detail.employments.map(employmentItem)} />
      )}
      <Typography.Title level={5}>{registry.schoolYearLabel(s.schoolYear)}任课</Typography.Title>
      <Table
        rowKey={(r) => `${r.classId}:${r.subject}`}
        size="small"
        data-testid="staff-classes-table"
        pagination={false}
        dataSource={detail.classes}
        locale={{ emptyText: "本学年无任课安排" }}
        columns={[
          { title: "班级", dataIndex: "className" },
          { title: "年级", dataIndex: "grade", render: (g: number) => registry.gradeLabel(g) },
          { title: "学科", dataIndex: "subject", render: (sub: string) => subjectLabel(sub) },
        ]}
      />
    </>
  );
}

/**
 * 教职工详情: the latest employment, the employment history by school year and the classes taught; for 人事股 and
 * the school (who write staff records), edit and mark as left.
 */
export function StaffDetailDrawer({ staffId, onClose }: { staffId: string | null; onClose: () => void }) {
  const detail = useStaffDetail(staffId);
  const { can } = useAuth();
  const [editing, setEditing] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const current = detail.data?.staff ?? null;
  const writable = can("write", "staffing") && current !== null && current.status !== "left";
  return (
    <Drawer
      open={staffId !== null}
      onClose={onClose}
      size={640}
      title={detail.data ? `教职工详情:${detail.data.staff.name}` : "教职工详情"}
      data-testid="staff-detail"
      extra={
        writable && (
          <Space>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="staff-edit">
              编辑
            </Button>
            <Button danger icon={<LogoutOutlined />} onClick={() => setLeaving(true)} data-testid="staff-leave">
              标记调离
            </Button>
          </Space>
        )
      }
    >
      <StaffFormDrawer open={editing} staff={current} onClose={() => setEditing(false)} />
      <StaffLeftModal staff={leaving ? current : null} onClose={() => setLeaving(false)} />
      {detail.isError && <Alert type="error" showIcon title={detail.error.message} />}
      {detail.data ? (
        <DetailBody detail={detail.data} />
      ) : (
        !detail.isError && <Skeleton active paragraph={{ rows: 8 }} />
      )}
    </Drawer>
  );
}
