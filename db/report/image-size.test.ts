import { describe, expect, it } from 'vitest';
import { solidPng } from './fixture-model.ts';
import { imageSize } from './image-size.ts';

/** The start of a JPEG: SOI, an APP0 segment, then a baseline SOF0 frame of the given size. */
function jpegHead(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof0, ...new Array(9).fill(0)]);
}

describe('imageSize', () => {
  it('reads PNG, JPEG and GIF sizes from their headers', () => {
    expect(imageSize(solidPng(120, 40, [0, 0, 0]))).toEqual({ width: 120, height: 40 });
    expect(imageSize(jpegHead(640, 480))).toEqual({ width: 640, height: 480 });
    expect(imageSize(Uint8Array.from([...Buffer.from('GIF89a'), 0x20, 0x01, 0x10, 0x00]))).toEqual({
      width: 288,
      height: 16,
    });
  });

  it('says null for anything else', () => {
    expect(imageSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(imageSize(new Uint8Array())).toBeNull();
  });
});
