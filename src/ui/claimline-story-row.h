/* claimline-story-row.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "claimline-story-item.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_STORY_ROW (claimline_story_row_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineStoryRow, claimline_story_row, CLAIMLINE, STORY_ROW, GtkWidget)

/* A story in the sidebar: its title, date range, number of articles and a
 * badge counting its conflicting figures. */
GtkWidget          *claimline_story_row_new      (void);
ClaimlineStoryItem *claimline_story_row_get_item (ClaimlineStoryRow  *self);
void                claimline_story_row_set_item (ClaimlineStoryRow  *self,
                                                  ClaimlineStoryItem *item);

G_END_DECLS
