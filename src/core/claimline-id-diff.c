/* claimline-id-diff.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-id-diff.h"

/* The walk: the list as the changes so far left it is new[0..j) followed
 * by what is left of old[i..). */
struct _ClaimlineIdDiff
{
  GArray     *old_ids;
  GArray     *new_ids;
  GHashTable *old_positions;  /* id → index in OLD_IDS (keys point into it) */
  GHashTable *new_positions;  /* id → index in NEW_IDS */
  GHashTable *moved_down;     /* old ids taken out, to come back in as new */
  GHashTable *moved_up;       /* new ids put in early, whose old place goes */
  guint       i, j;
};

static GHashTable *
positions_of (GArray *ids)
{
  GHashTable *positions = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint k = 0; k < ids->len; k++)
    g_hash_table_insert (positions, &g_array_index (ids, gint64, k), GUINT_TO_POINTER (k));
  return positions;
}

ClaimlineIdDiff *
claimline_id_diff_new (GArray *old_ids,
                       GArray *new_ids)
{
  ClaimlineIdDiff *diff = g_new0 (ClaimlineIdDiff, 1);

  g_return_val_if_fail (old_ids != NULL && new_ids != NULL, NULL);
  g_return_val_if_fail (g_array_get_element_size (old_ids) == sizeof (gint64), NULL);
  g_return_val_if_fail (g_array_get_element_size (new_ids) == sizeof (gint64), NULL);

  diff->old_ids = g_array_ref (old_ids);
  diff->new_ids = g_array_ref (new_ids);
  diff->old_positions = positions_of (old_ids);
  diff->new_positions = positions_of (new_ids);
  diff->moved_down = g_hash_table_new (g_int64_hash, g_int64_equal);
  diff->moved_up = g_hash_table_new (g_int64_hash, g_int64_equal);
  return diff;
}

void
claimline_id_diff_free (ClaimlineIdDiff *diff)
{
  if (diff == NULL)
    return;
  g_array_unref (diff->old_ids);
  g_array_unref (diff->new_ids);
  g_hash_table_unref (diff->old_positions);
  g_hash_table_unref (diff->new_positions);
  g_hash_table_unref (diff->moved_down);
  g_hash_table_unref (diff->moved_up);
  g_free (diff);
}

/* Whether ID, met in the new list, is still to come in the old one. */
static gboolean
still_old (ClaimlineIdDiff *diff,
           const gint64    *id)
{
  return g_hash_table_contains (diff->old_positions, id)
         && !g_hash_table_contains (diff->moved_down, id);
}

/* Whether ID, met in the old list, is still to come in the new one. */
static gboolean
still_new (ClaimlineIdDiff *diff,
           const gint64    *id)
{
  return g_hash_table_contains (diff->new_positions, id)
         && !g_hash_table_contains (diff->moved_up, id);
}

gboolean
claimline_id_diff_next (ClaimlineIdDiff   *diff,
                        guint              max_added,
                        ClaimlineIdChange *change)
{
  const gint64 *a = (const gint64 *) diff->old_ids->data;
  const gint64 *b = (const gint64 *) diff->new_ids->data;
  guint m = diff->old_ids->len, n = diff->new_ids->len;

  g_return_val_if_fail (change != NULL, FALSE);

  if (max_added == 0)
    max_added = G_MAXUINT;

  while (diff->i < m || diff->j < n)
    {
      guint i = diff->i, j = diff->j, run = 0;

      if (i < m && j < n && a[i] == b[j])
        {
          diff->i++, diff->j++;
          continue;
        }

      *change = (ClaimlineIdChange) { j, 0, 0, j };
      if (j < n && !still_old (diff, &b[j]))
        {
          while (j + run < n && run < max_added && !still_old (diff, &b[j + run]))
            run++;
          change->added = run;
          diff->j += run;
        }
      else if (i < m && !still_new (diff, &a[i]))
        {
          while (i + run < m && !still_new (diff, &a[i + run]))
            run++;
          change->removed = run;
          diff->i += run;
        }
      else
        {
          /* Both are in both lists: one of them moved.  The one whose
           * other place is further away moved: a row moving down goes
           * out here and comes in as new where it belongs; a row moving
           * up comes in here and its old place goes when the walk gets
           * there. */
          guint ahead_a = GPOINTER_TO_UINT (g_hash_table_lookup (diff->new_positions, &a[i])) - j;
          guint ahead_b = GPOINTER_TO_UINT (g_hash_table_lookup (diff->old_positions, &b[j])) - i;

          if (ahead_b <= ahead_a)
            {
              g_hash_table_add (diff->moved_down, (gpointer) &a[i]);
              change->removed = 1;
              diff->i++;
            }
          else
            {
              g_hash_table_add (diff->moved_up, (gpointer) &b[j]);
              change->added = 1;
              diff->j++;
            }
        }
      return TRUE;
    }
  return FALSE;
}

int
claimline_id_diff_new_position (ClaimlineIdDiff *diff,
                                gint64           id)
{
  gpointer position;

  if (!g_hash_table_lookup_extended (diff->new_positions, &id, NULL, &position))
    return -1;
  return (int) GPOINTER_TO_UINT (position);
}
