// The incidents page: filters ⇄ URL, an offline Leaflet map, a month timeline with brushing, and the list.
import { el, fmtRange, getJSON, isPrecise, label, placeName } from "./common.js";

const form = document.getElementById("filters");
const FIELDS = ["q", "date_from", "date_to", "country", "attack_type", "group", "status", "min_killed", "sort"];
const MAX_ITEMS = 5000;
let incidents = [];

// ---------------------------------------------------------------------------------------------- filters / URL

function currentParams() {
  const p = new URLSearchParams();
  for (const name of FIELDS) {
    const v = form.elements[name].value.trim();
    if (v && !(name === "sort" && v === "-date")) p.set(name, v);
  }
  return p;
}

function loadParamsFromURL() {
  const p = new URLSearchParams(location.search);
  for (const name of FIELDS) if (p.has(name)) setField(name, p.get(name));
}

function setField(name, value) {
  const f = form.elements[name];
  if (f.tagName === "SELECT" && value && ![...f.options].some((o) => o.value === value)) {
    f.append(el("option", { value }, label(value)));
  }
  f.value = value;
}

async function fillChoices() {
  const facets = await getJSON("/api/facets");
  const add = (name, items, text) => {
    const sel = form.elements[name];
    const keep = sel.value;
    for (const it of items) sel.append(el("option", { value: it.value }, `${text(it)} (${it.count})`));
    sel.value = keep;
  };
  add("country", facets.countries.map((c) => ({ ...c, value: c.code || c.name })), (c) => c.name);
  add("group", facets.groups.map((g) => ({ ...g, value: g.name })), (g) => g.name);
  const types = ["assassination", "armed_assault", "bombing", "hijacking", "hostage_barricade", "kidnapping",
    "facility_attack", "unarmed_assault", "arson", "robbery", "unknown"];
  const counts = Object.fromEntries(facets.attack_types.map((a) => [a.name, a.count]));
  add("attack_type", types.map((t) => ({ value: t, count: counts[t] ?? 0 })), (t) => label(t.value));
}

// ------------------------------------------------------------------------------------------------------- map

const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5, attributionControl: true });
map.attributionControl.setPrefix("Leaflet");
map.setView([25, 30], 2);
const markers = L.layerGroup().addTo(map);
const markerOf = new Map(); // incident id → its circle marker (rows highlight their marker on hover)

async function drawWorld() {
  const topo = await getJSON("/static/vendor/countries-110m.json");
  const land = topojson.feature(topo, topo.objects.countries);
  L.geoJSON(land, { interactive: false, style: { color: "#9aa5b1", weight: 0.6, fillColor: "#e9ecef", fillOpacity: 1 } })
    .addTo(map);
  map.attributionControl.addAttribution("outline: Natural Earth via world-atlas");
  markers.bringToFront?.();
}

function radius(inc) {
  const k = inc.killed?.best ?? 0;
  return 5 + Math.min(18, Math.sqrt(k) * 1.6);
}

function drawMarkers() {
  markers.clearLayers();
  markerOf.clear();
  const bounds = [];
  for (const inc of incidents) {
    const loc = inc.location;
    if (!loc || loc.lat == null || loc.lon == null) continue;
    const precise = isPrecise(loc);
    const opts = precise
      ? { radius: radius(inc), className: "dot-precise", color: "#fff", weight: 1.2, fillColor: "#c0392b", fillOpacity: 0.85 }
      : { radius: radius(inc) + 10, className: "dot-vague", color: "#c0392b", weight: 2, dashArray: "4 3",
          fillColor: "#c0392b", fillOpacity: 0.08 };
    const m = L.circleMarker([loc.lat, loc.lon], opts);
    const popup = el("div", { class: "popup" },
      el("a", { href: `/incident/${encodeURIComponent(inc.id)}` }, el("strong", {}, placeName(loc))),
      el("div", {}, `${inc.date?.value ?? "date unknown"} · ${inc.attack_types.map(label).join(", ") || "attack"}`),
      el("div", {}, `killed ${fmtRange(inc.killed) || "?"} · wounded ${fmtRange(inc.wounded) || "?"}`),
      precise ? null : el("div", { class: "muted" }, `placed at ${loc.precision} level`),
    );
    m.bindPopup(popup);
    m.bindTooltip(`${placeName(loc)} · ${inc.date?.value ?? ""}`);
    m.addTo(markers);
    markerOf.set(inc.id, m);
    bounds.push([loc.lat, loc.lon]);
  }
  if (bounds.length === 1) map.setView(bounds[0], 5);
  else if (bounds.length > 1) map.fitBounds(bounds, { padding: [60, 60], maxZoom: 5 });
}

// -------------------------------------------------------------------------------------------------- timeline

const svg = document.getElementById("timeline");
const NS = "http://www.w3.org/2000/svg";
const svgEl = (tag, attrs) => {
  const n = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
};

function monthsBetween(a, b) {
  const out = [];
  let [y, m] = a.split("-").map(Number);
  const [y2, m2] = b.split("-").map(Number);
  while (y < y2 || (y === y2 && m <= m2)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

function lastDay(month) {
  const [y, m] = month.split("-").map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

function drawTimeline() {
  svg.replaceChildren();
  const counts = {};
  for (const inc of incidents) {
    const v = inc.date?.value;
    if (v && v.length >= 7) counts[v.slice(0, 7)] = (counts[v.slice(0, 7)] ?? 0) + 1;
  }
  const keys = Object.keys(counts).sort();
  const W = svg.clientWidth || 800, H = 120, top = 10, bottom = 22, left = 28;
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  if (!keys.length) {
    svg.append(svgEl("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "axis" })).textContent = "no dated incidents";
    return;
  }
  const months = monthsBetween(keys[0], keys[keys.length - 1]);
  const max = Math.max(...Object.values(counts));
  const bw = (W - left) / months.length;
  const y = (c) => top + (H - top - bottom) * (1 - c / max);
  svg.append(svgEl("line", { x1: left, x2: W, y1: H - bottom, y2: H - bottom, class: "axis-line" }));
  const maxLabel = svgEl("text", { x: left - 4, y: top + 8, "text-anchor": "end", class: "axis" });
  maxLabel.textContent = String(max);
  svg.append(maxLabel);
  const every = Math.max(1, Math.ceil(months.length / Math.max(1, Math.floor((W - left) / 60))));
  months.forEach((mo, i) => {
    const c = counts[mo] ?? 0;
    const x = left + i * bw;
    const g = svgEl("g", { class: "bar", "data-month": mo });
    g.append(svgEl("rect", { x, y: top, width: bw, height: H - top - bottom, class: "bar-hit" }));
    if (c) g.append(svgEl("rect", { x: x + bw * 0.1, y: y(c), width: Math.max(1, bw * 0.8), height: H - bottom - y(c), class: "bar-fill" }));
    const t = svgEl("title", {});
    t.textContent = `${mo}: ${c} incident${c === 1 ? "" : "s"}`;
    g.append(t);
    svg.append(g);
    if (i % every === 0) {
      const lab = svgEl("text", { x: x + bw / 2, y: H - 6, "text-anchor": "middle", class: "axis" });
      lab.textContent = mo;
      svg.append(lab);
    }
  });
  svg.dataset.left = left;
  svg.dataset.bw = bw;
  svg.dataset.months = months.join(",");
}

// Brushing: press on a month, drag, release → date_from/date_to cover the months swept.
let brushStart = null;
let brushRect = null;
function monthAt(evt) {
  const months = (svg.dataset.months || "").split(",").filter(Boolean);
  if (!months.length) return null;
  const box = svg.getBoundingClientRect();
  const scale = (svg.viewBox.baseVal?.width || box.width) / box.width;
  const x = (evt.clientX - box.left) * scale - Number(svg.dataset.left);
  const i = Math.max(0, Math.min(months.length - 1, Math.floor(x / Number(svg.dataset.bw))));
  return { i, month: months[i] };
}
svg.addEventListener("mousedown", (evt) => {
  brushStart = monthAt(evt);
  if (!brushStart) return;
  brushRect = svgEl("rect", { class: "brush", y: 0, height: 120 });
  svg.append(brushRect);
  updateBrush(brushStart);
  evt.preventDefault();
});
function updateBrush(to) {
  const a = Math.min(brushStart.i, to.i), b = Math.max(brushStart.i, to.i);
  const left = Number(svg.dataset.left), bw = Number(svg.dataset.bw);
  brushRect.setAttribute("x", left + a * bw);
  brushRect.setAttribute("width", (b - a + 1) * bw);
}
svg.addEventListener("mousemove", (evt) => { if (brushStart) updateBrush(monthAt(evt)); });
window.addEventListener("mouseup", (evt) => {
  if (!brushStart) return;
  const end = monthAt(evt) ?? brushStart;
  const [a, b] = [brushStart, end].sort((p, q) => p.i - q.i);
  brushStart = null;
  setField("date_from", `${a.month}-01`);
  setField("date_to", lastDay(b.month));
  refresh();
});
document.getElementById("clear-dates").addEventListener("click", () => {
  setField("date_from", "");
  setField("date_to", "");
  refresh();
});

// ------------------------------------------------------------------------------------------------------ list

function drawList() {
  const tbody = document.querySelector("#incidents tbody");
  tbody.replaceChildren(...incidents.map((inc) => {
    const href = `/incident/${encodeURIComponent(inc.id)}`;
    const groups = [...new Set(inc.perpetrators.map((p) => `${p.name} (${p.status})`))].join("; ");
    const hover = (on) => () => {
      const m = markerOf.get(inc.id);
      if (!m) return;
      m.setStyle({ weight: on ? 4 : isPrecise(inc.location) ? 1.2 : 2, color: on ? "#102a43" : isPrecise(inc.location) ? "#fff" : "#c0392b" });
      if (on) { m.bringToFront(); m.openTooltip(); } else m.closeTooltip();
    };
    return el("tr", { "data-id": inc.id, onclick: (e) => { if (e.target.tagName !== "A") location.href = href; },
      onmouseenter: hover(true), onmouseleave: hover(false) },
      el("td", { class: "nowrap" }, inc.date?.value ?? "unknown"),
      el("td", {}, el("a", { href }, placeName(inc.location)),
        isPrecise(inc.location) ? null : el("span", { class: "tag" }, inc.location?.precision ?? "unknown"),
        inc.kind === "referenced" ? el("span", { class: "tag", title: "recalled by a later article, not its main news" }, "referenced") : null,
        inc.category && inc.category !== "terrorism" ? el("span", { class: "tag" }, inc.category) : null),
      el("td", {}, inc.attack_types.map(label).join(", "), inc.suicide ? el("span", { class: "tag" }, "suicide") : null),
      el("td", {}, groups),
      el("td", { class: "num" }, fmtRange(inc.killed), inc.killed?.disputed ? el("span", { class: "tag warn", title: "reports disagree" }, "disputed") : null),
      el("td", { class: "num" }, fmtRange(inc.wounded)),
      el("td", { class: "num" }, inc.n_reports ?? ""),
    );
  }));
  document.getElementById("empty").hidden = incidents.length > 0;
}

// ---------------------------------------------------------------------------------------------------- refresh

async function refresh() {
  const params = currentParams();
  const qs = params.toString();
  history.replaceState(null, "", qs ? `/?${qs}` : "/");
  sessionStorage.setItem("strife:list", qs ? `/?${qs}` : "/");
  for (const fmt of ["jsonl", "csv", "geojson"]) {
    document.getElementById(`export-${fmt}`).href = `/api/export.${fmt}${qs ? `?${qs}` : ""}`;
  }
  document.getElementById("clear-dates").hidden = !(params.has("date_from") || params.has("date_to"));
  const summary = document.getElementById("summary");
  summary.textContent = "loading…";
  try {
    const items = [];
    let total = 0;
    do {
      params.set("view", "compact");
      params.set("limit", "500");
      params.set("offset", String(items.length));
      const page = await getJSON(`/api/incidents?${params}`);
      total = page.total;
      items.push(...page.items);
      if (!page.items.length) break;
    } while (items.length < total && items.length < MAX_ITEMS);
    incidents = items;
    const killed = items.reduce((s, i) => s + (i.killed?.best ?? 0), 0);
    const unplaced = items.filter((i) => i.location?.lat == null || i.location?.lon == null).length;
    summary.textContent = `${total} incident${total === 1 ? "" : "s"} · ${killed} killed`
      + (unplaced ? ` · ${unplaced} not on the map` : "")
      + (total > items.length ? ` · showing ${items.length}` : "");
  } catch (err) {
    incidents = [];
    summary.textContent = `error: ${err.message}`;
  }
  document.body.dataset.loaded = String(Date.now());
  drawMarkers();
  drawTimeline();
  drawList();
}

form.addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
form.addEventListener("reset", () => setTimeout(refresh, 0));
for (const name of ["country", "attack_type", "group", "status", "sort"]) form.elements[name].addEventListener("change", refresh);
window.addEventListener("resize", () => drawTimeline());

loadParamsFromURL();
Promise.all([fillChoices().catch(() => {}), drawWorld().catch(() => {})]).finally(() => {
  loadParamsFromURL();
  refresh();
});
