import { describe, expect, it } from "vitest";
import { fromHex, sha256, toHex, utf8 } from "./sha256";

const hex = (s: string) => toHex(sha256(utf8(s)));

describe("sha256", () => {
  it("matches the NIST FIPS 180-4 example vectors", () => {
    expect(hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(
      hex(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      ),
    ).toBe("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
  });
  it("hashes one million 'a' (the long NIST vector)", () => {
    expect(toHex(sha256(new Uint8Array(1_000_000).fill(0x61)))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });
  it.each([
    [55, "0c74b286e2c8b409ed0fd89f5a8344aeb274bda5d9bfbe7b8e537cfc6142736d"],
    [56, "8136496fb4867a08f8c0f1afaf000ef4093ecc2d544f4f808ef9d5945ca4c2fa"],
    [63, "a7c6fa71b10f6f7bd8ce26f79db5693d265b2cde42e61955077e77c8764bc26f"],
    [64, "3ea97ec766b8247739939247b4d4cb362cf13c100deb0cc2ba5391f762023852"],
    [65, "7fc8e770811fb1035a2279b782a7b04024fe6a2229e9bb11a99686d3ca65f4a7"],
    [119, "6cf3e40eee6bd154b923dbbe0b421de7934af82282113dd285bb895e4bb3f8f7"],
    [120, "696e486e83239a511feef5f0b438da322fa51490489668162c6ed9a9c6ad8055"],
    [127, "2bcc276222962a8489f66518df75ceb051de1e5fcf9cec388ced69ef82dcbe12"],
    [128, "3b35116c160c0ffdaf1287960af39caf2760811b02a36e3bd5294bdd61eea9a9"],
  ])("pads a %i-byte message correctly (vectors from OpenSSL)", (n, expected) => {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 255);
    expect(toHex(sha256(bytes))).toBe(expected);
  });
});

describe("utf8", () => {
  it("encodes Chinese, ASCII and characters beyond the BMP like TextEncoder", () => {
    expect([...utf8("阳光")]).toEqual([0xe9, 0x98, 0xb3, 0xe5, 0x85, 0x89]);
    expect([...utf8("aé")]).toEqual([0x61, 0xc3, 0xa9]);
    expect([...utf8("𠀀")]).toEqual([0xf0, 0xa0, 0x80, 0x80]);
  });
  it("replaces a lone surrogate", () => {
    expect([...utf8("\ud800")]).toEqual([0xef, 0xbf, 0xbd]);
  });
});

describe("hex", () => {
  it("round-trips and refuses what is not hex", () => {
    expect(toHex(fromHex("00ffA0") ?? new Uint8Array())).toBe("00ffa0");
    expect(fromHex("abc")).toBeNull();
    expect(fromHex("zz")).toBeNull();
  });
});
