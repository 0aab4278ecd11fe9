"""Reading generated PDFs the way a checker would: text, fonts, page size and text positions."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader

MM = 72 / 25.4


@dataclass
class Pdf:
    reader: PdfReader
    text: str
    positions: list[tuple[float, float, str]]

    @property
    def pages(self) -> int:
        return len(self.reader.pages)

    def font_files(self) -> list[str]:
        names = []
        for page in self.reader.pages:
            fonts = page["/Resources"].get_object().get("/Font", {})
            for ref in fonts.values():
                font = ref.get_object()
                for desc_font in font.get("/DescendantFonts", [font]):
                    descriptor = desc_font.get_object().get("/FontDescriptor")
                    if descriptor is not None:
                        d = descriptor.get_object()
                        names.append(
                            str(d.get("/FontName")) + (" embedded" if "/FontFile2" in d else " NOT EMBEDDED")
                        )
        return names


def read_pdf(data: bytes) -> Pdf:
    reader = PdfReader(io.BytesIO(data))
    positions: list[tuple[float, float, str]] = []
    texts = []
    for page in reader.pages:

        def visit(text, cm, tm, font_dict, font_size):  # type: ignore[no-untyped-def]
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                positions.append((x, y, text))

        texts.append(page.extract_text(visitor_text=visit))
    return Pdf(reader, "\n".join(texts), positions)


def squash(text: str) -> str:
    return "".join(text.split())
