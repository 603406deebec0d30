// "Kopiér link" beside each punkt heading: copies the punkt's address (this page with #punkt-N) to the clipboard.
// Without JavaScript, or where the clipboard is refused, the link is a plain link to the punkt: the address bar then
// shows the address to copy.
const status = document.getElementById("kopier-status");
const CONFIRM_MS = 2500;

function addressOf(link) {
  const url = new URL(window.location.href);
  url.search = "";
  url.hash = link.getAttribute("href");
  return url.href;
}

function confirm(link, address) {
  const label = link.firstChild;
  const original = label.textContent;
  label.textContent = "Link kopieret";
  link.classList.add("copy-link--done");
  status.textContent = `Linket til punktet er kopieret: ${address}`;
  window.setTimeout(() => {
    label.textContent = original;
    link.classList.remove("copy-link--done");
  }, CONFIRM_MS);
}

document.addEventListener("click", async (event) => {
  const link = event.target instanceof Element ? event.target.closest("a[data-copy-link]") : null;
  if (link === null || !navigator.clipboard) {
    return;
  }
  event.preventDefault();
  const address = addressOf(link);
  try {
    await navigator.clipboard.writeText(address);
    confirm(link, address);
  } catch {
    // The browser refused the clipboard: go to the punkt, so that its address stands in the address bar.
    window.location.hash = link.getAttribute("href");
    status.textContent = "Linket kunne ikke kopieres. Kopiér adressen fra adresselinjen.";
  }
});
