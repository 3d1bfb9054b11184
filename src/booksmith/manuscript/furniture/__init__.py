"""What a copied web page is made of, line by line: story, metadata, captions and furniture.

Takes an article's lines; gives a `Page`: each line's kind (story, a metadata kind such as
headline or byline, or a furniture kind such as share or related), the labels cut off story
lines, the lines kept in doubt, and what the page says about itself (headline, kicker, deck,
bylines, date, publisher, credits). `rules` recognise a line by its own words and shape, in
many languages (`lexicon`, `shape`); `meta` reads bylines, dates and trailers; `blocks` take
lists of other stories, galleries, boxes, paid rails and statistics boxes, `threads` reader-comment
threads; `top` finds the headline and the site's header above it, `tail` what follows the story;
`page` puts them together by where each line sits on the page.
"""
