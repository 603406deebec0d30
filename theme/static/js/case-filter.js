// The case list's "Find en sag": narrows the list to the cases whose title or number holds every word typed, and
// hides the subjects left empty. The box is shown only here: without JavaScript the whole list is there to read.
const box = document.getElementById("sagsfilter");
const input = document.getElementById("sagsfilter-q");
const status = document.getElementById("sagsfilter-status");
const cases = [...document.querySelectorAll("[data-case]")].map((element) => ({ element, text: normalise(element.dataset.case) }));
const topics = [...document.querySelectorAll("[data-case-topic]")];
const groups = [...document.querySelectorAll("[data-case-group]")];
// The list of subjects counts every case: while the list is narrowed it would tell of cases not shown.
const subjects = document.querySelector(".subject-nav");

function normalise(text) {
  return text.normalize("NFC").toLocaleLowerCase("da-DK");
}

function count(n, singular, plural) {
  return `${n.toLocaleString("da-DK")} ${n === 1 ? singular : plural}`;
}

function hideEmpty(containers) {
  for (const container of containers) {
    container.hidden = container.querySelector("[data-case]:not([hidden])") === null;
  }
}

function filter() {
  const words = normalise(input.value).split(/\s+/).filter((word) => word !== "");
  let shown = 0;
  for (const { element, text } of cases) {
    const match = words.every((word) => text.includes(word));
    element.hidden = !match;
    shown += match ? 1 : 0;
  }
  hideEmpty(topics);
  hideEmpty(groups);
  if (subjects !== null) {
    subjects.hidden = words.length > 0;
  }
  if (words.length === 0) {
    status.textContent = `${count(cases.length, "sag", "sager")}.`;
  } else if (shown === 0) {
    status.textContent = `Ingen sager passer på "${input.value.trim()}".`;
  } else {
    status.textContent = `Viser ${count(shown, "sag", "sager")} af ${cases.length.toLocaleString("da-DK")}.`;
  }
}

let typing = 0;
input.addEventListener("input", () => {
  window.clearTimeout(typing);
  typing = window.setTimeout(filter, 120);
});
box.hidden = false;
if (input.value !== "") {
  filter();
}
