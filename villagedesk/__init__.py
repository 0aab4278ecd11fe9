"""VillageDesk: the offline desk of a village Party-mass service centre."""

__version__ = "0.1.0"
