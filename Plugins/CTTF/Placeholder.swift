// Forum CTTF
