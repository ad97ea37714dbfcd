// Forum SCCP
