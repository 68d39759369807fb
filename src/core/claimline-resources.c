/* claimline-resources.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-core-resources.h"
#include "claimline-error.h"
#include "claimline-resources.h"

GBytes *
claimline_resources_lookup (const char  *relative_path,
                            GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;

  g_return_val_if_fail (relative_path != NULL, NULL);

  path = g_build_path ("/", RESOURCE_PREFIX, relative_path, NULL);
  bytes = g_resource_lookup_data (claimline_core_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND,
                 "Missing built-in resource %s: %s", path, local_error->message);
  return bytes;
}

static GPtrArray *
parse_lexicon (GBytes *bytes)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *text = g_strndup (data, size);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '\0' || *line == '#')
        continue;
      g_ptr_array_add (entries, g_utf8_strdown (line, -1));
    }
  return entries;
}

const GPtrArray *
claimline_resources_get_lexicon (const char *name)
{
  static GMutex lock;
  static GHashTable *cache;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  GPtrArray *entries;

  g_return_val_if_fail (name != NULL, NULL);

  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify) g_ptr_array_unref);

  entries = g_hash_table_lookup (cache, name);
  if (entries == NULL)
    {
      g_autofree char *relative = g_strdup_printf ("lexicons/%s.txt", name);
      g_autoptr(GBytes) bytes = claimline_resources_lookup (relative, NULL);

      /* A missing lexicon is a build mistake; an empty list keeps callers simple. */
      if (bytes == NULL)
        {
          g_critical ("Lexicon %s is not in the resource bundle", name);
          entries = g_ptr_array_new_with_free_func (g_free);
        }
      else
        entries = parse_lexicon (bytes);
      g_hash_table_insert (cache, g_strdup (name), entries);
    }
  return entries;
}
