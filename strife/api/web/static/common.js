// Shared helpers for the strife pages: fetching JSON, building elements, formatting contract values.

export async function getJSON(url) {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  if (!res.ok) {
    let detail = res.statusText;
    try { detail = (await res.json()).detail ?? detail; } catch { /* not JSON */ }
    throw new Error(`${res.status}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
  }
  return res.json();
}

// el("td", {class: "num", title: "x"}, "text", childNode, ...): a DOM element; never sets innerHTML from data.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export const label = (s) => (s ? String(s).replaceAll("_", " ") : "");

export function placeName(loc) {
  if (!loc) return "unknown place";
  const parts = [loc.city || loc.name, loc.admin1, loc.country].filter(Boolean);
  return [...new Set(parts)].join(", ") || loc.text || "unknown place";
}

export function isPrecise(loc) {
  return !!loc && (loc.precision === "point" || loc.precision === "city");
}

const QUAL = {
  at_least: "at least", more_than: "more than", about: "about", at_most: "at most", less_than: "fewer than",
  dozens: "dozens", tens: "tens", scores: "scores", hundreds: "hundreds", several: "several",
};

// A report's count {low, high, qualifier} as the text would say it.
export function fmtCount(c) {
  if (!c) return "";
  if (c.low != null && c.high != null && c.high !== c.low) return `${c.low}–${c.high}`;
  const v = c.low ?? c.high;
  if (v == null) return QUAL[c.qualifier] ?? "";
  const q = QUAL[c.qualifier];
  if (c.imputed) return `${q ?? ""} (≈${v})`.trim();
  return q ? `${q} ${v}` : String(v);
}

// An incident's reconciled range {low, best, high, disputed}.
export function fmtRange(r) {
  if (!r || r.best == null) return r && r.low != null ? String(r.low) : "";
  if (r.low != null && r.high != null && (r.low !== r.best || r.high !== r.best)) {
    return `${r.best} (${r.low}–${r.high})`;
  }
  return String(r.best);
}

export function fmtDate(d) {
  if (!d) return "";
  return d.value ?? (d.text ? `“${d.text}”` : "unknown");
}
