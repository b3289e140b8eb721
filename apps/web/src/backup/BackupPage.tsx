import { CloudDownloadOutlined, DeleteOutlined, InboxOutlined, RollbackOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Progress,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { ApiError } from "../app/api";
import { formatDateTime } from "../components/format";
import {
  type BackupFile,
  backupApi,
  MAX_BACKUP_UPLOAD_BYTES,
  MIN_PASSPHRASE_LENGTH,
  RESTORE_CONFIRMATION,
} from "./api";
import { useBackups, useDeleteBackup, useMakeBackup, useRestoreBackup, useUploadBackup } from "./hooks";

/** A size in bytes as people read it: 1.2 MB. */
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** Hands a backup to the browser's own download (streamed from the server, not held in the page). */
function startDownload(name: string) {
  const link = document.createElement("a");
  link.href = backupApi.downloadUrl(name);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : "操作失败,请稍后再试");

/** 制作备份: the passphrase is typed twice, sent once, and never kept by the page or the server. */
function MakeBackupCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ passphrase: string; again: string }>();
  const make = useMakeBackup();
  const submit = async ({ passphrase }: { passphrase: string }) => {
    try {
      const file = await make.mutateAsync(passphrase);
      form.resetFields();
      message.success(`备份完成:${file.name}(${formatSize(file.size)}),开始下载`);
      startDownload(file.name);
    } catch (e) {
      if (e instanceof ApiError && e.fieldProblems.length > 0) {
        form.setFields(e.fieldProblems.map((p) => ({ name: p.field as "passphrase", errors: [p.message] })));
      } else message.error(errorText(e));
    }
  };
  return (
    <Card title="制作备份" data-testid="backup-make">
      <Typography.Paragraph type="secondary">
        {
          "备份整个数据库(账号、学籍、成绩、台账、审计日志等),连同加密身份证号所用的密钥。密钥用下面设置的备份口令加密:恢复时需要输入同一口令。口令不会保存在系统中,请另行妥善保管;遗失口令的备份无法恢复。"
        }
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 420 }} autoComplete="off">
        <Form.Item
          name="passphrase"
          label="备份口令"
          rules={[
            { required: true, message: "请设置备份口令" },
            { min: MIN_PASSPHRASE_LENGTH, message: `备份口令至少 ${MIN_PASSPHRASE_LENGTH} 个字符` },
          ]}
        >
          <Input.Password autoComplete="new-password" placeholder={`至少 ${MIN_PASSPHRASE_LENGTH} 个字符`} />
        </Form.Item>
        <Form.Item
          name="again"
          label="再次输入备份口令"
          dependencies={["passphrase"]}
          rules={[
            { required: true, message: "请再次输入备份口令" },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue("passphrase")
                  ? Promise.resolve()
                  : Promise.reject(new Error("两次输入的备份口令不一致")),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<CloudDownloadOutlined />} loading={make.isPending}>
          制作并下载备份
        </Button>
      </Form>
    </Card>
  );
}

/** 上传备份: the file goes to the server's backups folder, then the restore dialog opens for it. */
function UploadCard({ onUploaded }: { onUploaded: (file: BackupFile) => void }) {
  const { message } = App.useApp();
  const upload = useUploadBackup();
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <Card title="从备份文件恢复" data-testid="backup-upload">
      <Upload.Dragger
        accept=".gz,application/gzip"
        multiple={false}
        maxCount={1}
        showUploadList={false}
        disabled={percent !== null}
        beforeUpload={(file) => {
          if (!file.name.endsWith(".gz")) {
            message.error("请选择由本平台制作的备份文件(.jsonl.gz)");
            return Upload.LIST_IGNORE;
          }
          if (file.size > MAX_BACKUP_UPLOAD_BYTES) {
            message.error("备份文件过大(上限 2 GB):请在服务器上用命令行 restore 恢复");
            return Upload.LIST_IGNORE;
          }
          return true;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          setError(null);
          setPercent(0);
          upload
            .mutateAsync({ file: file as File, onProgress: setPercent })
            .then((result) => {
              setPercent(null);
              onSuccess?.(result);
              onUploaded(result);
            })
            .catch((e: unknown) => {
              setPercent(null);
              setError(errorText(e));
              onError?.(e instanceof Error ? e : new Error(errorText(e)));
            });
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击或将备份文件(.jsonl.gz)拖到此处上传</p>
        <p className="ant-upload-hint">最大 2 GB;上传后需输入备份口令和确认文字才会恢复,上传本身不改动任何数据</p>
      </Upload.Dragger>
      {percent !== null && <Progress percent={percent} status="active" style={{ marginTop: 12 }} />}
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Card>
  );
}

/** The restore dialog: the passphrase and the typed confirmation, because every record is replaced. */
function RestoreModal({ file, onClose }: { file: BackupFile | null; onClose: () => void }) {
  const { modal } = App.useApp();
  const [form] = Form.useForm<{ passphrase: string; confirmation: string }>();
  const restore = useRestoreBackup();
  const confirmation = Form.useWatch("confirmation", form);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!file) return;
    const values = await form.validateFields();
    setError(null);
    try {
      const outcome = await restore.mutateAsync({ name: file.name, ...values });
      close();
      modal.success({
        title: "恢复完成",
        content: `已恢复 ${formatDateTime(outcome.backupCreatedAt)} 的备份。${
          outcome.keyReplaced ? "数据文件夹中的密钥已换成备份中的密钥(原密钥已保留)。" : ""
        }请重新登录。`,
        okText: "重新登录",
        onOk: () => window.location.assign("/login"),
      });
    } catch (e) {
      if (e instanceof ApiError && e.fieldProblems.length > 0) {
        form.setFields(
          e.fieldProblems.map((p) => ({ name: p.field as "passphrase" | "confirmation", errors: [p.message] })),
        );
      } else setError(errorText(e));
    }
  };
  return (
    <Modal
      open={file !== null}
      title="从备份恢复"
      okText="恢复"
      okButtonProps={{ danger: true, disabled: confirmation?.trim() !== RESTORE_CONFIRMATION }}
      confirmLoading={restore.isPending}
      onOk={submit}
      onCancel={close}
      maskClosable={false}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        message="恢复会用这份备份替换系统中的全部数据"
        description="现有的账号、学籍、成绩、台账、审计日志等都将被备份中的内容取代,无法撤销。建议先制作一份当前数据的备份。恢复期间请勿操作,完成后所有用户需要重新登录。"
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph>
        备份文件:<Typography.Text code>{file?.name}</Typography.Text>
      </Typography.Paragraph>
      <Form form={form} layout="vertical" autoComplete="off">
        <Form.Item
          name="passphrase"
          label="备份口令"
          rules={[{ required: true, message: "请输入制作备份时设置的口令" }]}
        >
          <Input.Password autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="confirmation"
          label={
            <span>
              请输入“<Typography.Text strong>{RESTORE_CONFIRMATION}</Typography.Text>”以确认
            </span>
          }
          rules={[{ required: true, message: "请输入确认文字" }]}
        >
          <Input placeholder={RESTORE_CONFIRMATION} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  );
}

/** 数据备份 (system administrator): make and download backups, restore an uploaded or earlier one. */
export default function BackupPage() {
  const { message } = App.useApp();
  const backups = useBackups();
  const remove = useDeleteBackup();
  const [restoring, setRestoring] = useState<BackupFile | null>(null);

  const columns: ColumnsType<BackupFile> = [
    { title: "文件名", dataIndex: "name", ellipsis: true },
    {
      title: "来源",
      dataIndex: "kind",
      width: 100,
      render: (kind: BackupFile["kind"]) => (kind === "backup" ? <Tag color="blue">本页制作</Tag> : <Tag>上传</Tag>),
    },
    { title: "大小", dataIndex: "size", width: 110, align: "right", render: formatSize },
    { title: "时间", dataIndex: "createdAt", width: 180, render: formatDateTime },
    {
      title: "操作",
      key: "actions",
      width: 220,
      render: (_, file) => (
        <Space size="small">
          <Button size="small" icon={<CloudDownloadOutlined />} onClick={() => startDownload(file.name)}>
            下载
          </Button>
          <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setRestoring(file)}>
            恢复
          </Button>
          <Popconfirm
            title="删除这份备份文件?"
            description="删除后无法找回"
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={async () => {
              try {
                await remove.mutateAsync(file.name);
                message.success(`已删除 ${file.name}`);
              } catch (e) {
                message.error(errorText(e));
              }
            }}
          >
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="删除" />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="backup-page">
      <Typography.Title level={1} style={{ margin: 0 }}>
        数据备份
      </Typography.Title>
      <div style={{ display: "grid", gap: 16, gridTemplateColumns: "repeat(auto-fit, minmax(min(320px, 100%), 1fr))" }}>
        <MakeBackupCard />
        <UploadCard onUploaded={setRestoring} />
      </div>
      <Card title="备份文件" data-testid="backup-list">
        <Typography.Paragraph type="secondary">
          本页制作和上传的备份保存在服务器数据文件夹的 backups
          目录中。定期把备份下载到其他存储介质,服务器损坏时才能恢复。
        </Typography.Paragraph>
        {backups.error && <Alert type="error" showIcon message={errorText(backups.error)} />}
        <Table
          rowKey="name"
          size="middle"
          columns={columns}
          dataSource={backups.data?.rows ?? []}
          loading={backups.isLoading}
          pagination={false}
          scroll={{ x: 720 }}
          locale={{ emptyText: "还没有备份文件" }}
        />
      </Card>
      <RestoreModal file={restoring} onClose={() => setRestoring(null)} />
    </Space>
  );
}
