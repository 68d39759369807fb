/* claimline-sample.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-import.h"
#include "claimline-library.h"
#include "claimline-resources.h"
#include "claimline-sample.h"

gboolean
claimline_sample_import (ClaimlineStore  *store,
                         guint           *out_n_added,
                         GError         **error)
{
  g_autoptr(GBytes) list = NULL;
  guint n_added = 0;
  g_autofree char *list_text = NULL;
  g_auto(GStrv) names = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (store), FALSE);

  list = claimline_resources_lookup ("sample/sample.list", error);
  if (list == NULL)
    return FALSE;
  data = g_bytes_get_data (list, &size);
  list_text = g_strndup (data, size);
  names = g_strsplit (list_text, "\n", -1);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *relative = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(ClaimlineDocument) document = NULL;
      const char *name = g_strstrip (names[i]);
      gboolean added = FALSE;

      if (*name == '\0' || *name == '#')
        continue;
      relative = g_strconcat ("sample/", name, NULL);
      bytes = claimline_resources_lookup (relative, error);
      if (bytes == NULL)
        return FALSE;
      document = claimline_import_bytes (bytes, name, "text/plain", error);
      if (document == NULL ||
          !claimline_library_add_document (store, document, NULL, &added, error))
        return FALSE;
      n_added += added ? 1 : 0;
    }

  if (out_n_added != NULL)
    *out_n_added = n_added;
  return TRUE;
}
