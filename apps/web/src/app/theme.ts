import type { ThemeConfig } from "antd";

/** System fonts first, then the CJK fonts Linux desktops (and the headless test browser) have. */
const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Helvetica Neue", Arial, sans-serif';

/**
 * Grey text for descriptions, hints, table footnotes and placeholders: 57% black is 5.1:1 on white and 5.0:1 on the
 * layout's #f5f5f5 (antd's 45% is 3.4:1, its placeholders' 25% 1.8:1; WCAG AA asks 4.5:1 for text).
 */
const greyText = "rgba(0, 0, 0, 0.57)";

/**
 * The platform's antd theme. Every colour that carries text meets WCAG 2.1 AA (4.5:1) on white and on the layout
 * background, so a page built from antd's components passes the contrast check without colours of its own:
 * - the primary blue #0958d9 (antd's blue-7): white on a primary button or the selected menu item 6.2:1, links 6.2:1
 *   (antd's #1677ff is 4.1:1); links and info alerts take it too;
 * - grey text, placeholders included, at 57% black;
 * - the text of the status colours (Typography type="danger" and the like, danger buttons) one step darker;
 * - tags: the text of the preset colours (green, gold, orange…) and of the status tags (success, warning) darkened
 *   until it reads 4.5:1 on the tag's pale background.
 * The page title is an h1 (PageTitle) at the size antd gives an h3, the page's sections h2 and below.
 */
export const appTheme: ThemeConfig = {
  token: {
    fontFamily,
    colorPrimary: "#0958d9",
    colorInfo: "#0958d9",
    colorError: "#cf1322",
    colorErrorText: "#cf1322",
    colorSuccessText: "#237804",
    colorWarningText: "#ad4e00",
    colorTextTertiary: greyText,
    colorTextDescription: greyText,
    colorTextPlaceholder: greyText,
    fontSizeHeading1: 24,
    lineHeightHeading1: 1.3333333333333333,
  },
  components: {
    // the empty table's 暂无数据 is grey text, not a disabled control
    Table: { colorTextDisabled: greyText },
    Tag: {
      colorSuccess: "#237804",
      colorWarning: "#ad4e00",
      cyan7: "#006d75",
      green7: "#237804",
      orange7: "#ad4e00",
      volcano7: "#ad2102",
      gold7: "#874d00",
      yellow7: "#876800",
      lime7: "#3f6600",
    },
  },
};
