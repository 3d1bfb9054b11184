// The preview page: draws the last good edition the server holds, and draws it again after each build,
// told by the server's event stream (no polling), keeping the reader's place in either view.
"use strict";

const $ = (id) => document.getElementById(id);
let shown = { build: -1, edition: null };
let view = "print";
let documentIndex = 0;

function spreads(count) {
  // The cover alone on the right, then 2–3, 4–5 …, an even last page alone on the left.
  if (count < 1) return [];
  const result = [[null, 1]];
  for (let left = 2; left <= count; left += 2) result.push([left, left + 1 <= count ? left + 1 : null]);
  return result;
}

function pageFigure(edition, number, side) {
  const figure = document.createElement("figure");
  figure.className = `page ${side}`;
  if (number === null) {
    figure.classList.add("empty");
    return figure;
  }
  const page = edition.pages[number - 1];
  figure.id = `page-${number}`;
  figure.dataset.page = String(number);
  const image = document.createElement("img");
  const [width, height] = edition.page_size;
  image.width = Math.round(width);
  image.height = Math.round(height);
  image.loading = "lazy";
  image.decoding = "async";
  image.alt = `Page ${page.label}`;
  image.src = `/page/${number}.png?e=${edition.generation}`;
  const caption = document.createElement("figcaption");
  caption.textContent = page.label;
  figure.append(image, caption);
  return figure;
}

function drawPrint(edition) {
  const main = $("print");
  const fragment = document.createDocumentFragment();
  for (const [left, right] of spreads(edition.pages.length)) {
    const spread = document.createElement("div");
    spread.className = "spread";
    spread.append(pageFigure(edition, left, "left"), pageFigure(edition, right, "right"));
    fragment.append(spread);
  }
  main.replaceChildren(fragment);
}

function topPage() {
  // The page at the top of the window, and how far from the top it stands: the reader's place.
  const below = document.querySelector(".bar").offsetHeight;
  for (const figure of document.querySelectorAll(".page[data-page]")) {
    const box = figure.getBoundingClientRect();
    if (box.bottom > below) return { page: figure.dataset.page, top: box.top };
  }
  return null;
}

function restorePlace(place) {
  if (!place) return;
  const figure = $(`page-${place.page}`) || [...document.querySelectorAll(".page[data-page]")].pop();
  if (figure) window.scrollBy(0, figure.getBoundingClientRect().top - place.top);
}

function drawJumps(edition) {
  const jump = $("jump");
  jump.replaceChildren();
  const entries = view === "print"
    ? edition.chapters.map((c) => [`page-${c.page}`, `${c.title} (${edition.pages[c.page - 1].label})`])
    : edition.documents.map((d, i) => [String(i), d.title]);
  for (const [value, label] of entries) jump.append(new Option(label, value));
  if (view === "ebook") jump.value = String(documentIndex);
}

function readerPlace() {
  try {
    const frame = $("reader").contentWindow;
    const height = frame.document.documentElement.scrollHeight - frame.innerHeight;
    return height > 0 ? frame.scrollY / height : 0;
  } catch (error) {
    return 0;
  }
}

function openDocument(index, place = 0) {
  const documents = shown.edition ? shown.edition.documents : [];
  if (!documents.length) return;
  documentIndex = Math.max(0, Math.min(index, documents.length - 1));
  const frame = $("reader");
  frame.onload = () => {
    theme();
    const inner = frame.contentWindow;
    inner.scrollTo(0, place * (inner.document.documentElement.scrollHeight - inner.innerHeight));
  };
  frame.src = `/epub/${documents[documentIndex].href}?e=${shown.edition.generation}`;
  $("jump").value = String(documentIndex);
  $("previous").disabled = documentIndex === 0;
  $("next").disabled = documentIndex === documents.length - 1;
}

const MARGINS = "body { margin: 1.2em 1.1em !important; }";  // a reading system's own page margins
const THEMES = {  // what a reading system lays over the book's own styles
  day: "",
  sepia: "html, body { background: #f4ecd8 !important; color: #5b4636 !important; }",
  night: "html, body { background: #121212 !important; color: #d8d8d8 !important; } a { color: #9ab8ff !important; }",
};

function theme() {
  try {
    const inner = $("reader").contentDocument;
    let style = inner.getElementById("booksmith-reader-theme");
    if (!style) {
      style = inner.createElementNS("http://www.w3.org/1999/xhtml", "style");
      style.id = "booksmith-reader-theme";
      inner.documentElement.append(style);
    }
    style.textContent = `${MARGINS}\n${THEMES[$("theme").value] || ""}`;
  } catch (error) {
    // a document that is not the EPUB's (none loaded yet): nothing to theme
  }
}

function showStatus(state) {
  const edition = state.edition;
  if (state.building) $("status").textContent = "Rebuilding…";
  else if (!edition) $("status").textContent = state.failure ? "The build failed" : "Building…";
  else $("status").textContent = `Build ${state.build}: ${edition.pages.length} pages · ${new Date().toLocaleTimeString()}`;
  $("failure").hidden = !state.failure;
  $("failure-text").textContent = state.failure || "";
}

let refreshing = false;
let again = false;

async function refresh() {
  // One at a time: news that comes during a refresh is fetched once it is done.
  if (refreshing) {
    again = true;
    return;
  }
  refreshing = true;
  try {
    do {
      again = false;
      await redraw();
    } while (again);
  } catch (error) {
    $("status").textContent = "Could not reach the server";
  } finally {
    refreshing = false;
  }
}

async function redraw() {
  const state = await (await fetch("/state.json", { cache: "no-store" })).json();
  showStatus(state);
  const edition = state.edition;
  if (edition && (!shown.edition || edition.generation !== shown.edition.generation)) {
    const place = view === "print" ? topPage() : null;
    const readerAt = view === "ebook" ? readerPlace() : 0;
    const first = !shown.edition;
    shown = { build: state.build, edition };
    document.title = `${edition.title || "booksmith"} · preview`;
    $("title").textContent = edition.title || "booksmith preview";
    drawPrint(edition);
    drawJumps(edition);
    if (view === "print") restorePlace(place);
    else openDocument(documentIndex, readerAt);
    if (first && location.hash) $(location.hash.slice(1))?.scrollIntoView();
  }
  shown.build = state.build;
  document.body.dataset.build = String(state.build);  // for a test to see which build the page shows
  document.body.dataset.edition = edition ? String(edition.generation) : "";
}

function show(which) {
  view = which;
  $("print").hidden = which !== "print";
  $("ebook").hidden = which !== "ebook";
  $("theme-choice").hidden = which !== "ebook";
  $("show-print").setAttribute("aria-pressed", String(which === "print"));
  $("show-ebook").setAttribute("aria-pressed", String(which === "ebook"));
  if (shown.edition) drawJumps(shown.edition);
  if (which === "ebook") openDocument(documentIndex);
}

$("show-print").addEventListener("click", () => show("print"));
$("show-ebook").addEventListener("click", () => show("ebook"));
$("theme").addEventListener("change", theme);
$("previous").addEventListener("click", () => openDocument(documentIndex - 1));
$("next").addEventListener("click", () => openDocument(documentIndex + 1));
$("jump").addEventListener("change", (event) => {
  if (view === "print") $(event.target.value)?.scrollIntoView({ block: "start" });
  else openDocument(Number(event.target.value));
});

const events = new EventSource("/events");  // reopened by the browser itself if the server restarts
events.addEventListener("build", (event) => {
  const news = JSON.parse(event.data);
  if (news.build !== shown.build) refresh();
});
events.onerror = () => { $("status").textContent = "Lost the server; waiting for it…"; };
refresh();
