"""Fonts for notices: the official faces when installed, the bundled font otherwise, always embedded.

ReportLab draws a character its font lacks as an empty box and says nothing, so every string is
split into runs by which available font has each glyph (``runs``); a character no font has raises
``MissingGlyphError`` naming it and the field it is in, and the notice is refused.
Fonts are found and parsed once per process, lazily, on the first notice.

When none of those faces has a character (a rare name: 𪚥, 䶮), every font installed on the PC
is a candidate: on Linux fontconfig lists them with the characters each covers (``fc-list``),
elsewhere the font folders are read. That index is built on the first such miss only, never on
an ordinary print, and kept on disk in the user cache folder until a font file is added, removed
or changed. ReportLab can embed only TrueType outlines (TTF/TTC with a ``glyf`` table), so a font
with PostScript (CFF) outlines is never used, and the refusal says which fonts had the character
but could not be embedded.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import json
import logging
import marshal
import os
import shutil
import subprocess
import sys
import threading
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from villagedesk.files import write_atomically
from villagedesk.paths import APP_NAME, resource_path

log = logging.getLogger(__name__)

# Roles of GB/T 9704 and the file names that provide them, most official first.
ROLE_FILES: dict[str, list[str]] = {
    "fangsong": ["simfang.ttf", "FANGSONG_GB2312.TTF", "仿宋_GB2312.ttf", "STFANGSO.TTF", "FZFSJW.TTF"],
    "hei": ["simhei.ttf", "STHEITI.TTF", "FZHTJW.TTF"],
    "kai": ["simkai.ttf", "KAITI_GB2312.TTF", "楷体_GB2312.ttf", "STKAITI.TTF", "FZKTJW.TTF"],
    "song": ["simsun.ttc", "STSONG.TTF", "FZSSJW.TTF"],
    "xbs": ["FZXBSJW.TTF", "方正小标宋简体.ttf", "FZXBSK.TTF"],  # 小标宋 for titles
}
# When a role's official face is missing, the closest other role, then the bundled font.
ROLE_SUBSTITUTES: dict[str, list[str]] = {
    "xbs": ["hei", "song"],
    "fangsong": ["song", "kai"],
    "kai": ["fangsong", "song"],
    "hei": [],
    "song": ["fangsong"],
}
BUNDLED = ("VDBundled", "wqy-microhei.ttc", 0)


class MissingGlyphError(ValueError):
    """No available font can print this character; the notice is refused."""

    def __init__(self, char: str, field: str, unembeddable: tuple[str, ...] = ()) -> None:
        self.char = char
        self.field = field
        self.unembeddable = unembeddable  # fonts that have it but cannot be embedded (CFF outlines)
        name = unicodedata.name(char, "?")
        super().__init__(
            f"{field}: no font on this computer that can be embedded has '{char}' (U+{ord(char):04X} {name})"
        )


@dataclass(frozen=True)
class LoadedFont:
    name: str  # ReportLab registration name
    path: Path
    cmap: frozenset[int]

    def has(self, char: str) -> bool:
        return ord(char) in self.cmap or char in "\n\t "


def font_dirs() -> list[Path]:
    override = os.environ.get("VILLAGEDESK_FONT_DIRS")
    if override is not None:  # tests pin the font set; "" means: bundled font only
        return [Path(p) for p in override.split(os.pathsep) if p]
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs += [
            windir / "Fonts",
            Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts",
        ]
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    else:
        dirs += [
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            Path.home() / ".fonts",
            Path.home() / ".local" / "share" / "fonts",
        ]
    return [d for d in dirs if d.is_dir()]


def _find(names: list[str], dirs: list[Path]) -> Path | None:
    wanted = {n.lower() for n in names}
    for folder in dirs:
        try:
            for path in folder.rglob("*"):
                if path.name.lower() in wanted and path.is_file():
                    return path
        except OSError:
            continue
    return None


def _load(name: str, path: Path, subfont: int = 0, *, cached: bool = False) -> LoadedFont | None:
    """Parse and register a font; with ``cached`` the parse is kept in the user cache folder (a
    large Chinese font takes a quarter of a second to parse, on every print from the command line)."""
    font = _from_cache(name, path, subfont) if cached else None
    if font is None:
        try:
            font = TTFont(name, str(path), subfontIndex=subfont)
        except Exception:  # a damaged or CFF-outline font: skip it, never crash printing
            return None
        if cached:
            _to_cache(font, path, subfont)
    pdfmetrics.registerFont(font)
    return LoadedFont(name, path, frozenset(font.face.charToGlyph))


# -- parsed fonts kept on disk -----------------------------------------------------------------------
# What ReportLab reads from a font file (character map, widths, glyph offsets, names) is stored with
# marshal, which holds plain values only and runs no code when read. The key names everything the
# parse depends on: the file (path, size, modification time, face), ReportLab's version and the
# Python that wrote it. A cache file that is missing, damaged, stale or unreadable is ignored and
# written again; the font file itself is always read from its own place.
FONT_CACHE_VERSION = 3
_NAME_FIELDS = ("name", "familyName", "styleName", "fullName", "uniqueFontID")


def _font_cache_key(path: Path, subfont: int) -> tuple[str, str]:
    import reportlab

    info = path.stat()
    where = str(path.resolve())
    key = "|".join(
        str(part)
        for part in (
            FONT_CACHE_VERSION,
            where,
            subfont,
            info.st_size,
            info.st_mtime_ns,
            reportlab.Version,
            marshal.version,
            sys.version_info[:2],
        )
    )
    # one file per font name and face, whatever folder it is in: a program that moves (a new version
    # installed elsewhere) replaces its cache file instead of leaving another beside it
    return key, f"{path.stem}-{subfont}.rlfont"


def _font_cache_file(name: str) -> Path:
    return cache_dir() / "fonts" / name


def _from_cache(name: str, path: Path, subfont: int) -> TTFont | None:
    try:
        key, file_name = _font_cache_key(path, subfont)
        stored = marshal.loads(_font_cache_file(file_name).read_bytes())
        if not isinstance(stored, dict) or stored.get("key") != key:
            return None
        data = path.read_bytes()
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of new lists: the collector's passes over them would cost a third
        try:
            fields = {k: _unpack(v) for k, v in stored["face"].items()}
        finally:
            if collecting:
                gc.enable()
        if len(data) != stored["size"] or not isinstance(fields.get("charToGlyph"), dict):
            return None
        return _rebuild(name, data, fields, stored["names"])
    except Exception as exc:  # damaged, stale or from another version: parse the font again
        log.debug("font cache for %s not used: %s", path, exc)
        return None


# The large tables (character map, widths, glyph metrics and offsets: tens of thousands of entries)
# are stored as packed arrays, which read back many times faster than the same values one by one.
def _ints(values: Iterable[int]) -> bytes:
    return array("q", values).tobytes()


def _array(code: str, data: bytes) -> array[Any]:
    out = array(code)
    out.frombytes(data)
    return out


def _column(values: list[Any]) -> tuple[bytes, dict[int, Any]] | None:
    """Integers as a packed array; the few other numbers (a scaled width) kept beside it by position."""
    if not all(type(v) is int or type(v) is float for v in values):
        return None
    others = {i: v for i, v in enumerate(values) if type(v) is not int}
    return _ints(0 if i in others else v for i, v in enumerate(values)), others


def _uncolumn(packed: tuple[bytes, dict[int, Any]]) -> list[Any]:
    values: list[Any] = _array("q", packed[0]).tolist()
    for at, value in packed[1].items():
        values[at] = value
    return values


def _pack(value: object) -> tuple[str, object]:
    if isinstance(value, dict) and value and all(type(k) is int for k in value):
        values = list(value.values())
        if all(type(v) is int for v in values):
            return ("ii", (_ints(value), _ints(values)))
        if all(type(v) is float for v in values):
            return ("if", (_ints(value), array("d", values).tobytes()))
        if all(type(v) is list and v and all(type(x) is int for x in v) for v in values):
            longer = {k: v for k, v in value.items() if len(v) != 1}
            return ("il", (_ints(value), _ints(v[0] for v in values), longer))
    if isinstance(value, list) and value:
        if all(type(v) is int for v in value):
            return ("l", _ints(value))
        if all(type(v) is tuple and len(v) == 2 for v in value):
            first, second = _column([v[0] for v in value]), _column([v[1] for v in value])
            if first is not None and second is not None:
                return ("t", (first, second))
    return ("", value)


def _unpack(packed: tuple[str, Any]) -> object:
    how, value = packed
    if how == "ii":
        return dict(zip(_array("q", value[0]), _array("q", value[1]), strict=True))
    if how == "if":
        return dict(zip(_array("q", value[0]), _array("d", value[1]), strict=True))
    if how == "il":
        keys, firsts = _array("q", value[0]).tolist(), _array("q", value[1]).tolist()
        out = dict(zip(keys, [[first] for first in firsts], strict=True))
        out.update(value[2])
        return out
    if how == "l":
        return _array("q", value).tolist()
    if how == "t":
        return list(zip(_uncolumn(value[0]), _uncolumn(value[1]), strict=True))
    if how:
        raise ValueError(f"unknown packing {how!r}")
    return value


def _rebuild(name: str, data: bytes, fields: dict[str, object], names: dict[str, bytes]) -> TTFont:
    """A TTFont as ReportLab's constructor leaves it, from the stored parse."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase import ttfonts

    face = ttfonts.TTFontFace.__new__(ttfonts.TTFontFace)
    face.__dict__.update(fields)
    for field, value in names.items():
        setattr(face, field, ttfonts.TTFNameBytes(value))
    face._ttf_data = data
    units = int(fields["unitsPerEm"])  # type: ignore[call-overload]
    factor = 1000 / units
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x: x * factor)
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = ttfonts.TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in ttfonts.unShapedFontGlob)
    return font


def _to_cache(font: TTFont, path: Path, subfont: int) -> None:
    import tempfile

    face = font.face
    fields = {
        k: _pack(v) for k, v in vars(face).items() if k not in ("_ttf_data", "_pdfScale", *_NAME_FIELDS)
    }
    names = {k: bytes(getattr(face, k)) for k in _NAME_FIELDS if hasattr(face, k)}
    try:
        key, file_name = _font_cache_key(path, subfont)
        payload = marshal.dumps({"key": key, "size": len(face._ttf_data), "face": fields, "names": names})
        target = _font_cache_file(file_name)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(payload)
            os.replace(tmp, target)  # whole or not at all, even with two processes writing it
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError) as exc:  # a read-only profile still prints: parsed again next time
        log.info("font %s not cached: %s", path, exc)


# -- every font on the PC, by the characters it covers --------------------------------------------
FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
INDEX_VERSION = 1


@dataclass(frozen=True)
class SystemFont:
    path: str
    index: int  # the face inside a .ttc collection
    embeddable: bool  # TrueType outlines: ReportLab can embed it
    ranges: tuple[tuple[int, int], ...]  # covered code points, inclusive, sorted

    def covers(self, code: int) -> bool:
        at = bisect.bisect_right(self.ranges, (code, sys.maxsize)) - 1
        return at >= 0 and self.ranges[at][0] <= code <= self.ranges[at][1]


class SystemFontIndex:
    def __init__(self, fonts: list[SystemFont]) -> None:
        self.fonts = sorted(fonts, key=lambda f: (not f.embeddable, f.path, f.index))

    def covering(self, code: int) -> list[SystemFont]:
        """Fonts that have this character, those that can be embedded first."""
        return [f for f in self.fonts if f.covers(code)]


def _ranges(codes: list[int]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for code in sorted(codes):
        if out and code == out[-1][1] + 1:
            out[-1] = (out[-1][0], code)
        else:
            out.append((code, code))
    return tuple(out)


def _font_files(dirs: list[Path]) -> list[Path]:
    files = []
    for folder in dirs:
        for root, _subdirs, names in os.walk(folder):
            files += [Path(root) / n for n in names if n.lower().endswith(FONT_SUFFIXES)]
    return sorted(set(files))


def _fingerprint(files: list[Path], how: str) -> str:
    digest = hashlib.sha256(f"{INDEX_VERSION}:{how}".encode())
    for path in files:
        try:
            info = path.stat()
        except OSError:
            continue
        digest.update(f"{path}\t{info.st_mtime_ns}\t{info.st_size}\n".encode())
    return digest.hexdigest()


def _scan_fontconfig(program: str) -> list[SystemFont]:
    """fontconfig already knows every installed font's characters: one ``fc-list`` call."""
    out = subprocess.run(
        [program, "--format", "%{file}|%{index}|%{fontformat}|%{charset}\n"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    fonts = []
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) != 4 or not parts[0].lower().endswith(FONT_SUFFIXES):
            continue
        path, index, kind, charset = parts
        ranges = []
        for item in charset.split():
            low, _, high = item.partition("-")
            ranges.append((int(low, 16), int(high or low, 16)))
        fonts.append(SystemFont(path, int(index or 0), kind == "TrueType", tuple(sorted(ranges))))
    return fonts


def _scan_files(files: list[Path]) -> list[SystemFont]:
    """Read each font's character map (Windows, or folders named in VILLAGEDESK_FONT_DIRS)."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFontFile

    fonts = []
    for path in files:
        index = count = 0
        while index <= count:
            try:
                face = TTFontFile(str(path), subfontIndex=index)
            except TTFError as exc:  # PostScript (CFF) outlines, or damaged: cannot be embedded
                log.debug("font %s: %s", path, exc)
                fonts.append(SystemFont(str(path), index, False, ()))
                break
            except Exception as exc:  # never let a strange font file stop printing
                log.debug("font %s unreadable: %s", path, exc)
                break
            count = getattr(face, "numSubfonts", 1) - 1
            fonts.append(SystemFont(str(path), index, True, _ranges(list(face.charToGlyph))))
            index += 1
    return fonts


def cache_dir() -> Path:
    override = os.environ.get("VILLAGEDESK_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def system_font_index() -> SystemFontIndex:
    """The index of the PC's fonts, from the disk cache while no font file has changed."""
    override = os.environ.get("VILLAGEDESK_FONT_DIRS")
    if override == "":  # tests print with the bundled font only
        return SystemFontIndex([])
    fc_list = shutil.which("fc-list") if override is None and not sys.platform.startswith("win") else None
    dirs = font_dirs()
    how = "fontconfig" if fc_list else "files"
    files = _font_files(dirs)
    key = _fingerprint(files, how + os.pathsep.join(str(d) for d in dirs))
    cache = cache_dir() / "font-index.json"
    try:
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if stored.get("key") == key:
            return SystemFontIndex(
                [SystemFont(p, i, e, tuple((a, b) for a, b in r)) for p, i, e, r in stored["fonts"]]
            )
    except (OSError, ValueError, KeyError, TypeError):
        pass
    fonts: list[SystemFont] = []
    if fc_list:
        try:
            fonts = _scan_fontconfig(fc_list)
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            log.warning("fc-list failed (%s); reading the font folders instead", exc)
            fonts = _scan_files(files)
    else:
        fonts = _scan_files(files)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        payload = {"key": key, "fonts": [[f.path, f.index, f.embeddable, f.ranges] for f in fonts]}
        write_atomically(cache, json.dumps(payload, separators=(",", ":")).encode("utf-8"))
    except OSError as exc:  # a read-only profile still prints; the index is rebuilt next time
        log.warning("font index not cached: %s", exc)
    return SystemFontIndex(fonts)


class FontSet:
    """The faces for each role plus the fallback chain; built once per process."""

    def __init__(self) -> None:
        dirs = font_dirs()
        self.bundled = _load(BUNDLED[0], resource_path("fonts", BUNDLED[1]), BUNDLED[2], cached=True)
        if self.bundled is None:
            raise RuntimeError("the bundled font resources/fonts/wqy-microhei.ttc cannot be loaded")
        official: dict[str, LoadedFont] = {}
        for role, names in ROLE_FILES.items():
            path = _find(names, dirs)
            if path is not None:
                loaded = _load(f"VD-{role}", path, cached=True)
                if loaded is not None:
                    official[role] = loaded
        self.official = official
        self.roles: dict[str, LoadedFont] = {}
        for role in ROLE_FILES:
            chosen = official.get(role)
            for substitute in ROLE_SUBSTITUTES[role]:
                chosen = chosen or official.get(substitute)
            self.roles[role] = chosen or self.bundled
        chain = [*official.values(), self.bundled]
        self.fallbacks: list[LoadedFont] = []
        for font in chain:
            if font.name not in {f.name for f in self.fallbacks}:
                self.fallbacks.append(font)
        self._index: SystemFontIndex | None = None
        self._system: dict[tuple[str, int], LoadedFont | None] = {}
        self._known_missing: dict[str, tuple[str, ...]] = {}

    def system_fallback(self, char: str) -> LoadedFont | None:
        """A font installed on the PC that has ``char`` and can be embedded, loaded and added to
        the fallback chain; None when there is none. The index is built on the first call."""
        if char in self._known_missing:
            return None
        if self._index is None:
            self._index = system_font_index()
        unembeddable: list[str] = []
        for entry in self._index.covering(ord(char)):
            if not entry.embeddable:
                unembeddable.append(Path(entry.path).name)
                continue
            key = (entry.path, entry.index)
            if key not in self._system:
                loaded = _load(f"VD-sys{len(self._system)}", Path(entry.path), entry.index)
                self._system[key] = loaded
                if loaded is None:
                    log.info("font %s cannot be embedded; skipped", entry.path)
            loaded = self._system[key]
            if loaded is None:
                unembeddable.append(Path(entry.path).name)
            elif loaded.has(char):
                if loaded not in self.fallbacks:
                    self.fallbacks.append(loaded)
                return loaded
        self._known_missing[char] = tuple(dict.fromkeys(unembeddable))
        return None

    def font(self, role: str) -> LoadedFont:
        return self.roles[role]

    def runs(self, text: str, role: str, field: str) -> list[tuple[str, str]]:
        """Split ``text`` into (font name, text) runs so every character has a real glyph."""
        primary = self.roles[role]
        out: list[tuple[str, str]] = []
        for char in text:
            if unicodedata.category(char) in ("Cc", "Cf") and char not in "\n\t":
                continue  # invisible control and format characters never print
            font = primary if primary.has(char) else next((f for f in self.fallbacks if f.has(char)), None)
            if font is None:
                font = self.system_fallback(char)
            if font is None:
                raise MissingGlyphError(char, field, self._known_missing.get(char, ()))
            if out and out[-1][0] == font.name:
                out[-1] = (font.name, out[-1][1] + char)
            else:
                out.append((font.name, char))
        return out

    def check(self, text: str, role: str, field: str) -> None:
        self.runs(text, role, field)

    def describe(self) -> list[tuple[str, str, bool]]:
        """(role, file name, bundled) per face: the fallbacks first (role ""), then each role by its
        Chinese name; the command line words it."""
        lines = [("", font.path.name, False) for font in self.fallbacks[len(self.official) + 1 :]]
        for role, label in (
            ("fangsong", "仿宋"),
            ("hei", "黑体"),
            ("kai", "楷体"),
            ("song", "宋体"),
            ("xbs", "小标宋"),
        ):
            font = self.roles[role]
            lines.append((label, font.path.name, font is self.bundled))
        return lines


_fonts: FontSet | None = None
_lock = threading.Lock()


def fonts() -> FontSet:
    global _fonts
    with _lock:
        if _fonts is None:
            _fonts = FontSet()
        return _fonts


def reset_fonts() -> None:
    """Forget the discovered fonts (tests change VILLAGEDESK_FONT_DIRS)."""
    global _fonts
    with _lock:
        _fonts = None


def font_report() -> list[tuple[str, str, bool]]:
    return fonts().describe()
