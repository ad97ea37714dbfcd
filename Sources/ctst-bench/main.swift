print("ctst-bench: not yet written")
