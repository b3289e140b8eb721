import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";

/** CJK fonts of the usual Debian and Ubuntu packages; charts need one for their Chinese labels. */
const CJK_FONTS = [
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
];
const FONT_FAMILY = "Noto Sans CJK SC";

/**
 * Renders an ECharts option to a PNG on the server (for Word reports): ECharts' server-side SVG renderer, then resvg.
 * Chinese labels need a CJK font on the machine (fonts-noto-cjk); without one the chart still renders, with the
 * labels missing.
 *
 * @example const png = renderChartPng({ xAxis: …, yAxis: …, series: … }, 640, 360);
 */
export function renderChartPng(option: echarts.EChartsCoreOption, width: number, height: number): Buffer {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_FAMILY }, backgroundColor: "#fff", ...option });
    const svg = chart.renderToSVGString();
    const resvg = new Resvg(svg, {
      fitTo: { mode: "width", value: width * 2 },
      font: {
        fontFiles: CJK_FONTS.filter((f) => existsSync(f)),
        loadSystemFonts: false,
        defaultFontFamily: FONT_FAMILY,
        sansSerifFamily: FONT_FAMILY,
      },
    });
    return resvg.render().asPng();
  } finally {
    chart.dispose();
  }
}
