"""村务公开's board photos across the exchange: each posted disclosure's photo travels in the package
downscaled to at most 500 kB, is kept at the township beside the posted PDF and opened from there; an
oversized or forged photo member is refused with a Chinese message and nothing is imported."""

from __future__ import annotations

import io
import os
import zipfile

import pytest
from PIL import Image
from sqlalchemy import func, select

from tests.e2e.test_exchange import World
from tests.e2e.test_exchange_hardening import CODE, Town, refuse  # noqa: F401 - fixtures below
from villagedesk.core.disclosure import service as s
from villagedesk.core.disclosure.photos import MAX_BYTES, downscale
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import Disclosure, DisclosureStatus
from villagedesk.db.models.exchange import TownshipPhoto
from villagedesk.exchange import package
from villagedesk.exchange import township as tw
from villagedesk.exchange.package import Refusal


def noisy_photo(width: int = 2400, height: int = 1600, fmt: str = "PNG") -> bytes:
    """A photo that does not compress: several MB as PNG, far above 500 kB as a JPEG too."""
    image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    out = io.BytesIO()
    image.save(out, fmt, **({"quality": 95} if fmt == "JPEG" else {}))
    return out.getvalue()


def test_a_large_photo_is_downscaled_and_a_small_jpeg_travels_as_it_is() -> None:
    big = noisy_photo()
    assert len(big) > 5 * MAX_BYTES
    small = downscale(big)
    assert len(small) <= MAX_BYTES and package.is_jpeg(small)
    with Image.open(io.BytesIO(small)) as image:
        assert image.format == "JPEG" and max(image.size) < 2400
    little = noisy_photo(200, 150, "JPEG")
    assert len(little) < MAX_BYTES and downscale(little) == little


@pytest.fixture
def world(tmp_path, township_url):
    w = World(tmp_path, township_url)
    yield w
    w.close()


def test_the_package_carries_the_board_photo_and_the_township_opens_it(world, tmp_path) -> None:
    store = world.village()
    photo = tmp_path / "公开栏.png"
    photo.write_bytes(noisy_photo())
    with unit_of_work(store.sessions, actor="tester") as session:
        d = session.scalars(
            select(Disclosure)
            .where(Disclosure.status == DisclosureStatus.POSTED, Disclosure.deleted.is_(False))
            .order_by(Disclosure.posted_on.desc())
        ).first()
        s.add_attachment(session, d.id, photo, "公开栏照片", store.data_dir.attachments)
        uuid = d.uuid
    path = world.export(CODE, full=True)
    with zipfile.ZipFile(path) as archive:
        member = archive.getinfo(f"photos/{uuid}.jpg")
        assert member.file_size <= MAX_BYTES and package.is_jpeg(archive.read(member))
        assert f"notices/{uuid}.pdf" in archive.namelist()  # beside the posted PDF
    world.import_(path)
    with world.town() as session:
        assert uuid in tw.photo_uuids(session, CODE)
        jpeg = tw.notice_photo(session, CODE, uuid)
        assert len(jpeg) <= MAX_BYTES and package.is_jpeg(jpeg)
        assert any(p.notice_uuid == uuid for p in tw.list_notice_pdfs(session, CODE))
    # the next package sends the same photo again only when it changed: the township keeps one copy
    world.import_(world.export(CODE, full=True))
    assert world.count(TownshipPhoto) == 1


@pytest.fixture
def town(tmp_path, township_url):
    t = Town(tmp_path, township_url)
    yield t
    t.engine.dispose()


@pytest.fixture(scope="module")
def chinese():
    from villagedesk.i18n import load_translator, tr_core

    load_translator("zh_CN")
    return tr_core


def _with_member(name: str, body: bytes):  # type: ignore[no-untyped-def]
    def mutate(manifest: dict) -> None:
        manifest["members"][name] = package.sha256(body)

    return mutate


PHOTO = "photos/6f1c1e7a-9d1b-4c35-8a52-2b7d3c9e0f11.jpg"


@pytest.mark.parametrize(
    ("body", "kind", "words"),
    [
        (b"\xff\xd8\xff\xe0" + os.urandom(600 * 1024) + b"\xff\xd9", Refusal.TOO_LARGE, "照片"),  # oversized
        (b"%PDF-1.4 not a photo at all %%EOF", Refusal.TAMPERED, "JPEG"),  # forged: a photo in name only
    ],
)
def test_an_oversized_or_forged_photo_member_is_refused(town, chinese, body, kind, words) -> None:  # type: ignore[no-untyped-def]
    data = town.craft(1, mutate=_with_member(PHOTO, body), extra=[(PHOTO, body)])
    message = refuse(town, data, kind, chinese)
    assert words in message and "photos/" in message, message
    with town.sessions() as session:
        assert session.scalar(select(func.count()).select_from(TownshipPhoto)) == 0
