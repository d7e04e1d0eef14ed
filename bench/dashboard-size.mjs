// Prints what the sign-in page makes the browser download: the scripts and styles that client/dist/index.html
// loads (its module script, modulepreload links and stylesheets) and everything they import statically,
// raw and compressed (Brotli and gzip, the copies the build writes). Lazy route chunks are listed apart.
// Run after building the dashboard (dotnet build api):   node bench/dashboard-size.mjs
// With the URL of a running API it also runs Lighthouse (mobile, simulated slow 4G) on the sign-in page and
// prints the performance score; `npx` fetches the lighthouse package from npm the first time:
//   node bench/dashboard-size.mjs http://localhost:5080/masuk        (CHROME_PATH defaults to /usr/bin/chromium)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../client/dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'index.html'))) { console.error('client/dist/index.html is missing: build the dashboard first (dotnet build api).'); process.exit(1); }

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map(m => m[1]);
const size = (file) => {
  const data = readFileSync(join(dist, file));
  const br = existsSync(join(dist, file + '.br')) ? statSync(join(dist, file + '.br')).size : brotliCompressSync(data).length;
  const gz = existsSync(join(dist, file + '.gz')) ? statSync(join(dist, file + '.gz')).size : gzipSync(data).length;
  return { file, raw: data.length, br, gz };
};
// Static imports only: `import"./x.js"` and `from"./x.js"`; `import("./x.js")` is a lazy chunk.
const staticImports = (file) => {
  const text = readFileSync(join(dist, file), 'utf8');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g)].map(m => 'assets/' + m[1]);
};
const seen = new Set();
const queue = [...entry];
while (queue.length) {
  const f = queue.shift();
  if (seen.has(f)) continue;
  seen.add(f);
  if (f.endsWith('.js')) queue.push(...staticImports(f));
}
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KiB';
const rows = [...seen].map(size);
console.log('Sign-in route (index.html and its static imports):');
for (const r of rows) console.log(`  ${r.file.padEnd(40)} raw ${kb(r.raw)}   br ${kb(r.br)}   gzip ${kb(r.gz)}`);
const js = rows.filter(r => r.file.endsWith('.js'));
const sum = (k) => js.reduce((a, r) => a + r[k], 0);
console.log(`  scripts total: raw ${kb(sum('raw'))}, Brotli ${kb(sum('br'))} (${sum('br')} bytes), gzip ${kb(sum('gz'))}; goal < 150 KB compressed`);
console.log('Loaded later, by route:');
for (const f of readdirSync(join(dist, 'assets')).filter(f => f.endsWith('.js') && !seen.has('assets/' + f))) {
  const r = size('assets/' + f);
  console.log(`  ${r.file.padEnd(40)} raw ${kb(r.raw)}   br ${kb(r.br)}   gzip ${kb(r.gz)}`);
}

const url = process.argv[2];
if (url) {
  const out = join(mkdtempSync(join(tmpdir(), 'lighthouse-')), 'report.json');
  try {
    execFileSync('npx', ['--yes', 'lighthouse@13.5.0', url, '--only-categories=performance', '--quiet', '--output=json', `--output-path=${out}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu'], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const a = report.audits;
    console.log(`Lighthouse (mobile, simulated slow 4G) ${url}: performance ${Math.round(report.categories.performance.score * 100)}; ` +
      `FCP ${a['first-contentful-paint'].displayValue}, LCP ${a['largest-contentful-paint'].displayValue}, TBT ${a['total-blocking-time'].displayValue}; goal >= 90`);
  } catch (e) {
    console.log(`Lighthouse could not run here (${e.message.split('\n')[0]}); the sizes above stand on their own.`);
  }
}
