"""The rules: pure Python, no Qt. Session in, plain data out.

Importing any part of ``core`` installs its checks on the storage's audited flush, so every write
path (desk, command line, import) runs under the same rules.
"""

from villagedesk.core import locks

locks.install()
