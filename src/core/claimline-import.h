/* claimline-import.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "claimline-document.h"

G_BEGIN_DECLS

/* Inputs larger than this are refused rather than read whole. */
#define CLAIMLINE_IMPORT_MAX_BYTES (64 * 1024 * 1024)

/* Reads FILE and turns it into a document: decodes the bytes, detects plain
 * text or HTML, pulls out title, outlet, author and publication date,
 * removes page debris and normalises whitespace.  Fails with
 * CLAIMLINE_ERROR_NOT_FOUND, _IS_DIRECTORY, _EMPTY, _ENCODING or _TOO_LARGE. */
ClaimlineDocument *claimline_import_file  (GFile         *file,
                                           GCancellable  *cancellable,
                                           GError       **error);

/* Same pipeline over bytes already in memory.  NAME_HINT is a file name or
 * URL (used for the outlet fallback and format detection); CONTENT_TYPE may
 * be NULL, "text/plain" or "text/html" and may carry a "; charset=" part. */
ClaimlineDocument *claimline_import_bytes (GBytes        *bytes,
                                           const char    *name_hint,
                                           const char    *content_type,
                                           GError       **error);

typedef enum
{
  CLAIMLINE_DATE_ORDER_MONTH_FIRST, /* 06/09/2025 is 9 June (US bylines) */
  CLAIMLINE_DATE_ORDER_DAY_FIRST,   /* 06/09/2025 is 6 September */
} ClaimlineDateOrder;

gboolean claimline_date_order_from_string (const char         *text,
                                           ClaimlineDateOrder *out_order);

/* Reads DOCUMENT's publication date the way the reader prefers when it was
 * written ambiguously ("06/09/2025"), finding its claims again when the
 * date changes. */
void     claimline_import_apply_date_order (ClaimlineDocument  *document,
                                            ClaimlineDateOrder  order);

G_END_DECLS
