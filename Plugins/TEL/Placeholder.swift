// Forum TEL
