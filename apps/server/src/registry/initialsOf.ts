import { registry } from "@edubureau/core";

/** Names seen by the writers of many people at once; given names repeat, so most look-ups are hits. */
const cache = new Map<string, string>();
const LIMIT = 200_000;

/**
 * A name's pinyin initials (core's `registry.nameInitials`), remembered: the pinyin look-up costs tens of
 * microseconds a name, the bulk of building a person row, while a county's names repeat (张伟, 王芳, …). For the
 * writers of many rows at once (the student import, the demo loader); the cache is emptied when it grows large.
 *
 * @example initialsOf("张三") // => "zs"
 */
export function initialsOf(name: string): string {
  let initials = cache.get(name);
  if (initials === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    initials = registry.nameInitials(name);
    cache.set(name, initials);
  }
  return initials;
}
