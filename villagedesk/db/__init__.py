"""Storage: engine and sessions, models, migrations. No Qt here."""
