import { exams as core, registry } from "@edubureau/core";
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "../app/api";
import type { Exam, ExamInput } from "./api";
import { useCreateExam } from "./hooks";
import { ItemListField } from "./ItemListField";
import { fromItemRows, type ItemRow, toItemRows } from "./itemForm";

const SUBJECTS = [
  "chinese",
  "math",
  "english",
  "physics",
  "chemistry",
  "biology",
  "politics",
  "history",
  "geography",
  "science",
] as const;

interface FormValues {
  name: string;
  heldOn: Dayjs;
  term: 1 | 2;
  grade: number;
  graduating: boolean;
  subjects: { code: registry.Subject; fullMarks: number; items?: ItemRow[] }[];
  excellent: number;
  good: number;
  pass: number;
  low: number;
  denominator: core.RateDenominator;
  levelStyle: "letters" | "chinese";
  baselineExamId?: string;
}

/**
 * The form filled from an earlier exam's settings (subjects with their items, lines, denominator, level names), for
 * a county test held in several grades: one exam per grade, the next ones started from the first. The name, date,
 * grade and baseline are left for the user.
 */
function settingsOf(e: Exam): Partial<FormValues> {
  const t = e.config.thresholds;
  const percent = (share: number) => Math.round(share * 1000) / 10;
  return {
    term: e.term === 2 ? 2 : 1,
    graduating: e.graduating,
    subjects: e.subjects.map((s) => ({
      code: s.code as registry.Subject,
      fullMarks: s.fullMarks,
      items: toItemRows(s.items),
    })),
    excellent: percent(t.excellent),
    good: percent(t.good),
    pass: percent(t.pass),
    low: percent(t.low),
    denominator: e.config.denominator,
    levelStyle: e.config.levels.names[0] === core.chineseLevelNames[0] ? "chinese" : "letters",
  };
}

/** 新建考试: the definition of an exam; its roster is the grade's enrolled students. */
export function CreateExamDrawer({ open, onClose, exams }: { open: boolean; onClose: () => void; exams: Exam[] }) {
  const [form] = Form.useForm<FormValues>();
  const create = useCreateExam();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const grade = Form.useWatch("grade", form);
  const subjects = Form.useWatch("subjects", form);
  // subjects whose item editor is open, by their place in the list; one with a structure problem opens on submit
  const [opened, setOpened] = useState<Set<number>>(new Set());
  const toggle = (index: number) =>
    setOpened((s) => {
      const next = new Set(s);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  const openProblems = (errors: { name: (string | number)[] }[]) =>
    setOpened((s) => {
      const next = new Set(s);
      for (const e of errors) if (e.name[0] === "subjects" && e.name[2] === "items") next.add(Number(e.name[1]));
      return next;
    });
  const baselines = exams.filter(
    (e) => e.status === "published" && (e.grade === grade || e.grade === (grade ?? 0) - 1),
  );

  const submit = async (v: FormValues) => {
    const t = core.defaultAnalysisConfig;
    const heldOn = v.heldOn.format("YYYY-MM-DD");
    const input: ExamInput = {
      name: v.name,
      heldOn,
      schoolYear: registry.schoolYearOf(heldOn),
      term: v.term,
      grade: v.grade,
      graduating: v.graduating,
      subjects: v.subjects.map((s) => {
        const items = fromItemRows(s.items ?? []);
        return {
          code: s.code,
          name: registry.subject.labels[s.code],
          fullMarks: s.fullMarks,
          ...(items.length > 0 ? { items } : {}),
        };
      }),
      config: {
        ...t,
        thresholds: { excellent: v.excellent / 100, good: v.good / 100, pass: v.pass / 100, low: v.low / 100 },
        denominator: v.denominator,
        levels: { ...t.levels, names: v.levelStyle === "chinese" ? core.chineseLevelNames : t.levels.names },
      },
      baselineExamId: v.baselineExamId ?? null,
    };
    try {
      const exam = await create.mutateAsync(input);
      message.success("考试已创建,可以下载模板导入成绩");
      onClose();
      form.resetFields();
      navigate(`/exams/${exam.id}?tab=import`);
    } catch (e) {
      if (e instanceof ApiError && e.fieldProblems.length > 0) message.error(e.fieldProblems[0]!.message);
      else message.error(e instanceof Error ? e.message : "创建失败");
    }
  };

  return (
    <Drawer
      title="新建考试"
      open={open}
      onClose={onClose}
      size={760}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            loading={create.isPending}
            onClick={() => form.submit()}
            data-testid="exam-create-submit"
          >
            创建
          </Button>
        </Space>
      }
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onFinishFailed={({ errorFields }) => openProblems(errorFields)}
        scrollToFirstError
        initialValues={{
          heldOn: dayjs(),
          term: 1,
          graduating: false,
          subjects: [
            { code: "chinese", fullMarks: 100 },
            { code: "math", fullMarks: 100 },
          ],
          excellent: 85,
          good: 70,
          pass: 60,
          low: 40,
          denominator: "enrolled",
          levelStyle: "letters",
        }}
      >
        {exams.length > 0 && (
          <Form.Item
            label="从已有考试复制设置"
            extra="同一次检测分年级建考试时,可复制上一年级的科目、小题结构、分数线与口径,再修改名称和年级。"
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              placeholder="不复制,从空白开始"
              data-testid="exam-copy-from"
              options={exams.map((e) => ({ value: e.id, label: `${e.name}(${e.gradeLabel},${e.heldOn})` }))}
              onChange={(id?: string) => {
                const source = exams.find((e) => e.id === id);
                if (source) form.setFieldsValue(settingsOf(source));
              }}
            />
          </Form.Item>
        )}
        <Form.Item name="name" label="考试名称" rules={[{ required: true, min: 2, message: "请填写考试名称" }]}>
          <Input placeholder="如:八年级上学期期末质量检测" maxLength={60} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="heldOn" label="考试日期" rules={[{ required: true, message: "请选择日期" }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="term" label="学期">
            <Radio.Group
              options={[
                { value: 1, label: "上学期" },
                { value: 2, label: "下学期" },
              ]}
            />
          </Form.Item>
          <Form.Item name="grade" label="年级" rules={[{ required: true, message: "请选择年级" }]}>
            <Select
              style={{ width: 120 }}
              options={Array.from({ length: 9 }, (_, i) => ({ value: i + 1, label: registry.gradeLabel(i + 1) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="graduating"
          valuePropName="checked"
          extra="毕业年级可向学校显示学生分数;非毕业年级只显示等级。"
        >
          <Checkbox>毕业年级</Checkbox>
        </Form.Item>
        <Divider titlePlacement="start">科目与满分</Divider>
        <Form.List name="subjects">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => {
                const value = subjects?.[f.name];
                const label = value?.code ? registry.subject.labels[value.code] : "该科目";
                const count = value?.items?.length ?? 0;
                return (
                  <Card key={f.key} size="small" style={{ marginBottom: 8 }} data-testid={`exam-subject-${i}`}>
                    <Space align="baseline" wrap>
                      <Form.Item
                        name={[f.name, "code"]}
                        rules={[{ required: true, message: "请选择科目" }]}
                        style={{ marginBottom: 0 }}
                      >
                        <Select
                          style={{ width: 140 }}
                          aria-label="科目"
                          options={SUBJECTS.map((c) => ({ value: c, label: registry.subject.labels[c] }))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, "fullMarks"]}
                        rules={[{ required: true, message: "请填写满分" }]}
                        style={{ marginBottom: 0 }}
                      >
                        <InputNumber min={1} max={300} suffix="分" aria-label="满分" />
                      </Form.Item>
                      <Button type="link" onClick={() => toggle(f.name)} data-testid={`exam-subject-${i}-items-toggle`}>
                        {opened.has(f.name) ? "收起小题" : count > 0 ? `小题结构(${count} 道)` : "设置小题结构"}
                      </Button>
                      <Button
                        type="link"
                        danger
                        onClick={() => {
                          remove(f.name);
                          setOpened(new Set());
                        }}
                      >
                        删除
                      </Button>
                    </Space>
                    <div style={{ display: opened.has(f.name) ? "block" : "none", marginTop: 12 }}>
                      <ItemListField
                        name={[f.name, "items"]}
                        path={["subjects", f.name, "items"]}
                        subjectName={label}
                        fullMarks={value?.fullMarks}
                        testId={`exam-subject-${i}-items`}
                      />
                    </div>
                  </Card>
                );
              })}
              <Button type="dashed" onClick={() => add({ code: undefined, fullMarks: 100, items: [] })} block>
                添加科目
              </Button>
            </>
          )}
        </Form.List>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          小题结构(题号、满分、客观/主观、知识点)用于试题分析,各小题满分之和须等于科目满分;考试发布前还可在「版本与发布」中修改。
        </Typography.Paragraph>
        <Divider titlePlacement="start">分数线(占满分 %)与计算口径</Divider>
        <Space wrap>
          {(
            [
              ["excellent", "优秀 ≥"],
              ["good", "良好 ≥"],
              ["pass", "及格 ≥"],
              ["low", "低分 <"],
            ] as const
          ).map(([k, label]) => (
            <Form.Item key={k} name={k} label={label}>
              <InputNumber min={1} max={100} addonAfter="%" style={{ width: 120 }} />
            </Form.Item>
          ))}
        </Space>
        <Form.Item name="denominator" label="比率分母">
          <Radio.Group
            options={[
              { value: "enrolled", label: "在籍人数(默认,缺考计入)" },
              { value: "sat", label: "实考人数" },
            ]}
          />
        </Form.Item>
        <Form.Item name="levelStyle" label="等级名称">
          <Radio.Group
            options={[
              { value: "letters", label: "A / B / C / D" },
              { value: "chinese", label: "优 / 良 / 中 / 差" },
            ]}
          />
        </Form.Item>
        <Form.Item name="baselineExamId" label="增值评价对比考试(同一批学生的前次考试)">
          <Select
            allowClear
            placeholder="不做增值评价"
            options={baselines.map((e) => ({ value: e.id, label: `${e.name}(${e.heldOn})` }))}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
