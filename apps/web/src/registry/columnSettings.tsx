import { SettingOutlined } from "@ant-design/icons";
import { Button, Checkbox, Divider, Popover, Space, Typography } from "antd";
import type { ColumnsType, ColumnType } from "antd/es/table";
import { useState } from "react";
import { useMe } from "../app/auth";

type Column<T> = ColumnsType<T>[number];

/** A column's stable key: its `key`, else its `dataIndex`. */
const keyOf = <T,>(c: Column<T>) => String(c.key ?? (c as ColumnType<T>).dataIndex ?? "");
const titleOf = <T,>(c: Column<T>) => (typeof c.title === "string" ? c.title : keyOf(c));

/** The browser's storage, or null where there is none (or it refuses, as in some private windows). */
function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

function readHidden(key: string, fallback: readonly string[]): string[] {
  try {
    const raw = storage()?.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) && parsed.every((x) => typeof x === "string") ? parsed : [...fallback];
  } catch {
    return [...fallback];
  }
}

/**
 * 列设置: which columns of a list a user sees, chosen in a popover and kept per user and per list in the browser
 * (localStorage). Fixed columns and the `required` ones (the name a row is known by) always show.
 *
 * @param tableKey - the list, e.g. "students"
 * @param options.defaultHidden - keys of columns shown only when the user asks for them
 * @param options.required - keys of columns that cannot be hidden
 * @returns the visible columns and the 列设置 button to put beside the list's filters
 * @example const { columns, chooser } = useColumnSettings("staff", staffColumns, { defaultHidden: ["hireDate"] })
 */
export function useColumnSettings<T>(
  tableKey: string,
  columns: ColumnsType<T>,
  options: { defaultHidden?: readonly string[]; required?: readonly string[] } = {},
) {
  const defaultHidden = options.defaultHidden ?? [];
  const locked = (c: Column<T>) => Boolean(c.fixed) || (options.required ?? []).includes(keyOf(c));
  const me = useMe();
  const storageKey = `edubureau:columns:${me.user.id}:${tableKey}`;
  const [hidden, setHiddenState] = useState<string[]>(() => readHidden(storageKey, defaultHidden));
  const setHidden = (next: string[]) => {
    setHiddenState(next);
    try {
      storage()?.setItem(storageKey, JSON.stringify(next));
    } catch {
      // storage full or refused: the choice still holds for this visit
    }
  };
  const visible = columns.filter((c) => locked(c) || !hidden.includes(keyOf(c)));
  const content = (
    <div style={{ width: 200 }} data-testid={`column-settings-${tableKey}`}>
      <Space orientation="vertical" size={4}>
        {columns.map((c) => {
          const key = keyOf(c);
          return (
            <Checkbox
              key={key}
              checked={locked(c) || !hidden.includes(key)}
              disabled={locked(c)}
              onChange={(e) => setHidden(e.target.checked ? hidden.filter((h) => h !== key) : [...hidden, key])}
            >
              {titleOf(c)}
            </Checkbox>
          );
        })}
      </Space>
      <Divider style={{ margin: "8px 0" }} />
      <Space>
        <Button size="small" type="link" onClick={() => setHidden([])}>
          全部显示
        </Button>
        <Button size="small" type="link" onClick={() => setHidden([...defaultHidden])}>
          恢复默认
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
        设置保存在本机浏览器,下次打开仍然有效。
      </Typography.Paragraph>
    </div>
  );
  const chooser = (
    <Popover trigger="click" placement="bottomRight" title="选择显示的列" content={content}>
      <Button icon={<SettingOutlined />} data-testid={`column-settings-button-${tableKey}`}>
        列设置
      </Button>
    </Popover>
  );
  return { columns: visible, chooser };
}
