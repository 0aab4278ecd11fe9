"""十有: the centre's micro-services — catalogue, hours, equipment, usage log, inspections, statistics.

One module per concern; ``register`` declares the register to the shared machinery.
"""

from __future__ import annotations

from villagedesk.core.microservices.register import REGISTER

__all__ = ["REGISTER"]
