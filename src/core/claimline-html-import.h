/* claimline-html-import.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "claimline-document.h"

G_BEGIN_DECLS

/* Whether DATA starts like an HTML page ("<!doctype html", "<html"). */
gboolean           claimline_html_sniff          (const char  *data,
                                                  gsize        size);

/* The charset a page declares in a <meta> tag near its start, or NULL. */
char              *claimline_html_sniff_charset  (const char  *data,
                                                  gsize        size);

/* Reads an HTML page already decoded to UTF-8 with the main-text extractor
 * (claimline-readable.h): title, outlet, author and date from its metadata,
 * and the text of its article (or, when no block stands out as the article,
 * of its whole body) without scripts, page furniture and debris.  Unknown
 * fields stay NULL; the text may be empty.  Fails with CLAIMLINE_ERROR_PARSE. */
ClaimlineDocument *claimline_html_import         (const char  *text,
                                                  GError     **error);

G_END_DECLS
