// Draws the toolbar icon (a calendar page with a rising bar) as PNGs without any image tool.
// Run once: `node scripts/make-icons.mjs`; the output is committed under public/icon/.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const u = x / size,
        v = y / size;
      let rgba = [0, 0, 0, 0];
      const inPage = u > 0.08 && u < 0.92 && v > 0.12 && v < 0.92;
      if (inPage) rgba = [255, 255, 255, 255];
      if (inPage && v < 0.3) rgba = [31, 78, 121, 255]; // header band
      if (inPage && (u < 0.13 || u > 0.87 || v > 0.87)) rgba = [31, 78, 121, 255]; // border
      const bar = (x0, x1, top) => u > x0 && u < x1 && v > top && v < 0.8;
      if (bar(0.22, 0.36, 0.62) || bar(0.43, 0.57, 0.5)) rgba = [120, 144, 156, 255];
      if (bar(0.64, 0.78, 0.38)) rgba = [46, 125, 50, 255];
      row.push(...rgba);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
