"""Board photos travel to the township: the newest photo of each posted disclosure's board,
downscaled to a JPEG of at most 500 kB (Pillow; the desk's own photo stays as the clerk took it)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.db.models import Disclosure, DisclosureStatus

PHOTO_LABEL = "公开栏照片"
MAX_BYTES = 500 * 1024
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
LONG_SIDES = (2400, 1800, 1400, 1100, 900, 700, 560)  # the longest side tried, largest first
QUALITIES = (85, 75, 65)


def downscale(data: bytes, limit: int = MAX_BYTES) -> bytes:
    """A JPEG of at most ``limit`` bytes: the photo as it is when it already is one that small,
    else re-encoded smaller (longest side, then quality) until it fits. Raises OSError/ValueError
    for a file that is not an image."""
    from PIL import Image, ImageOps

    if len(data) <= limit and data[:3] == b"\xff\xd8\xff":
        return data
    with Image.open(io.BytesIO(data)) as opened:
        image = ImageOps.exif_transpose(opened).convert("RGB")  # a phone's portrait photo stays upright
    for side in LONG_SIDES:
        smaller = image.copy()
        smaller.thumbnail((side, side), Image.Resampling.LANCZOS)
        for quality in QUALITIES:
            out = io.BytesIO()
            smaller.save(out, "JPEG", quality=quality, optimize=True)
            if out.tell() <= limit:
                return out.getvalue()
    smaller = image.copy()
    smaller.thumbnail((400, 400), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    smaller.save(out, "JPEG", quality=60)
    return out.getvalue()


def board_photo(d: Disclosure, attachments: Path) -> Path | None:
    """The newest board photo attached to a disclosure, if its file is there."""
    entries = [
        a
        for a in json.loads(d.attachments_json or "[]")
        if a.get("label") == PHOTO_LABEL and Path(str(a.get("file", ""))).suffix.lower() in PHOTO_SUFFIXES
    ]
    for entry in reversed(entries):
        path = attachments / Path(str(entry["file"])).name
        if path.is_file():
            return path
    return None


def package_photos(session: Session, attachments: Path, uuids: set[str] | None) -> dict[str, bytes]:
    """The board photos of the posted disclosures among ``uuids`` (None: every posted one), by the
    disclosure's uuid, each downscaled to at most 500 kB. A photo that cannot be read stays home."""
    stmt = select(Disclosure).where(
        Disclosure.deleted.is_(False),
        Disclosure.status == DisclosureStatus.POSTED,
        Disclosure.attachments_json != "[]",
    )
    from PIL import Image

    out: dict[str, bytes] = {}
    for d in session.scalars(stmt):
        if uuids is not None and d.uuid not in uuids:
            continue
        path = board_photo(d, attachments)
        if path is None:
            continue
        try:
            out[d.uuid] = downscale(path.read_bytes())
        except (OSError, ValueError, Image.DecompressionBombError):
            continue
    return out
