"""Entry point of the frozen bundle (PyInstaller)."""

import sys

from villagedesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
