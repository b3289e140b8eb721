import { CheckCircleFilled, CloseCircleFilled, DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { admissions } from "@edubureau/core";
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Grid,
  Input,
  Layout,
  List,
  Result,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  theme,
  Upload,
} from "antd";
import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { admissionsApi, type PublicDraw } from "../admissions/api";
import { usePublicDraw, usePublicDraws } from "../admissions/hooks";
import { beijingTime } from "../admissions/labels";
import { SettledOverridesAlert } from "../admissions/SettledOverrides";

const mono = { fontFamily: "monospace", fontSize: 12, wordBreak: "break-all" } as const;

interface Files {
  inputText: string;
  resultText: string;
  /** "公示文件" or the names of files the visitor chose */
  source: string;
}

/**
 * 公示验证 (no login): pick or type an event code; the page shows what was published (input digest, witnesses'
 * numbers, seed, algorithm version, result digest), downloads the published files and recomputes the result in the
 * browser with the same open algorithm, then says 一致 or 不一致 check by check. Visitors may also verify files of
 * their own (for example ones they kept from the day of publication).
 */
export default function VerifyPage() {
  const [params, setParams] = useSearchParams();
  const code = (params.get("code") ?? "").trim().toUpperCase();
  const list = usePublicDraws();
  const draw = usePublicDraw(code);
  const { token } = theme.useToken();
  const phone = Grid.useBreakpoint().md === false;

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header
        style={{
          display: "flex",
          alignItems: "center",
          background: token.colorPrimary,
          paddingInline: phone ? 12 : undefined,
        }}
      >
        <Typography.Title level={1} style={{ color: "#fff", margin: 0, fontSize: token.fontSizeHeading4 }}>
          教育局招生入学 · 公示验证
        </Typography.Title>
      </Layout.Header>
      <Layout.Content style={{ padding: phone ? 12 : 24, maxWidth: 1100, width: "100%", margin: "0 auto" }}>
        <Space direction="vertical" size="middle" style={{ width: "100%" }}>
          <Typography.Paragraph style={{ margin: 0 }}>
            阳光分班、摇号和指标到校的结果在公示后不能更改。本页无需登录:输入活动编号,即可查看公示内容,并在您的浏览器中按公开的算法重新计算,核对结果是否一致。
          </Typography.Paragraph>
          <Input.Search
            aria-label="活动编号"
            placeholder="活动编号,如 YG-2026-0001"
            enterButton="查询"
            defaultValue={code}
            key={code}
            allowClear
            style={{ maxWidth: 420 }}
            data-testid="verify-code"
            onSearch={(v) => setParams(v.trim() ? { code: v.trim().toUpperCase() } : {})}
          />
          {code && draw.isLoading && <Spin />}
          {code && draw.error && (
            <Alert
              type="error"
              showIcon
              message="未找到该公示活动"
              description="请核对活动编号;尚未公示的活动不会出现在这里。"
            />
          )}
          {draw.data && <DrawView draw={draw.data} />}
          <Card size="small" title="公示活动">
            <List
              loading={list.isLoading}
              dataSource={list.data?.rows ?? []}
              locale={{ emptyText: "暂无公示活动" }}
              renderItem={(r) => (
                <List.Item
                  actions={[
                    <Button key="v" type="link" onClick={() => setParams({ code: r.code })}>
                      查看并验证
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={r.title}
                    description={
                      <Space size={4} wrap>
                        <Typography.Text style={mono}>{r.code}</Typography.Text>
                        <Tag>{admissions.drawKindLabels[r.kind]}</Tag>
                        {r.status === "published" ? (
                          <span>公示于 {beijingTime(r.publishedAt)}</span>
                        ) : (
                          <Tag color="blue">名单已冻结,{beijingTime(r.eventTime)} 抽签</Tag>
                        )}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title="公开可验证抽签规则" data-testid="verify-rules">
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              每一次阳光分班、摇号录取和指标到校都按同一套公开规则进行,任何人都可以用公示的文件重新计算并核对结果:
            </Typography.Paragraph>
            <ol style={{ margin: 0, paddingInlineStart: 20 }}>
              <li>抽签前冻结名单:名单按统一格式写成文件并公示,同时公示它的 SHA-256 摘要,之后名单不能再改。</li>
              <li>抽签现场由见证人各自录入一个随机数,当场公示。</li>
              <li>以名单摘要和全部见证人随机数共同计算出随机种子,任何一方都无法事先控制结果。</li>
              <li>由种子驱动的随机数发生器(SHA-256 计数器模式)完成每一次抽取;同样的名单和种子总得到同样的结果。</li>
              <li>结果文件连同其摘要一并公示;本页在您的浏览器中按上述规则重新计算,显示“一致”或“不一致”。</li>
            </ol>
          </Card>
        </Space>
      </Layout.Content>
    </Layout>
  );
}

function DrawView({ draw }: { draw: PublicDraw }) {
  const [files, setFiles] = useState<Files | null>(null);
  const phone = Grid.useBreakpoint().md === false;
  const [loadError, setLoadError] = useState<string | null>(null);
  const [own, setOwn] = useState<{ input?: { name: string; text: string }; result?: { name: string; text: string } }>(
    {},
  );

  useEffect(() => {
    let cancelled = false;
    setFiles(null);
    if (draw.status !== "published") return;
    setLoadError(null);
    setOwn({});
    Promise.all([admissionsApi.publicFile(draw.code, "input"), admissionsApi.publicFile(draw.code, "result")])
      .then(([inputText, resultText]) => {
        if (!cancelled) setFiles({ inputText, resultText, source: "公示文件" });
      })
      .catch((e: Error) => !cancelled && setLoadError(e.message));
    return () => {
      cancelled = true;
    };
  }, [draw.code, draw.status]);

  const checked =
    own.input || own.result
      ? files && {
          inputText: own.input?.text ?? files.inputText,
          resultText: own.result?.text ?? files.resultText,
          source: [own.input?.name, own.result?.name].filter(Boolean).join("、"),
        }
      : files;

  const verification = useMemo(() => {
    if (!checked) return null;
    return admissions.verifyDraw({
      inputText: checked.inputText,
      inputDigest: draw.inputDigest,
      contributions: draw.contributions.map((c) => c.value),
      seed: draw.seed,
      resultText: checked.resultText,
      resultDigest: draw.resultDigest ?? "",
    });
  }, [checked, draw]);

  const chooseFile = (which: "input" | "result") => (file: File) => {
    file.text().then((text) => setOwn((o) => ({ ...o, [which]: { name: file.name, text } })));
    return false;
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card
        size="small"
        title={draw.title}
        extra={draw.status === "published" ? <Tag color="green">已公示</Tag> : <Tag color="blue">名单已冻结</Tag>}
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label="活动编号">{draw.code}</Descriptions.Item>
          <Descriptions.Item label="类型">{draw.kindLabel}</Descriptions.Item>
          {draw.schoolName && <Descriptions.Item label="学校">{draw.schoolName}</Descriptions.Item>}
          <Descriptions.Item label="名单人数">{draw.entries}</Descriptions.Item>
          <Descriptions.Item label="算法与版本">
            {draw.algorithm} 第 {draw.algorithmVersion} 版
          </Descriptions.Item>
          <Descriptions.Item label="活动时间">{beijingTime(draw.eventTime)}</Descriptions.Item>
          <Descriptions.Item label="名单冻结">{beijingTime(draw.frozenAt)}</Descriptions.Item>
          <Descriptions.Item label="公示时间">{beijingTime(draw.publishedAt)}</Descriptions.Item>
          <Descriptions.Item label="输入名单摘要" span={2}>
            <Typography.Text style={mono} data-testid="public-input-digest">
              {draw.inputDigest}
            </Typography.Text>
          </Descriptions.Item>
          {draw.seed && (
            <Descriptions.Item label="见证人随机数" span={2}>
              <Space wrap>
                {draw.contributions.map((c, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the published order never changes, and values may repeat
                  <Tag key={i}>
                    {i + 1}. {c.role}:<span style={mono}>{c.value}</span>
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
          )}
          {draw.seed && (
            <Descriptions.Item label="随机种子" span={2}>
              <Typography.Text style={mono}>{draw.seed}</Typography.Text>
            </Descriptions.Item>
          )}
          {draw.resultDigest && (
            <Descriptions.Item label="结果摘要" span={2}>
              <Typography.Text style={mono}>{draw.resultDigest}</Typography.Text>
            </Descriptions.Item>
          )}
          {draw.rerunOfCode && (
            <Descriptions.Item label="重新抽签" span={2}>
              本活动重新抽取 {draw.rerunOfCode},原因:{draw.rerunReason}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Space style={{ marginTop: 12 }} wrap>
          <Button icon={<DownloadOutlined />} href={`/api/public/draws/${draw.code}/files/input`}>
            下载输入文件
          </Button>
          {draw.status === "published" && (
            <Button icon={<DownloadOutlined />} href={`/api/public/draws/${draw.code}/files/result`}>
              下载结果文件
            </Button>
          )}
        </Space>
      </Card>
      {draw.settledOverrides.length > 0 && <SettledOverridesAlert overrides={draw.settledOverrides} />}
      {draw.status !== "published" && (
        <Alert
          type="info"
          showIcon
          message="名单已冻结,尚未公示结果"
          description="现在公布的是抽签前冻结的名单及其摘要,抽签时名单不能再改。抽签结果公示后,可在本页重新计算并核对。"
        />
      )}

      {draw.status === "published" && (
        <Card size="small" title="在浏览器中验证">
          {loadError && <Alert type="error" showIcon message={loadError} />}
          {!verification && !loadError && <Spin />}
          {verification && checked && (
            <Space direction="vertical" style={{ width: "100%" }}>
              <Result
                style={{ padding: 12 }}
                status={verification.match ? "success" : "error"}
                icon={verification.match ? <CheckCircleFilled /> : <CloseCircleFilled />}
                title={<span data-testid="verify-verdict">{verification.match ? "一致" : "不一致"}</span>}
                subTitle={
                  verification.match
                    ? `用${checked.source}重新计算,结果与公示完全一致。`
                    : `用${checked.source}重新计算,与公示内容不一致,请看下面哪一项未通过。`
                }
              />
              <Table
                size="small"
                rowKey="check"
                pagination={false}
                dataSource={verification.checks}
                data-testid="verify-checks"
                columns={[
                  // on a phone the explanation (digests) gets the room
                  { title: "核对项", dataIndex: "label", width: phone ? 88 : 140 },
                  {
                    title: "结果",
                    dataIndex: "ok",
                    width: phone ? 64 : 90,
                    render: (ok: boolean) => (ok ? <Tag color="green">一致</Tag> : <Tag color="red">不一致</Tag>),
                  },
                  { title: "说明", dataIndex: "detail", render: (d: string) => <span style={mono}>{d}</span> },
                ]}
              />
              <Space wrap>
                <Upload accept=".json" showUploadList={false} beforeUpload={chooseFile("input")}>
                  <Button icon={<UploadOutlined />} data-testid="own-input">
                    用自己保存的输入文件验证
                  </Button>
                </Upload>
                <Upload accept=".json" showUploadList={false} beforeUpload={chooseFile("result")}>
                  <Button icon={<UploadOutlined />}>用自己保存的结果文件验证</Button>
                </Upload>
                {(own.input || own.result) && <Button onClick={() => setOwn({})}>恢复为公示文件</Button>}
              </Space>
              {draw.kind === "class_allocation" && files && <FindMyClass resultText={files.resultText} />}
            </Space>
          )}
        </Card>
      )}
    </Space>
  );
}

/** A family types the code the school gave them and sees the class. */
function FindMyClass({ resultText }: { resultText: string }) {
  const [code, setCode] = useState("");
  const result = useMemo(() => {
    try {
      return JSON.parse(resultText) as admissions.AllocationResult;
    } catch {
      return null;
    }
  }, [resultText]);
  const found = result?.classes.find((c) => c.students.includes(code.trim().toUpperCase()));
  return (
    <Space wrap>
      <Input
        aria-label="学生编号"
        placeholder="学校告知的学生编号,如 S0012"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        style={{ width: 260 }}
      />
      {code.trim() && (
        <Typography.Text strong>
          {found ? `编号 ${code.trim().toUpperCase()} 分在第 ${found.number} 班` : "未找到该编号"}
        </Typography.Text>
      )}
    </Space>
  );
}
