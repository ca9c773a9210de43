// Prints the version information a Windows program carries (what Explorer shows in the file's
// Properties → Details: CompanyName, LegalCopyright, ProductName…), one `Key=Value` line each,
// for tests/windows/wine-test. Reads the VS_VERSIONINFO resource from the file's bytes.
//
//   node tests/windows/version-info.mjs FILE.exe
//
// Exit 1 when the file has no version information.
import { readFileSync } from "node:fs";

const bytes = readFileSync(process.argv[2]);
const align4 = (n) => (n + 3) & ~3;

// One block: wLength, wValueLength, wType, a NUL-terminated UTF-16 key, padding, the value,
// padding, then child blocks up to wLength. Resource data sits at 4-byte aligned offsets.
function block(at) {
  const length = bytes.readUInt16LE(at);
  const valueLength = bytes.readUInt16LE(at + 2);
  const isText = bytes.readUInt16LE(at + 4) === 1;
  let p = at + 6;
  let key = "";
  for (let c; (c = bytes.readUInt16LE(p)) !== 0; p += 2) key += String.fromCharCode(c);
  p = align4(p + 2);
  const end = at + length;
  return { key, length, valueLength, isText, valueAt: p, end };
}

// Every String (key = value) under StringFileInfo's tables.
function strings(root) {
  const out = [];
  const children = (b, from) => {
    const list = [];
    for (let p = from; p < b.end; ) {
      const c = block(p);
      if (c.length === 0) break;
      list.push(c);
      p = align4(p + c.length);
    }
    return list;
  };
  const fixedEnd = align4(root.valueAt + root.valueLength);
  for (const info of children(root, fixedEnd)) {
    if (info.key !== "StringFileInfo") continue;
    for (const table of children(info, info.valueAt)) {
      for (const s of children(table, table.valueAt)) {
        // The value runs to the block's end; some compilers count wValueLength in bytes, some in
        // characters, so it is not trusted. Trailing NULs are padding.
        const value = bytes.toString("utf16le", s.valueAt, s.end).replace(/\0+$/, "");
        out.push([s.key, value]);
      }
    }
  }
  return out;
}

const marker = Buffer.from("VS_VERSION_INFO\0", "utf16le");
const at = bytes.indexOf(marker);
if (at < 6) {
  console.error(`${process.argv[2]}: no version information`);
  process.exit(1);
}
for (const [key, value] of strings(block(at - 6))) console.log(`${key}=${value}`);
