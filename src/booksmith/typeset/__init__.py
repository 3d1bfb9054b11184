"""Stage 3, typeset: the assembled `Book` → the same `Book` with a typesetter's text.

Takes and gives a `model.Book`: `typography` sets quotes, dashes, ellipses and no-break
spaces in every string; `scripts` finds the passages in another script and their language;
`hyphens` gives the soft hyphens the ebook carries, from pyphen's dictionaries.
"""
