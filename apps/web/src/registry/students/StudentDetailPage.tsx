import { ArrowLeftOutlined, EditOutlined, SwapOutlined } from "@ant-design/icons";
import { registry } from "@edubureau/core";
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Space, Tag, Timeline, Typography } from "antd";
import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { useAuth } from "../../app/auth";
import { paths } from "../../app/menu";
import { AuditLogLink } from "../../audit/AuditLogLink";
import { DetailError } from "../../components/DetailError";
import { PageTitle } from "../../components/PageTitle";
import { enrollmentStatusColors, householdTypeLabels, type StudentFlag, studentFlagLabels } from "../labels";
import { waitedLabel } from "../transfers/waited";
import type { EnrollmentEntry, StudentRecord } from "./api";
import { useStudentDetail } from "./hooks";
import { StudentFormDrawer } from "./StudentFormDrawer";
import { TransferStudentModal } from "./TransferStudentModal";

const dash = (value: string | null | undefined) => (value ? value : "—");

/** The special-group flags a student has, as tags. */
function FlagTags({ student }: { student: StudentRecord }) {
  const present = (Object.keys(studentFlagLabels) as StudentFlag[]).filter((flag) =>
    flag === "disability" ? student.disability !== null : student[flag],
  );
  if (present.length === 0) return <Typography.Text type="secondary">无</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap data-testid="student-flags">
      {present.map((flag) => (
        <Tag key={flag} color={studentFlagLabels[flag].color}>
          {studentFlagLabels[flag].label}
          {flag === "disability" && student.disability ? `(${student.disability})` : ""}
        </Tag>
      ))}
    </Space>
  );
}

/** One line of the timeline: 2026—2027学年 · 北原县第一小学 · 一年级(1)班 · 在读, with the dates. */
function timelineItem(e: EnrollmentEntry, index: number) {
  const status = registry.enrollmentStatus.labels[e.status] ?? e.status;
  const dates = [e.enteredOn && `${e.enteredOn} 入学`, e.leftOn && `${e.leftOn} 离校`].filter(Boolean).join(" · ");
  // only the current year is "in school" now; earlier 在读 rows are closed history
  const color =
    e.status === "dropped_out"
      ? "red"
      : e.status === "transferred_out"
        ? "blue"
        : e.status === "enrolled" && index === 0
          ? "green"
          : "gray";
  return {
    key: `${e.schoolYear}-${e.schoolId}-${index}`,
    color,
    title: registry.schoolYearLabel(e.schoolYear),
    content: (
      <div data-testid="enrollment-item">
        <Space size={8} wrap>
          <Typography.Text strong>{e.schoolName}</Typography.Text>
          <span>
            {registry.gradeLabel(e.grade)}
            {e.className ? ` · ${e.className}` : ""}
          </span>
          <Tag color={enrollmentStatusColors[e.status]}>{status}</Tag>
        </Space>
        {dates && (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dates}
            </Typography.Text>
          </div>
        )}
      </div>
    ),
  };
}

/** 学生详情: the record (personal data masked), the special groups, the enrollment history; edit and transfer. */
export default function StudentDetailPage() {
  const { id } = useParams<{ id: string }>();
  const navigate = useNavigate();
  const location = useLocation();
  const { can } = useAuth();
  const detail = useStudentDetail(id);
  const [editing, setEditing] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const writes = can("write", "registry");

  // back to the list as it was (its filters live in the URL), or to the list when the page was opened directly
  const goBack = () => (location.key === "default" ? navigate(paths.students) : navigate(-1));
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={goBack}>
      返回学生名单
    </Button>
  );
  if (detail.isError) return <DetailError error={detail.error} what="学生" back={back} />;
  if (!detail.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  const { student, enrollments, pendingTransfer } = detail.data;
  const current = enrollments[0];
  const inSchool = current?.status === "enrolled";
  const pendingTo = pendingTransfer ? (pendingTransfer.toSchoolName ?? "县外") : "";

  return (
    <div data-testid="student-detail">
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card
          title={
            <Space>
              <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回学生名单" onClick={goBack} />
              <PageTitle inline testId="student-detail-title">
                学生详情:{student.name}
              </PageTitle>
              {current && (
                <Tag color={enrollmentStatusColors[current.status]}>
                  {registry.enrollmentStatus.labels[current.status] ?? current.status}
                </Tag>
              )}
              {pendingTransfer && (
                <Tag color={pendingTransfer.overdue ? "red" : "orange"} data-testid="student-pending-transfer-tag">
                  转学中 · 待{pendingTo}接收
                </Tag>
              )}
            </Space>
          }
          extra={
            <Space wrap>
              {writes && (
                <>
                  <Button icon={<EditOutlined />} data-testid="student-edit" onClick={() => setEditing(true)}>
                    编辑
                  </Button>
                  <Button
                    icon={<SwapOutlined />}
                    data-testid="student-transfer"
                    disabled={!inSchool || pendingTransfer !== null}
                    title={
                      pendingTransfer
                        ? "该生已有待接收的转学申请,请先在转学管理中处理"
                        : inSchool
                          ? undefined
                          : "只有在读学生可以办理转学"
                    }
                    onClick={() => setTransferring(true)}
                  >
                    转学
                  </Button>
                </>
              )}
              <AuditLogLink targetType="student" targetId={student.id} />
            </Space>
          }
        >
          {pendingTransfer && (
            <Alert
              data-testid="student-pending-transfer"
              type={pendingTransfer.overdue ? "error" : "warning"}
              showIcon
              style={{ marginBottom: 16 }}
              title={`转学中:${pendingTransfer.initiatedOn} 由${pendingTransfer.fromSchoolName}发起转往${pendingTo},待转入学校接收(${waitedLabel(pendingTransfer.daysPending ?? 0)})`}
              description={
                <>
                  转学原因:{pendingTransfer.reason}。接收前该生仍在原校在读。
                  {pendingTransfer.overdue && "已超过规定期限未被接收,按疑似辍学跟踪。"}
                  {writes && <Link to={paths.transfers}>到转学管理处理</Link>}
                </>
              }
            />
          )}
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              { key: "name", label: "姓名", children: student.name },
              { key: "gender", label: "性别", children: registry.gender.labels[student.gender] ?? student.gender },
              { key: "birthDate", label: "出生日期", children: student.birthDate },
              { key: "ethnicity", label: "民族", children: student.ethnicity },
              {
                key: "residentId",
                label: "身份证号",
                children: (
                  <Typography.Text style={{ fontFamily: "monospace" }}>
                    {dash(student.residentIdMasked)}
                  </Typography.Text>
                ),
              },
              {
                key: "studentNumber",
                label: "学籍号",
                children: (
                  <Typography.Text style={{ fontFamily: "monospace" }}>{student.studentNumber}</Typography.Text>
                ),
              },
              {
                key: "school",
                label: "现就读",
                children: current
                  ? `${current.schoolName} · ${registry.gradeLabel(current.grade)}${current.className ? ` · ${current.className}` : ""}`
                  : "—",
              },
              {
                key: "household",
                label: "户口性质",
                children: `${householdTypeLabels[student.householdType] ?? student.householdType}${student.householdInCounty ? "" : "(户籍在县外)"}`,
              },
              { key: "address", label: "家庭住址", children: dash(student.address) },
              { key: "guardian", label: "监护人", children: dash(student.guardianName) },
              { key: "guardianPhone", label: "监护人电话", children: dash(student.guardianPhone) },
              {
                key: "disability",
                label: "残疾情况",
                children: student.disability
                  ? `${student.disability}${student.disabilityPlacement ? `,${student.disabilityPlacement}` : ""}`
                  : "无",
              },
              { key: "flags", label: "特殊群体", span: "filled", children: <FlagTags student={student} /> },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, marginBottom: 0 }}>
            身份证号、学籍号、家庭住址和监护人电话已脱敏显示。
          </Typography.Paragraph>
        </Card>
        <Card title="学籍变动经历">
          {enrollments.length === 0 ? (
            <Empty description="暂无学籍记录" />
          ) : (
            <Timeline data-testid="enrollment-timeline" titleSpan="150px" items={enrollments.map(timelineItem)} />
          )}
          {!inSchool && current && (
            <Alert
              type="info"
              showIcon
              title={`该生当前学籍状态为「${registry.enrollmentStatus.labels[current.status] ?? current.status}」,不能办理转学。`}
            />
          )}
        </Card>
        {writes && (
          <>
            <StudentFormDrawer open={editing} student={student} onClose={() => setEditing(false)} />
            <TransferStudentModal
              open={transferring}
              student={student}
              current={current}
              onClose={() => setTransferring(false)}
            />
          </>
        )}
      </Space>
    </div>
  );
}
