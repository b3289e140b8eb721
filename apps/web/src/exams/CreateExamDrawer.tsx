import { exams as core, registry } from "@edubureau/core";
import {
  App,
  Button,
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
import { useNavigate } from "react-router";
import { ApiError } from "../app/api";
import type { Exam, ExamInput } from "./api";
import { useCreateExam } from "./hooks";

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
  subjects: { code: registry.Subject; fullMarks: number }[];
  excellent: number;
  good: number;
  pass: number;
  low: number;
  denominator: core.RateDenominator;
  levelStyle: "letters" | "chinese";
  baselineExamId?: string;
}

/** 新建考试: the definition of an exam; its roster is the grade's enrolled students. */
export function CreateExamDrawer({ open, onClose, exams }: { open: boolean; onClose: () => void; exams: Exam[] }) {
  const [form] = Form.useForm<FormValues>();
  const create = useCreateExam();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const grade = Form.useWatch("grade", form);
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
      subjects: v.subjects.map((s) => ({
        code: s.code,
        name: registry.subject.labels[s.code],
        fullMarks: s.fullMarks,
      })),
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
      size={560}
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
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, "code"]} rules={[{ required: true, message: "请选择科目" }]}>
                    <Select
                      style={{ width: 140 }}
                      options={SUBJECTS.map((c) => ({ value: c, label: registry.subject.labels[c] }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, "fullMarks"]} rules={[{ required: true, message: "请填写满分" }]}>
                    <InputNumber min={1} max={300} addonAfter="分" />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(f.name)}>
                    删除
                  </Button>
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ code: undefined, fullMarks: 100 })} block>
                添加科目
              </Button>
            </>
          )}
        </Form.List>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          小题结构(题号、分值、客观/主观、知识点)可通过接口在创建时提供,用于试题分析。
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
