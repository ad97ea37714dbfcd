print("ctst")
