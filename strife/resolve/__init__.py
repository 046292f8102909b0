"""strife.resolve — cluster reports into incidents and reconcile their values (DESIGN.md §4)."""

from strife.resolve.engine import ResolveResult, resolve
from strife.resolve.reconcile import RULES, reconcile

__all__ = ["RULES", "ResolveResult", "reconcile", "resolve"]
