"""USB exchange with the township: package format, signing, encryption, import. No Qt."""
