/* claimline-readable.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ClaimlineReadable ClaimlineReadable;

/* What a web page says about itself and the text of its article.  All
 * strings are UTF-8; metadata fields are NULL when the page does not tell. */
struct _ClaimlineReadable
{
  char     *title;          /* the headline, without the outlet's name */
  char     *byline;         /* the author(s), without a leading "By" */
  char     *published;      /* "YYYY-MM-DD" */
  char     *site_name;      /* og:site_name, else the host of the page URL */
  char     *canonical_url;  /* <link rel="canonical"> or og:url, made absolute */
  char     *text;           /* paragraphs separated by "\n\n"; never NULL, may be empty */
  gboolean  confident;      /* TRUE: TEXT is the page's main block; FALSE: the whole
                             * body, as no block stood out as the article */
};

/* Reads an HTML page already decoded to UTF-8 (its own charset declaration
 * is ignored).  PAGE_URL, when known, resolves relative links and names the
 * outlet of a page without one.  Nothing is fetched.  Fails with
 * CLAIMLINE_ERROR_PARSE when HTML holds no document at all. */
ClaimlineReadable *claimline_readable_extract (const char  *html,
                                               gsize        length,
                                               const char  *page_url,
                                               GError     **error);

void               claimline_readable_free    (ClaimlineReadable *readable);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineReadable, claimline_readable_free)

G_END_DECLS
