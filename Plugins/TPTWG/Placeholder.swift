// Forum TPTWG
