"""Entry point of the frozen bundle (PyInstaller)."""

import multiprocessing
import sys

from villagedesk.__main__ import main

if __name__ == "__main__":
    # the township prepares a batch of packages in a worker process (exchange/prepare.py): in the
    # bundle that process is this program started again, which must become the worker here
    multiprocessing.freeze_support()
    sys.exit(main())
