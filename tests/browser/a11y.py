"""The axe-core check every browser journey can call: WCAG 2.1 A and AA, zero violations.

axe-core comes with the axe-playwright-python package (its bundled axe.min.js) and runs in the
page under test; the pages' Content-Security-Policy forbids evaluated script, so the contexts
that run it bypass CSP (the app's own scripts are loaded as usual).
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
_AXE = Axe()


def violations(page: Any) -> list[str]:
    """Each violation of the page as 'rule: target …' lines (empty when there is none)."""
    options = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}
    results = _AXE.run(page, options=options)
    found = []
    for v in results.response.get("violations", []):
        targets = "; ".join(str(n.get("target")) for n in v.get("nodes", [])[:5])
        found.append(f"{v['id']} ({v.get('impact')}): {v.get('help')} — {targets}")
    return found


def check(page: Any, where: str, seen: dict[str, list[str]]) -> None:
    """Record the page's violations under `where` (the caller asserts on the whole walk)."""
    found = violations(page)
    if found:
        seen[where] = found
