"""`python -m villagedesk` and the `villagedesk` entry point."""

from __future__ import annotations

import sys


def main() -> int:
    if sys.argv[1:] == ["--version"]:  # answered before anything else is imported: it must be instant
        from villagedesk import __version__

        print(f"VillageDesk {__version__}")
        return 0
    from villagedesk.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
