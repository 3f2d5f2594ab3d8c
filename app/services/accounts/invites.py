"""Joining a class in one step: the class's invite link and its QR code.

The link is `/join/<code>`: a signed-in learner confirms with one button, anyone else
registers with the code filled in (or logs in and comes back). The QR code is drawn by
`segno` (a maintained, dependency-free QR encoder) as inline SVG, so it prints and projects
sharply at any size and needs no image route.
"""

from __future__ import annotations

import segno
from flask import url_for
from markupsafe import Markup

from ...models import Group


def invite_url(group: Group) -> str:
    """The absolute link that joins this class."""
    return url_for("quiz.join_link", code=group.join_code, _external=True)


def qr_svg(url: str, label: str) -> Markup:
    """The link as a QR code: inline SVG that scales with its box (CSS sizes it), named for
    screen readers by `label`."""
    code = segno.make(url, error="m")
    svg = code.svg_inline(scale=1, omitsize=True, title=label, svgclass="qr", lineclass=None)
    # An image for assistive technology, named by its <title>; dark on light whatever the theme.
    svg = svg.replace("<svg ", '<svg role="img" ', 1)
    return Markup(svg)  # nosec B704 - segno's own markup; the label is escaped by segno
