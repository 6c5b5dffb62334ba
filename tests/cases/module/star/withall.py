__all__ = ["listed", "public_one"]
listed = [1, 2]
public_one = "one"
not_listed = "no"
