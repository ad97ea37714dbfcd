// Forum BMG
