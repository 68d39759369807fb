/* claimline-id-diff.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The changes that turn one list of ids into another as runs of
 * insertions and removals, for list models that keep the rows of what
 * stays (a list view rebuilds only the rows a change names). */
typedef struct _ClaimlineIdDiff ClaimlineIdDiff;

typedef struct
{
  guint position;   /* in the list as the previous changes left it */
  guint removed;
  guint added;      /* the ids new_ids[new_start .. new_start + added) */
  guint new_start;
} ClaimlineIdChange;

ClaimlineIdDiff *claimline_id_diff_new          (GArray            *old_ids,
                                                 GArray            *new_ids);
void             claimline_id_diff_free         (ClaimlineIdDiff   *diff);
/* The next change, adding at most MAX_ADDED ids (0: no limit); FALSE once
 * the list holds the new ids. */
gboolean         claimline_id_diff_next         (ClaimlineIdDiff   *diff,
                                                 guint              max_added,
                                                 ClaimlineIdChange *change);
/* Where ID is in the new list, or -1. */
int              claimline_id_diff_new_position (ClaimlineIdDiff   *diff,
                                                 gint64             id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineIdDiff, claimline_id_diff_free)

G_END_DECLS
