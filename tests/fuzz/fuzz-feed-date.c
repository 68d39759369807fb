/* fuzz-feed-date.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: the date parser of feeds, and formatting what it
 * parsed. */

#include <glib.h>

#include "claimline-feed.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *formatted = NULL;

  date = claimline_feed_parse_date (text);
  if (date != NULL)
    formatted = claimline_feed_format_date (date);

  return 0;
}
