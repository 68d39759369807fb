/* fuzz-import-text.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: the plain-text importer. */

#include <glib.h>

#include "claimline-document.h"
#include "claimline-import.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;

  document = claimline_import_bytes (bytes, "fuzz.txt", "text/plain", &error);
  g_assert (document != NULL || error != NULL);

  return 0;
}
