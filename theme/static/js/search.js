// The search page: runs the form's query with Pagefind in the browser. The index holds one page per punkt (its title
// and the text of its sections), so every result is a punkt and the count is the number of punkter that match. Each
// result shows the punkt's decision from the index's metadata. A query that is a case number, or part of one, first
// lists the cases it names, from /data/sager.json.
const form = document.getElementById("soeg");
const query = document.getElementById("soeg-q");
const status = document.getElementById("soeg-status");
const list = document.getElementById("soeg-resultater");
const more = document.getElementById("soeg-flere");
const casesSection = document.getElementById("soeg-sager");
const casesList = document.getElementById("soeg-sager-liste");

const FILTERS = ["udvalg", "aar", "kle"];
const FIELDS = ["q", ...FILTERS, "sortering"];
const RESULTS_PER_BATCH = 10;
const MAX_CASES = 5;
const EXCERPT_WORDS_BEFORE = 12;
const EXCERPT_WORDS_AFTER = 22;
// Digits with the dots, dashes and slashes of case numbers (15.00.00-A00-3-25, 20/4282), and no spaces.
const CASE_NUMBER = /^(?=.*\d)[0-9A-Za-zÆØÅæøå./-]+$/;

let pagefind = null;
let cases = null;
let generation = 0;
let state = null;

function loadPagefind() {
  pagefind ??= import("/pagefind/pagefind.js");
  return pagefind;
}

function loadCases() {
  cases ??= fetch(form.dataset.cases)
    .then((response) => (response.ok ? response.json() : { sager: [] }))
    .then((data) => data.sager)
    .catch(() => []);
  return cases;
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

// The cases whose number holds the query: an exact number first, then the most recently treated.
async function matchingCases(text) {
  if (!CASE_NUMBER.test(text)) {
    return [];
  }
  const wanted = text.toLocaleLowerCase("da-DK");
  const all = await loadCases();
  return all
    .filter((c) => c.sagsnummer.toLocaleLowerCase("da-DK").includes(wanted))
    .sort((a, b) => (b.sagsnummer.toLocaleLowerCase("da-DK") === wanted) - (a.sagsnummer.toLocaleLowerCase("da-DK") === wanted) || b.seneste.localeCompare(a.seneste))
    .slice(0, MAX_CASES);
}

function renderCases(found) {
  casesList.replaceChildren(...found.map((c) => {
    const item = document.createElement("li");
    item.className = "search-case";
    const link = document.createElement("a");
    link.href = new URL(c.url).pathname;
    link.textContent = c.titel;
    const facts = document.createElement("p");
    facts.className = "search-result__meeting";
    facts.textContent = `Sag ${c.sagsnummer} · ${count(c.behandlinger, "behandling", "behandlinger")}`;
    item.append(link, facts);
    if (c.seneste_beslutning) {
      const decision = document.createElement("p");
      decision.className = "search-result__decision";
      decision.textContent = `Seneste beslutning: ${c.seneste_beslutning}`;
      item.append(decision);
    }
    return item;
  }));
  casesSection.hidden = found.length === 0;
}

function excerpt(data) {
  const words = data.content.split(/\s+/);
  const first = data.locations.length > 0 ? Math.min(...data.locations) : 0;
  const from = Math.max(0, first - EXCERPT_WORDS_BEFORE);
  const to = Math.min(words.length, first + EXCERPT_WORDS_AFTER);
  const marked = new Set(data.locations);
  const paragraph = document.createElement("p");
  paragraph.className = "search-result__excerpt";
  paragraph.append(from > 0 ? "… " : "");
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
  paragraph.append(to < words.length ? "…" : "");
  return paragraph;
}

function render(data) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  heading.className = "search-result__title";
  const link = document.createElement("a");
  link.href = data.meta.url ?? data.url;
  link.textContent = data.meta.title;
  heading.append(link);
  const meeting = document.createElement("p");
  meeting.className = "search-result__meeting";
  meeting.textContent = data.meta.moede ?? "";
  const outcome = document.createElement("p");
  outcome.className = "search-result__decision";
  outcome.textContent = data.meta.udfald ?? "";
  item.append(heading, meeting, outcome, excerpt(data));
  return item;
}

function announce() {
  const { results, next, text } = state;
  if (results.length === 0) {
    status.textContent = casesSection.hidden ? `Ingen resultater for "${text}".` : `Ingen punkter nævner "${text}".`;
  } else if (next >= results.length) {
    status.textContent = `${count(results.length, "punkt", "punkter")} for "${text}".`;
  } else {
    status.textContent = `${count(results.length, "punkt", "punkter")} for "${text}". Viser de første ${next.toLocaleString("da-DK")}.`;
  }
}

// Adds the next punkter; a reader who asked for more by keyboard lands on the first new result.
async function showMore(token, focusNew = false) {
  const before = list.children.length;
  const batch = state.results.slice(state.next, state.next + RESULTS_PER_BATCH);
  const pages = await Promise.all(batch.map((result) => result.data()));
  if (token !== generation) {
    return;
  }
  state.next += batch.length;
  list.append(...pages.map(render));
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
    renderCases([]);
    more.hidden = true;
    status.textContent = "";
    return;
  }
  status.textContent = "Søger …";
  const options = { filters: selectedFilters() };
  if (form.elements.namedItem("sortering").value === "nyeste") {
    options.sort = { dato: "desc" };
  }
  try {
    const [engine, found] = await Promise.all([loadPagefind(), matchingCases(text)]);
    // An exact case number lists the punkter of that case; anything else is searched as words.
    const exact = found.find((c) => c.sagsnummer.toLocaleLowerCase("da-DK") === text.toLocaleLowerCase("da-DK"));
    const search = exact
      ? await engine.search(null, { ...options, filters: { ...options.filters, sag: exact.sagsnummer } })
      : await engine.search(text, options);
    if (token !== generation) {
      return;
    }
    renderCases(found);
    list.replaceChildren();
    state = { results: search.results, next: 0, text };
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
