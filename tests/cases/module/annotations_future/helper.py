LIMIT: int = 10
OTHER: "float | None" = None
