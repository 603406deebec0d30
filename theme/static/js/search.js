// The search page: runs the form's query with Pagefind in the browser and lists one result per punkt.
// Pagefind indexes meeting pages; a punkt is the part of a page from its anchor (#punkt-N) to the next one.
const form = document.getElementById("soeg");
const query = document.getElementById("soeg-q");
const status = document.getElementById("soeg-status");
const list = document.getElementById("soeg-resultater");
const more = document.getElementById("soeg-flere");

const FILTERS = ["udvalg", "aar", "kle"];
const FIELDS = ["q", ...FILTERS, "sortering"];
const MEETINGS_PER_BATCH = 10;
const EXCERPT_WORDS_BEFORE = 12;
const EXCERPT_WORDS_AFTER = 22;
const PUNKT_ANCHOR = /^punkt-(\d+)$/;

let pagefind = null;
let generation = 0;
let state = null;

function loadPagefind() {
  pagefind ??= import("/pagefind/pagefind.js");
  return pagefind;
}

function count(n, singular, plural) {
  return `${n.toLocaleString("da-DK")} ${n === 1 ? singular : plural}`;
}

function fromUrl() {
  const params = new URLSearchParams(window.location.search);
  for (const name of FIELDS) {
    const field = form.elements.namedItem(name);
    const value = params.get(name) ?? "";
    if (field instanceof HTMLSelectElement && ![...field.options].some((o) => o.value === value)) {
      continue;
    }
    field.value = value;
  }
}

function toUrl() {
  const params = new URLSearchParams();
  for (const name of FIELDS) {
    const value = form.elements.namedItem(name).value.trim();
    if (value !== "") {
      params.set(name, value);
    }
  }
  const search = params.toString();
  window.history.replaceState(null, "", search === "" ? window.location.pathname : `?${search}`);
}

function selectedFilters() {
  const filters = {};
  for (const name of FILTERS) {
    const value = form.elements.namedItem(name).value;
    if (value !== "") {
      filters[name] = value;
    }
  }
  return filters;
}

// The KLE main group of each punkt on a meeting page, from the page's "punkt_kle" metadata ("12=15 13=00").
function kleByPunkt(meta) {
  return new Map((meta.punkt_kle ?? "").split(" ").filter((p) => p.includes("=")).map((p) => p.split("=")));
}

// Splits a page's hits into its punkter: each hit belongs to the last punkt anchor before it.
function punktHits(data, kle) {
  const anchors = data.anchors
    .filter((a) => PUNKT_ANCHOR.test(a.id))
    .sort((a, b) => a.location - b.location);
  const titles = new Map(data.anchors.filter((a) => a.id.endsWith("-titel")).map((a) => [a.id.slice(0, -"-titel".length), a.text]));
  const groups = kleByPunkt(data.meta);
  const byPunkt = new Map();
  for (const location of [...data.locations].sort((a, b) => a - b)) {
    let index = -1;
    while (index + 1 < anchors.length && anchors[index + 1].location <= location) {
      index++;
    }
    const key = index < 0 ? null : anchors[index].id;
    if (!byPunkt.has(key)) {
      const start = index < 0 ? 0 : anchors[index].location;
      const end = index + 1 < anchors.length ? anchors[index + 1].location : Number.MAX_SAFE_INTEGER;
      byPunkt.set(key, { id: key, start, end, locations: [] });
    }
    byPunkt.get(key).locations.push(location);
  }
  return [...byPunkt.values()]
    .filter((hit) => kle === undefined || (hit.id !== null && groups.get(hit.id.match(PUNKT_ANCHOR)[1]) === kle))
    .map((hit) => ({ ...hit, title: hit.id === null ? null : titles.get(hit.id) ?? hit.id }))
    .sort((a, b) => b.locations.length - a.locations.length || a.start - b.start);
}

function excerpt(words, hit) {
  const first = hit.locations[0];
  const from = Math.max(hit.start, first - EXCERPT_WORDS_BEFORE);
  const to = Math.min(hit.end, first + EXCERPT_WORDS_AFTER, words.length);
  const marked = new Set(hit.locations);
  const paragraph = document.createElement("p");
  paragraph.className = "search-result__excerpt";
  paragraph.append(from > hit.start ? "… " : "");
  for (let i = from; i < to; i++) {
    if (marked.has(i)) {
      const mark = document.createElement("mark");
      mark.textContent = words[i];
      paragraph.append(mark);
    } else {
      paragraph.append(words[i]);
    }
    paragraph.append(" ");
  }
  paragraph.append(to < hit.end && to < words.length ? "…" : "");
  return paragraph;
}

function render(data, hit) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  heading.className = "search-result__title";
  const link = document.createElement("a");
  const meeting = [data.meta.udvalg ?? data.meta.title, data.meta.dato].filter(Boolean).join(", ");
  link.href = hit.id === null ? data.url : `${data.url}#${hit.id}`;
  link.textContent = hit.title ?? `${data.meta.type ?? "Møde"}: ${meeting}`;
  heading.append(link);
  const context = document.createElement("p");
  context.className = "search-result__meeting";
  context.textContent = [data.meta.type, meeting].filter(Boolean).join(" · ");
  item.append(heading, context, excerpt(data.content.split(/\s+/), hit));
  return item;
}

function announce() {
  const { results, next, shown, text } = state;
  if (results.length === 0) {
    status.textContent = `Ingen resultater for "${text}".`;
  } else if (next >= results.length) {
    status.textContent = `${count(shown, "punkt", "punkter")} i ${count(results.length, "møde", "møder")} for "${text}".`;
  } else {
    status.textContent = `Fundet i ${count(results.length, "møde", "møder")}. Viser ${count(shown, "punkt", "punkter")} fra de første ${count(next, "møde", "møder")}.`;
  }
}

// Adds the punkter of the next meetings; a reader who asked for more by keyboard lands on the first new result.
async function showMore(token, focusNew = false) {
  const before = list.children.length;
  let added = 0;
  while (added === 0 && state.next < state.results.length) {
    const batch = state.results.slice(state.next, state.next + MEETINGS_PER_BATCH);
    const pages = await Promise.all(batch.map((result) => result.data()));
    if (token !== generation) {
      return;
    }
    state.next += batch.length;
    for (const data of pages) {
      for (const hit of punktHits(data, state.kle)) {
        list.append(render(data, hit));
        added++;
      }
    }
  }
  state.shown += added;
  more.hidden = state.next >= state.results.length;
  announce();
  if (focusNew) {
    list.children[before]?.querySelector("a")?.focus();
  }
}

async function run() {
  const token = ++generation;
  const text = query.value.trim();
  toUrl();
  if (text === "") {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = "";
    return;
  }
  status.textContent = "Søger …";
  const filters = selectedFilters();
  const options = { filters };
  if (form.elements.namedItem("sortering").value === "nyeste") {
    options.sort = { dato: "desc" };
  }
  try {
    const engine = await loadPagefind();
    const search = await engine.search(text, options);
    if (token !== generation) {
      return;
    }
    list.replaceChildren();
    state = { results: search.results, next: 0, shown: 0, text, kle: filters.kle };
    await showMore(token);
  } catch (error) {
    if (token === generation) {
      status.textContent = "Søgningen kunne ikke indlæses. Prøv igen om lidt.";
      console.error(error);
    }
  }
}

let typing = 0;
form.addEventListener("submit", (event) => {
  event.preventDefault();
  window.clearTimeout(typing);
  run();
});
query.addEventListener("input", () => {
  window.clearTimeout(typing);
  typing = window.setTimeout(run, 300);
});
query.addEventListener("focus", () => loadPagefind().then((engine) => engine.init()), { once: true });
for (const name of [...FILTERS, "sortering"]) {
  form.elements.namedItem(name).addEventListener("change", run);
}
more.addEventListener("click", () => showMore(generation, true));

fromUrl();
if (query.value.trim() !== "") {
  run();
}
