/** School status (办学状态): not in core's vocabulary yet, so labelled here; unknown codes show raw. */
export const schoolStatusLabels: Record<string, { label: string; color: string }> = {
  open: { label: "正常办学", color: "green" },
  merged: { label: "已合并", color: "orange" },
  closed: { label: "已撤销", color: "default" },
};
