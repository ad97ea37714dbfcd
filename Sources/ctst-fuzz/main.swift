print("ctst-fuzz: not yet written")
