/* fuzz-opml.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: the OPML reader, and writing back what it read. */

#include <glib.h>

#include "claimline-opml.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  g_autofree char *written = NULL;

  feeds = claimline_opml_parse (bytes, &error);
  if (feeds == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }

  written = claimline_opml_write (feeds, "fuzz");

  return 0;
}
