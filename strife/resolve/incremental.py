"""Incremental resolution: new reports join stored incidents without recomputing the world.

Only the blocks the new reports fall in are loaded (their country, their dates ± the blocking window), plus every
report of the incidents those reports already belong to, so the affected incidents are resolved whole.
Known gap: stored reports without any date, and reports of another country for a new report without one, are
not loaded (the store cannot select them by publication date); they still join when their own article arrives.
"""

from __future__ import annotations

from strife.model import Report
from strife.store import Store

from .blocking import block_keys
from .engine import ResolveResult, resolve


def load_pool(store: Store, new_reports: list[Report]) -> dict[str, Report]:
    """The stored reports that could share an incident with `new_reports`, with the new ones, by id."""
    spellings: dict[str | None, set[str | None]] = {None: {None}}  # "PK" as blocked → codes as written
    for r in new_reports:
        cc = r.location.country_code if r.location else None
        spellings.setdefault(cc.upper() if cc else None, set()).update({cc, cc.upper() if cc else None})
    pool: dict[str, Report] = {}
    for country, date_from, date_to in sorted(block_keys(new_reports), key=str):
        # Reports with no country may match any country, so their block is loaded alongside every window.
        codes = spellings[country] | {None}
        for code in sorted(codes, key=str):
            for rep in store.reports_in_block(code, date_from, date_to):
                pool[rep.id] = rep
    for r in new_reports:
        pool[r.id] = r
    return pool


def update(store: Store, new_reports: list[Report], rule: str = "max_at_least") -> ResolveResult:
    """Resolve `new_reports` against the stored incidents of their blocks; save the outcome in one transaction."""
    if not new_reports:
        return ResolveResult()
    pool = load_pool(store, new_reports)
    previous = store.incidents_for_reports(sorted(pool))
    held = sorted({r.id for inc in previous for r in inc.reports} - set(pool))
    for rep in store.get_reports(held) if held else []:
        pool[rep.id] = rep  # the current version of every report of an affected incident
    result = resolve(list(pool.values()), previous, store.corrections(), rule, with_previous_reports=False)
    with store.transaction():
        store.save_incidents(result.incidents, result.removed)
        store.add_changes(result.changes)
    return result
