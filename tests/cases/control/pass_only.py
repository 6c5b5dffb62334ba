# A module with nothing to do still builds cleanly and exits 0.
pass
