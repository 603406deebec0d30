// Search benchmark (not a test): builds a large generated site, indexes it with Pagefind, measures the index and
// what a browser downloads for a first and a second query, and builds the same corpus's lunr.js index beside it.
// Usage: node tests/Referater.Benchmarks/search-bench.mjs [MEETINGS=1000] [PUNKTER_PER_MEETING=10] [WORK_DIR]
import { execFileSync, spawn } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const [meetings = "1000", perMeeting = "10", workArgument] = process.argv.slice(2);
const root = new URL("../../", import.meta.url).pathname;
const work = workArgument ?? mkdtempSync(join(tmpdir(), "referater-search-bench-"));
const input = join(work, "input");
const output = join(work, "output");
const queries = ["hjemløshed", "ungeløftet"];
const require = createRequire(join(root, "package.json"));

const seconds = (start) => Number(((performance.now() - start) / 1000).toFixed(2));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function files(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const sizeOf = (paths) => paths.reduce((sum, path) => sum + statSync(path).size, 0);

// 1. The corpus and the site.
rmSync(input, { recursive: true, force: true });
execFileSync("node", [join(root, "tests/Referater.Benchmarks/generate-corpus.mjs"), input, meetings, perMeeting], { stdio: "inherit" });
let start = performance.now();
execFileSync("dotnet", ["run", "-c", "Release", "--project", join(root, "src/Referater.Site"), "--", "build", "--input", input, "--output", output, "--no-search"], { stdio: "inherit" });
const siteBuild = seconds(start);

// 2. The Pagefind index, built by the same command the site build runs.
const pagefindPackage = JSON.parse(readFileSync(join(root, "node_modules/pagefind/package.json"), "utf8"));
start = performance.now();
execFileSync("node", [join(root, "node_modules/pagefind", pagefindPackage.bin), "--site", output, "--output-subdir", "pagefind", "--quiet"], { stdio: "inherit" });
const indexBuild = seconds(start);
const bundle = files(join(output, "pagefind"));
const part = (test) => sizeOf(bundle.filter(test));
const sizes = {
  total: sizeOf(bundle),
  wordIndex: part((p) => p.endsWith(".pf_index")),
  fragments: part((p) => p.endsWith(".pf_fragment")),
  filters: part((p) => p.endsWith(".pf_filter")),
  meta: part((p) => p.endsWith(".pf_meta")),
  wasm: part((p) => p.includes("/wasm.")),
  ui: part((p) => /pagefind-(component-|modular-)?ui|highlight/.test(p)),
};

// 3. A browser's downloads: a static server that counts the bytes it sends, and headless Chromium running the queries
// as the search page does (search, then the data of the first ten results).
const benchPage = `<!DOCTYPE html><html lang="da"><meta charset="utf-8"><title>bench</title><script type="module">
const queries = ${JSON.stringify(queries)};
const done = [];
const pagefind = await import("/pagefind/pagefind.js");
for (const [i, query] of queries.entries()) {
  const search = await pagefind.search(query);
  await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  done.push({ query, meetings: search.results.length });
  await fetch("/__mark?" + i);
}
await fetch("/__done", { method: "POST", body: JSON.stringify(done) });
</script></html>`;
const log = [];
let finish;
const finished = new Promise((resolve) => (finish = resolve));
const server = createServer((request, response) => {
  const url = new URL(request.url, "http://127.0.0.1");
  if (url.pathname === "/__bench") {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(benchPage);
  } else if (url.pathname === "/__mark") {
    log.push({ mark: Number(url.search.slice(1)) });
    response.writeHead(204).end();
  } else if (url.pathname === "/__done") {
    let body = "";
    request.on("data", (chunk) => (body += chunk)).on("end", () => {
      response.writeHead(204).end();
      finish(JSON.parse(body));
    });
  } else {
    const path = normalize(join(output, decodeURIComponent(url.pathname)));
    if (!path.startsWith(output) || !existsSync(path) || statSync(path).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(path);
    log.push({ path: url.pathname, bytes: body.length, gzip: gzipSync(body).length });
    const type = { ".js": "text/javascript", ".json": "application/json" }[extname(path)] ?? "application/octet-stream";
    response.writeHead(200, { "content-type": type, "content-length": body.length });
    createReadStream(path).pipe(response);
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const profile = mkdtempSync(join(tmpdir(), "referater-bench-chromium-"));
const chromium = spawn("chromium", [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`,
  `http://127.0.0.1:${server.address().port}/__bench`,
], { stdio: "ignore" });
const timeout = setTimeout(() => finish(null), 120_000);
const answered = await finished;
clearTimeout(timeout);
const exited = new Promise((resolve) => chromium.once("exit", resolve));
chromium.kill();
await exited;
server.close();
// Chromium's helper processes may still be closing files in the profile; the temp folder is cleaned later if so.
try {
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
} catch {}
if (answered === null) {
  console.error("Chromium answered no query within 120 s.");
  process.exit(1);
}
const perQuery = queries.map((_, i) => {
  const from = i === 0 ? 0 : log.findIndex((e) => e.mark === i - 1) + 1;
  const to = log.findIndex((e) => e.mark === i);
  const requests = log.slice(from, to).filter((e) => e.path);
  return {
    requests: requests.length,
    bytes: requests.reduce((s, e) => s + e.bytes, 0),
    gzip: requests.reduce((s, e) => s + e.gzip, 0),
    files: requests.map((e) => `${e.path} ${e.bytes}`),
  };
});

// 4. The same corpus in lunr.js with the Danish stemmer: one document per punkt, downloaded whole before any answer.
const lunr = require("lunr");
require("lunr-languages/lunr.stemmer.support")(lunr);
require("lunr-languages/lunr.da")(lunr);
const documents = files(input).filter((p) => p.endsWith("-punkt.md")).map((path) => {
  const text = readFileSync(path, "utf8");
  return { id: path.slice(input.length), title: /titel: (.*)/.exec(text)[1], body: text.replace(/^---[\s\S]*?---/, "") };
});
start = performance.now();
const lunrIndex = lunr(function () {
  this.use(lunr.da);
  this.ref("id");
  this.field("title");
  this.field("body");
  documents.forEach((d) => this.add(d));
});
const lunrJson = Buffer.from(JSON.stringify(lunrIndex));
const lunrBuild = seconds(start);

const report = {
  corpus: { meetings: Number(meetings), punkter: documents.length, words: documents.reduce((s, d) => s + d.body.split(/\s+/).length, 0) },
  siteBuildSeconds: siteBuild,
  pagefind: { indexBuildSeconds: indexBuild, indexBytes: sizes, queries: queries.map((q, i) => ({ query: q, ...answered[i], ...perQuery[i] })) },
  lunr: { indexBuildSeconds: lunrBuild, indexBytes: lunrJson.length, indexGzipBytes: gzipSync(lunrJson).length },
};
console.log(JSON.stringify(report, null, 2));
console.log(`
Korpus: ${report.corpus.meetings} møder, ${report.corpus.punkter} punkter, ${report.corpus.words.toLocaleString("da-DK")} ord
Pagefind: indeks bygget på ${indexBuild} s; på disk ${mb(sizes.total)} (ordindeks ${mb(sizes.wordIndex)}, fragmenter ${mb(sizes.fragments)}, filtre ${kb(sizes.filters)}, wasm ${kb(sizes.wasm)}, standard-UI ${kb(sizes.ui)})
  1. søgning "${queries[0]}": ${perQuery[0].requests} filer, ${kb(perQuery[0].bytes)} (${kb(perQuery[0].gzip)} med gzip)
  2. søgning "${queries[1]}": ${perQuery[1].requests} filer, ${kb(perQuery[1].bytes)} (${kb(perQuery[1].gzip)} med gzip)
lunr.js (lunr-languages, dansk): indeks bygget på ${lunrBuild} s; ${mb(lunrJson.length)} JSON (${mb(report.lunr.indexGzipBytes)} med gzip), hentes helt før første svar`);
if (!workArgument) {
  rmSync(work, { recursive: true, force: true });
}
