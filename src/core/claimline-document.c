/* claimline-document.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <string.h>

#include "claimline-document.h"

ClaimlineDocument *
claimline_document_new (void)
{
  return g_new0 (ClaimlineDocument, 1);
}

void
claimline_document_free (ClaimlineDocument *document)
{
  if (document == NULL)
    return;

  g_free (document->title);
  g_free (document->outlet);
  g_free (document->author);
  g_free (document->url);
  g_free (document->guid);
  g_free (document->published);
  g_free (document->text);
  g_free (document->content_hash);
  g_clear_pointer (&document->claims, g_ptr_array_unref);
  g_free (document);
}

gboolean
claimline_iso_date_parse (const char *text,
                          GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}
