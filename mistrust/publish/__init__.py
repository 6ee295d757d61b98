"""Table assembly and publishing: rows to typed tables, validation, the data dictionary, versioned
releases, their pages and their verification. Never imports extraction."""
