// Reads Durable's stored text in tests: since schema 3 a value is packed,
// `{"r":…,"s":3,"n":…,"z":"…"}`: `z` carries `n` bytes of raw deflate, 15 bits in each character
// from U+0800 (src/storage/pack.rs). `storedData` gives back the JSON text of the data.
import { inflateRawSync } from "node:zlib";

const PACKED = /^\{"r":\d+,"s":\d+,"n":(\d+),"z":"(.*)"\}$/s;

/** The data of stored `text` as JSON text: a packed value unpacked, anything else as it is. */
export function storedData(text) {
  const packed = PACKED.exec(text ?? "");
  if (!packed) return text;
  const bytes = Number(packed[1]);
  const deflated = Buffer.alloc(bytes);
  let acc = 0;
  let held = 0;
  let at = 0;
  for (const char of packed[2]) {
    acc = (acc << 15) | (char.codePointAt(0) - 0x800);
    held += 15;
    while (held >= 8 && at < bytes) {
      held -= 8;
      deflated[at++] = (acc >>> held) & 0xff;
    }
    acc &= (1 << held) - 1;
  }
  return inflateRawSync(deflated).toString("utf8");
}
