import { registry } from "@edubureau/core";
import { Tag } from "antd";
import { classSizeTagColors } from "../labels";

/** The size category of a class as a coloured tag: 正常 green, 偏大 gold, 大班额 orange, 超大班额 red. */
export function ClassSizeTag({ category }: { category: registry.ClassSizeCategory }) {
  return (
    <Tag color={classSizeTagColors[category]} data-category={category} style={{ marginInlineEnd: 0 }}>
      {registry.classSizeCategoryLabel[category] ?? category}
    </Tag>
  );
}
