/**
 * A name as shown by default on the retention registers (姓名脱敏): the first and last character kept, the middle
 * masked; a two-character name keeps its first character.
 *
 * @example maskName("张小明") // => "张*明"
 * @example maskName("李四") // => "李*"
 * @example maskName("欧阳小小明") // => "欧***明"
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.length === 1 ? "*" : "";
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
