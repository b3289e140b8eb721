import jpeg from "jpeg-js";
import { describe, expect, it } from "vitest";
import { solidPng, THUMBNAIL_SIZE, thumbnailOf } from "./thumbnail";

describe("thumbnailOf", () => {
  it("shrinks a PNG to a JPEG whose longer side is the thumbnail size, keeping the colours", () => {
    const png = solidPng(800, 400, [200, 0, 0], [0, 0, 200]);
    const thumb = thumbnailOf("image/png", png);
    expect(thumb).not.toBeNull();
    const decoded = jpeg.decode(thumb as Buffer, { useTArray: true });
    expect([decoded.width, decoded.height]).toEqual([THUMBNAIL_SIZE, THUMBNAIL_SIZE / 2]);
    const at = (x: number, y: number) => [
      ...decoded.data.subarray((y * decoded.width + x) * 4, (y * decoded.width + x) * 4 + 3),
    ];
    const [r1, , b1] = at(10, 10);
    const [r2, , b2] = at(10, decoded.height - 10);
    expect(r1).toBeGreaterThan(150);
    expect(b1).toBeLessThan(60);
    expect(b2).toBeGreaterThan(150);
    expect(r2).toBeLessThan(60);
  });

  it("shrinks a JPEG and leaves a small image at its size", () => {
    const small = jpeg.encode({ width: 100, height: 50, data: Buffer.alloc(100 * 50 * 4, 128) }, 90).data;
    const thumb = thumbnailOf("image/jpeg", Buffer.from(small));
    expect(jpeg.decode(thumb as Buffer).width).toBe(100);
    const big = jpeg.encode({ width: 1000, height: 1000, data: Buffer.alloc(1000 * 1000 * 4, 90) }, 80).data;
    expect(jpeg.decode(thumbnailOf("image/jpeg", Buffer.from(big)) as Buffer).width).toBe(THUMBNAIL_SIZE);
  });

  it("makes none for PDF and WebP, and none (without throwing) for a damaged image", () => {
    expect(thumbnailOf("application/pdf", Buffer.from("%PDF-1.4"))).toBeNull();
    expect(thumbnailOf("image/webp", Buffer.from("RIFF0000WEBPVP8 "))).toBeNull();
    const png = solidPng(64, 64, [1, 2, 3], [4, 5, 6]);
    expect(thumbnailOf("image/png", png.subarray(0, 60))).toBeNull();
    expect(thumbnailOf("image/jpeg", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).toBeNull();
  });
});
