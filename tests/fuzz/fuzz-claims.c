/* fuzz-claims.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: the claims engine over the input as UTF-8 text, once
 * without a publication date and once with one (taken from the first
 * input bytes, so that relative dates resolve against varied days). */

#include <glib.h>

#include "claimline-claims.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
extract (const char  *text,
         const GDate *dct)
{
  g_autoptr(GPtrArray) claims = claimline_claims_extract (text, dct);

  for (guint i = 0; claims != NULL && i < claims->len; i++)
    {
      g_autofree char *value = NULL;
      g_autoptr(ClaimlineClaim) copy = NULL;

      value = claimline_claim_format_value (g_ptr_array_index (claims, i));
      copy = claimline_claim_copy (g_ptr_array_index (claims, i));
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_utf8_make_valid ((const char *) data, size);
  GDate dct;
  guint seed = 0;

  extract (text, NULL);

  for (gsize i = 0; i < size && i < 2; i++)
    seed = seed << 8 | data[i];
  g_date_clear (&dct, 1);
  g_date_set_dmy (&dct, 1, G_DATE_JANUARY, 1990);
  g_date_add_days (&dct, seed % (60 * 366));
  extract (text, &dct);

  return 0;
}
