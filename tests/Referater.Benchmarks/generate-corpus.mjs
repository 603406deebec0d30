// Writes a large, deterministic content folder for benchmarks: committees, meetings and punkter whose Danish text
// is drawn from the seed referater in input/ (a word chain over their prose, with new compound words as real
// minutes have them), so that the vocabulary keeps growing with the corpus as it does in real minutes.
// Usage: node generate-corpus.mjs OUTPUT_DIR [MEETINGS=1000] [PUNKTER_PER_MEETING=10]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [output, meetingCount = "1000", perMeeting = "10"] = process.argv.slice(2);
if (!output) {
  console.error("Brug: node generate-corpus.mjs MAPPE [MØDER] [PUNKTER_PR_MØDE]");
  process.exit(1);
}
const seedInput = new URL("../../input/", import.meta.url).pathname;

// A small, seeded generator (mulberry32): the same arguments always give the same corpus.
let seed = 20260217;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

function markdownFiles(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith(".md") && name !== "index.md" ? [path] : [];
  });
}

// The seed prose without front matter, headings or list marks, as a chain: word → the words that followed it.
const prose = markdownFiles(seedInput)
  .map((file) => readFileSync(file, "utf8").replace(/^---[\s\S]*?---/, ""))
  .join("\n")
  .split("\n")
  .filter((line) => !line.startsWith("#"))
  .join(" ")
  .replace(/[-*] /g, " ");
const words = prose.split(/\s+/).filter((w) => /^[\p{L}\d][\p{L}\d.,:;()%-]*$/u.test(w));
const chain = new Map();
for (let i = 0; i + 1 < words.length; i++) {
  if (!chain.has(words[i])) chain.set(words[i], []);
  chain.get(words[i]).push(words[i + 1]);
}
const starts = words.filter((w, i) => i > 0 && /[.:]$/.test(words[i - 1]) && /^\p{Lu}/u.test(w));
const nouns = [...new Set(words.map((w) => w.replace(/[.,:;()]/g, "").toLowerCase()).filter((w) => w.length >= 6 && /^\p{L}+$/u.test(w)))];

function compound() {
  return pick(nouns) + pick(nouns);
}

function sentence(min = 8, max = 24) {
  let word = pick(starts);
  const out = [word];
  const length = between(min, max);
  while (out.length < length) {
    const next = chain.get(word);
    word = next && random() < 0.9 ? pick(next) : pick(words);
    out.push(random() < 0.06 ? compound() : word);
  }
  return out.join(" ").replace(/[.,:;]+$/, "") + ".";
}

const paragraph = (sentences) => Array.from({ length: sentences }, () => sentence()).join(" ");

const committees = [
  ["beskaeftigelsesudvalget", "Beskæftigelsesudvalget", "BSK"],
  ["socialudvalget", "Socialudvalget", "SOS"],
  ["boern-og-familieudvalget", "Børn- og Familieudvalget", "BFU"],
  ["kultur-og-fritidsudvalget", "Kultur- og Fritidsudvalget", "KFU"],
  ["byplanudvalget", "Byplanudvalget", "BYB"],
  ["miljoe-og-klimaudvalget", "Miljø- og Klimaudvalget", "MIN"],
  ["oekonomiudvalget", "Økonomiudvalget", "ØKE"],
  ["byraadet", "Byrådet", "BYR"],
];
const kleGroups = ["00", "01", "02", "03", "05", "13", "15", "17", "20", "27", "28", "29", "32", "54", "82", "88"];
const headings = ["Resume", "Sagsfremstilling", "Økonomi", "Indstilling", "Beslutning"];

mkdirSync(output, { recursive: true });
writeFileSync(join(output, "site.yml"), [
  "kommune: Benchmark Kommune",
  "url: https://referater.example.dk",
  "udvalg:",
  ...committees.flatMap(([slug, name, code]) => [`  - slug: ${slug}`, `    navn: ${name}`, `    kode: ${code}`]),
  "",
].join("\n"));

let punkter = 0;
for (let m = 0; m < Number(meetingCount); m++) {
  const [slug] = committees[m % committees.length];
  const round = Math.floor(m / committees.length);
  // One meeting per committee about every three weeks, going back from 2026.
  const date = new Date(Date.UTC(2026, 1, 17) - round * 21 * 86400000 - (m % committees.length) * 86400000);
  const day = date.toISOString().slice(0, 10);
  const folder = join(output, slug, day);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "index.md"), `---\nudvalg: ${slug}\ndato: ${day}\ntid: "13:30"\nsted: Rådhuset\ntype: referat\n---\n`);
  const first = between(1, 120);
  for (let p = 0; p < Number(perMeeting); p++) {
    const number = first + p;
    const title = sentence(4, 9).replace(/\.$/, "");
    const caseNumber = `${pick(kleGroups)}.00.00-${pick(["A00", "G01", "P20", "K07"])}-${between(1, 999)}-${String(date.getUTCFullYear()).slice(2)}`;
    const body = headings.map((heading) => {
      const text = heading === "Sagsfremstilling"
        ? `${paragraph(between(4, 7))}\n\n${paragraph(between(4, 7))}`
        : heading === "Beslutning" ? pick(["Indstillingen er tiltrådt.", "Godkendt.", "Orienteringen er taget til efterretning.", sentence()])
        : paragraph(between(1, 3));
      return `## ${heading}\n\n${text}\n`;
    }).join("\n");
    const file = `${number}-punkt.md`;
    writeFileSync(join(folder, file), `---\nnummer: ${number}\ntitel: ${JSON.stringify(title)}\nsagsnummer: ${caseNumber}\n---\n${body}`);
    punkter++;
  }
}
console.log(JSON.stringify({ meetings: Number(meetingCount), punkter, vocabulary: { seedWords: words.length, nouns: nouns.length } }));
