"""Write benchmarks/fixtures/notice-general.odt: the demo's water-cut notice (general-1 of
`villagedesk demo --as-of 2026-11-26`), same title, text and table, as a word processor holds it.

    python benchmarks/make_notice_odt.py

The ODT is committed, so `benchmarks/print.py` compares VillageDesk and LibreOffice on the same
notice without this script; run it again only if the demo's notice changes.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "notice-general.odt"
AS_OF = "2026-11-26"

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"'
)
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:line-height="28.9pt"/>
   <style:text-properties style:font-name-asian="FangSong" fo:font-size="16pt" style:font-size-asian="16pt"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="22pt" style:font-size-asian="22pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="A4">
   <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="37mm"
    fo:margin-left="28mm" fo:margin-right="26mm" fo:margin-bottom="35mm"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
</office:document-styles>
"""


def notice_fields() -> tuple[str, list[str], list[str], list[list[str]], list[str]]:
    """The notice as the demo holds it, read through VillageDesk's own services."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "villagedesk", "--data-dir", tmp, "demo", "--as-of", AS_OF],
            check=True,
            capture_output=True,
        )
        from villagedesk.core import general_notice as gn
        from villagedesk.core.centre import get_centre
        from villagedesk.db.store import open_store
        from villagedesk.documents.general_notice import general_notice_print
        from villagedesk.paths import DataDir

        store = open_store(DataDir.resolve(tmp))
        with store.sessions() as session:
            data = general_notice_print(gn.get_notice(session, 1), get_centre(session))
            centre = get_centre(session)
            tail = [
                f"公示期：{data.posting_date.isoformat()}起{data.posting_days}日",
                f"如有异议，请向村务监督委员会反映，电话：{centre.supervision_phone or centre.objection_phone}",
                *data.issuers,
                data.notice_date.isoformat(),
            ]
        store.close()
    return data.title, data.paragraphs, data.table_headers, data.table_rows, tail


def content(
    title: str, paragraphs: list[str], headers: list[str], rows: list[list[str]], tail: list[str]
) -> str:
    def para(text: str, style: str = "Standard") -> str:
        return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'

    def row(cells: list[str]) -> str:
        return (
            "<table:table-row>"
            + "".join(
                f'<table:table-cell office:value-type="string">{para(c)}</table:table-cell>' for c in cells
            )
            + "</table:table-row>"
        )

    table = (
        '<table:table table:name="t1">'
        + f'<table:table-column table:number-columns-repeated="{len(headers)}"/>'
        + row(headers)
        + "".join(row(r) for r in rows)
        + "</table:table>"
    )
    body = (
        para(title, "Title") + "".join(para(p) for p in paragraphs) + table + "".join(para(t) for t in tail)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )


def main() -> int:
    FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    xml = content(*notice_fields())
    with zipfile.ZipFile(FIXTURE, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", STYLES, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", xml, zipfile.ZIP_DEFLATED)
    print(f"wrote {FIXTURE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
