// Writes a Brotli (.br) and a gzip (.gz) copy of every text file in dist/ at the highest level, once, at
// build time. The API sends them as they are to browsers that accept them (DashboardHosting.cs), which is
// cheaper than compressing each response and smaller than any level fast enough for a request.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TEXT = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
const dist = new URL('../dist/', import.meta.url).pathname;
let files = 0, before = 0, after = 0;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) { walk(path); continue; }
    if (!TEXT.test(name)) continue;
    const data = readFileSync(path);
    const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
    writeFileSync(path + '.br', br);
    writeFileSync(path + '.gz', gzipSync(data, { level: 9 }));
    files++; before += data.length; after += br.length;
  }
}

walk(dist);
console.log(`compressed ${files} files: ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB (Brotli)`);
