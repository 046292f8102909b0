// The incident page: reconciled values, then every report side by side with each value beside the highlighted
// sentence it came from, then the articles with all evidence marked.
import { el, fmtCount, fmtDate, fmtRange, getJSON, isPrecise, label, placeName } from "./common.js";

const incidentId = decodeURIComponent(location.pathname.split("/").filter(Boolean).pop() ?? "");
const articles = {}; // article id → article (with text)

// The rows of the comparison table: how to show a report's value, and which evidence keys back it.
const ROWS = [
  { key: "date", name: "Date", value: (r) => fmtDate(r.date), ev: ["date"] },
  { key: "location", name: "Place", value: (r) => (r.location ? `${placeName(r.location)} (${r.location.precision})` : ""), ev: ["location", "place"] },
  { key: "killed", name: "Killed", value: (r) => fmtCount(r.killed), ev: ["killed"], count: true },
  { key: "wounded", name: "Wounded", value: (r) => fmtCount(r.wounded), ev: ["wounded"], count: true },
  { key: "hostages", name: "Hostages", value: (r) => fmtCount(r.hostages), ev: ["hostages"], count: true },
  { key: "attack_types", name: "Attack type", value: (r) => (r.attack_types ?? []).map(label).join(", "), ev: ["attack_types", "attack_type"] },
  { key: "weapons", name: "Weapons", value: (r) => (r.weapons ?? []).map(label).join(", "), ev: ["weapons", "weapon"] },
  { key: "suicide", name: "Suicide attack", value: (r) => (r.suicide == null ? "" : r.suicide ? "yes" : "no"), ev: ["suicide"] },
  { key: "perpetrators", name: "Perpetrators", value: (r) => (r.perpetrators ?? []).map((p) => `${p.name} (${p.status}${p.by ? `, by ${p.by}` : ""})`).join("; "), ev: ["perpetrators", "perpetrator"], perps: true },
  { key: "targets", name: "Targets", value: () => "", ev: ["targets", "target"] },
  { key: "victims", name: "Victims", value: () => "", ev: ["victims", "victim"] },
  { key: "perpetrators_count", name: "Attackers", value: (r) => fmtCount(r.perpetrators_count), ev: ["perpetrators_count", "attackers"], count: true },
  { key: "perpetrators_killed", name: "Attackers killed", value: (r) => fmtCount(r.perpetrators_killed), ev: ["perpetrators_killed"], count: true },
  { key: "perpetrators_wounded", name: "Attackers wounded", value: (r) => fmtCount(r.perpetrators_wounded), ev: ["perpetrators_wounded"], count: true },
  { key: "duration_hours", name: "Duration", value: (r) => (r.duration_hours != null ? `${r.duration_hours} h` : ""), ev: ["duration_hours", "duration"] },
];

const articleOf = (r) => r.article ?? r.article_id;

function evidenceFor(r, row) {
  const out = [];
  for (const k of row.ev) out.push(...(r.evidence?.[k] ?? []));
  if (row.perps) for (const p of r.perpetrators ?? []) out.push(...(p.evidence ?? []));
  const seen = new Set();
  return out.filter((e) => { const k = `${e.start}:${e.end}`; return seen.has(k) ? false : seen.add(k); });
}

// Where a span really is in the text: its offsets when they match, else the first occurrence of its text.
function locate(text, ev) {
  if (text.slice(ev.start, ev.end) === ev.text || !ev.text) return [ev.start, ev.end];
  const at = text.indexOf(ev.text);
  return at >= 0 ? [at, at + ev.text.length] : [ev.start, ev.end];
}

// The sentence around [start, end): from the previous sentence end (or line break) to the next one.
function sentenceBounds(text, start, end) {
  let a = start;
  while (a > 0 && !/[.!?]\s/.test(text.slice(a - 2, a)) && text[a - 1] !== "\n" && start - a < 300) a--;
  let b = end;
  while (b < text.length && !/[.!?]/.test(text[b - 1] ?? "") && text[b] !== "\n" && b - end < 300) b++;
  while (b < text.length && /[”"’)]/.test(text[b])) b++;
  return [a, b];
}

// One quote per sentence, with every span of `evs` that falls in it marked.
function quotes(text, evs, field) {
  const bySentence = new Map();
  for (const ev of evs) {
    const [start, end] = locate(text, ev);
    const [a, b] = sentenceBounds(text, start, end);
    const key = `${a}:${b}`;
    if (!bySentence.has(key)) bySentence.set(key, { a, b, spans: [] });
    bySentence.get(key).spans.push({ start, end, ev });
  }
  return [...bySentence.values()].sort((x, y) => x.a - y.a).map(({ a, b, spans }) => {
    const parts = [];
    let pos = a;
    for (const s of spans.sort((x, y) => x.start - y.start)) {
      if (s.start < pos) continue;
      parts.push(text.slice(pos, s.start), el("mark", { class: `ev ev-${field}`, title: field }, text.slice(s.start, s.end)));
      pos = s.end;
    }
    parts.push(text.slice(pos, b));
    const q = el("blockquote", { class: "evidence", "data-field": field, title: "show in the article" }, ...parts);
    q.addEventListener("click", () => jumpTo(spans[0].ev));
    return q;
  });
}

const countValue = (c) => (c ? (c.low ?? c.high ?? null) : null);

// Reports disagree when their stated values differ (for counts: the numbers, not how they are qualified).
function disagree(reports, row) {
  const vals = row.count ? reports.map((r) => countValue(r[row.key])).filter((v) => v != null)
    : reports.map((r) => row.value(r)).filter((v) => v !== "");
  return new Set(vals).size > 1;
}

function renderReconciled(inc) {
  const t = document.getElementById("reconciled");
  const kv = (k, ...v) => el("tr", {}, el("th", {}, k), el("td", {}, ...v));
  const disputed = (r) => (r?.disputed ? el("span", { class: "tag warn" }, "reports disagree") : null);
  const rows = [
    kv("Date", fmtDate(inc.date), inc.date?.precision && inc.date.precision !== "day" ? el("span", { class: "tag" }, inc.date.precision) : null),
    kv("Place", placeName(inc.location), el("span", { class: isPrecise(inc.location) ? "tag" : "tag warn" }, inc.location?.precision ?? "unknown"),
      inc.location?.lat != null ? el("span", { class: "muted" }, ` ${inc.location.lat.toFixed(2)}, ${inc.location.lon.toFixed(2)}`) : null),
    kv("Category", label(inc.category), inc.doubt ? el("span", { class: "tag warn" }, "doubt") : null),
    kv("Attack type", (inc.attack_types ?? []).map(label).join(", ") || "unknown", inc.suicide ? el("span", { class: "tag" }, "suicide") : null),
    kv("Weapons", (inc.weapons ?? []).map(label).join(", ") || "unknown"),
    kv("Killed", el("strong", { id: "killed-best" }, fmtRange(inc.killed) || "unknown"), " ", disputed(inc.killed),
      inc.killed?.rule ? el("span", { class: "muted" }, ` rule: ${inc.killed.rule}`) : null),
    kv("Wounded", el("strong", {}, fmtRange(inc.wounded) || "unknown"), " ", disputed(inc.wounded)),
    kv("Perpetrators", ...(inc.perpetrators ?? []).map((p) => el("div", {}, el("strong", {}, p.name), " ",
      el("span", { class: `tag status-${p.status}` }, p.status), p.by ? ` by ${p.by}` : "", p.text && p.text !== p.name ? ` — “${p.text}”` : "",
      el("span", { class: "muted" }, ` (${(p.sources ?? []).length} source${(p.sources ?? []).length === 1 ? "" : "s"})`)))),
    kv("Targets", (inc.targets ?? []).map((e) => `${e.text}${e.type ? ` (${label(e.type)})` : ""}`).join("; ")),
    kv("Attackers", inc.perpetrators_count ?? "", inc.perpetrators_killed != null ? ` · ${inc.perpetrators_killed} killed` : "",
      inc.perpetrators_wounded != null ? ` · ${inc.perpetrators_wounded} wounded` : ""),
  ];
  if (inc.duration_hours != null) rows.push(kv("Duration", `${inc.duration_hours} hours`));
  t.replaceChildren(...rows);
}

function renderCompare(inc) {
  const reports = inc.reports ?? [];
  const table = document.getElementById("compare");
  const head = el("tr", {}, el("th", {}, "Field"), ...reports.map((r, i) => {
    const art = articles[articleOf(r)];
    return el("th", { class: "report-head" },
      el("div", {}, el("strong", {}, `Report ${i + 1}`), " ", el("span", { class: "tag" }, r.kind ?? "main")),
      el("div", {}, r.source ?? art?.source ?? "", r.published ? ` · ${r.published}` : ""),
      art?.title ? el("div", { class: "muted small" }, art.title) : null,
      r.uri ? el("div", { class: "small" }, el("a", { href: r.uri.startsWith("http") ? r.uri : `/api/articles/${articleOf(r)}`, rel: "noopener" }, "source")) : null);
  }));
  const body = [];
  for (const row of ROWS) {
    const evs = reports.map((r) => evidenceFor(r, row));
    const vals = reports.map((r) => row.value(r));
    if (vals.every((v) => v === "") && evs.every((e) => !e.length)) continue;
    const differ = disagree(reports, row);
    body.push(el("tr", { class: differ ? "disagree" : "", "data-field": row.key },
      el("th", {}, row.name, differ ? el("div", { class: "tag warn" }, "reports disagree") : null),
      ...reports.map((r, i) => {
        const text = articles[articleOf(r)]?.text ?? "";
        return el("td", { class: "cell" },
          vals[i] ? el("div", { class: "value" }, vals[i]) : el("div", { class: "muted" }, "not stated"),
          ...(text ? quotes(text, evs[i].map((ev) => ({ ...ev, article: articleOf(r) })), row.key)
            : evs[i].map((ev) => el("blockquote", { class: "evidence" }, el("mark", { class: `ev ev-${row.key}` }, ev.text)))));
      })));
  }
  table.style.minWidth = `${150 + reports.length * 300}px`; // many reports: scroll sideways, keep columns readable
  table.replaceChildren(el("thead", {}, head), el("tbody", {}, ...body));
}

function jumpTo(ev) {
  const m = document.querySelector(`#articles [data-article="${CSS.escape(ev.article)}"] mark[data-start="${ev.start}"]`);
  if (!m) return;
  m.scrollIntoView({ behavior: "smooth", block: "center" });
  m.classList.add("flash");
  setTimeout(() => m.classList.remove("flash"), 1500);
}

// The whole article with every evidence span of its reports marked (overlaps: the earlier/longer span wins).
function renderArticles(inc) {
  const box = document.getElementById("articles");
  const byArticle = new Map();
  for (const r of inc.reports ?? []) {
    const aid = articleOf(r);
    if (!byArticle.has(aid)) byArticle.set(aid, []);
    for (const row of ROWS) for (const ev of evidenceFor(r, row)) byArticle.get(aid).push({ ...ev, field: row.key });
  }
  box.replaceChildren(...[...byArticle.entries()].map(([aid, spans]) => {
    const art = articles[aid];
    if (!art) return el("article", { class: "article", "data-article": aid }, el("p", { class: "muted" }, `article ${aid} not stored`));
    const text = art.text;
    const located = spans.map((s) => { const [a, b] = locate(text, s); return { ...s, a, b }; })
      .sort((x, y) => x.a - y.a || y.b - x.b);
    const parts = [];
    let pos = 0;
    for (const s of located) {
      if (s.a < pos) continue;
      parts.push(text.slice(pos, s.a));
      parts.push(el("mark", { class: `ev ev-${s.field}`, title: s.field, "data-start": s.start }, text.slice(s.a, s.b)));
      pos = s.b;
    }
    parts.push(text.slice(pos));
    return el("article", { class: "article", "data-article": aid },
      el("h3", {}, art.title ?? aid),
      el("div", { class: "muted small" }, [art.source, art.published, art.uri].filter(Boolean).join(" · ")),
      el("div", { class: "article-text" }, ...parts));
  }));
}

async function main() {
  document.getElementById("json-link").href = `/api/incidents/${encodeURIComponent(incidentId)}`;
  const back = sessionStorage.getItem("strife:list");
  if (back) document.getElementById("back").href = back;
  let inc;
  try {
    inc = await getJSON(`/api/incidents/${encodeURIComponent(incidentId)}`);
  } catch (err) {
    document.getElementById("title").textContent = "Incident not found";
    const box = document.getElementById("error");
    box.hidden = false;
    box.textContent = err.message;
    return;
  }
  if (inc.id !== incidentId) history.replaceState(null, "", `/incident/${encodeURIComponent(inc.id)}`);
  const ids = [...new Set((inc.reports ?? []).map(articleOf))];
  await Promise.all(ids.map(async (aid) => {
    try { articles[aid] = await getJSON(`/api/articles/${encodeURIComponent(aid)}`); } catch { /* shown as missing */ }
  }));
  document.title = `strife · ${placeName(inc.location)} ${inc.date?.value ?? ""}`;
  document.getElementById("title").textContent = `${placeName(inc.location)} — ${fmtDate(inc.date)}`;
  document.getElementById("badges").replaceChildren(
    ...(inc.attack_types ?? []).map((t) => el("span", { class: "tag big" }, label(t))),
    el("span", { class: "tag big" }, `${(inc.reports ?? []).length} report${(inc.reports ?? []).length === 1 ? "" : "s"}`),
    el("span", { class: "muted small" }, ` ${inc.id}`));
  document.getElementById("summary-text").textContent = inc.summary ?? "";
  renderReconciled(inc);
  renderCompare(inc);
  renderArticles(inc);
  document.body.dataset.loaded = "1";
}

main();
