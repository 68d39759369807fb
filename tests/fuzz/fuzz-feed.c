/* fuzz-feed.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: the feed parser (RSS, RDF, Atom, JSON Feed), and the
 * conversion of each entry it finds into a document. */

#include <glib.h>

#include "claimline-document.h"
#include "claimline-feed.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineFeed) feed = NULL;

  feed = claimline_feed_parse (bytes, "https://example.org/feed/", NULL, &error);
  if (feed == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }

  for (guint i = 0; feed->entries != NULL && i < feed->entries->len; i++)
    {
      g_autoptr(ClaimlineDocument) document = NULL;

      document = claimline_feed_entry_to_document (feed, g_ptr_array_index (feed->entries, i));
    }

  return 0;
}
