"""The Qt desk. Only this package (and the CLI) imports Qt."""
