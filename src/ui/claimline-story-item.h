/* claimline-story-item.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "claimline-story.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_STORY_ITEM (claimline_story_item_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineStoryItem, claimline_story_item, CLAIMLINE, STORY_ITEM, GObject)

/* A story as an item of the sidebar's list model.  Id 0 is "All Articles". */
ClaimlineStoryItem *claimline_story_item_new             (const ClaimlineStory *story);
ClaimlineStoryItem *claimline_story_item_new_all         (guint                 n_articles,
                                                          guint                 n_conflicts);
gboolean            claimline_story_item_equal           (ClaimlineStoryItem   *a,
                                                          ClaimlineStoryItem   *b);
gint64              claimline_story_item_get_id          (ClaimlineStoryItem   *self);
const char         *claimline_story_item_get_title       (ClaimlineStoryItem   *self);
const char         *claimline_story_item_get_first_date  (ClaimlineStoryItem   *self);
const char         *claimline_story_item_get_last_date   (ClaimlineStoryItem   *self);
guint               claimline_story_item_get_n_articles  (ClaimlineStoryItem   *self);
guint               claimline_story_item_get_n_conflicts (ClaimlineStoryItem   *self);

G_END_DECLS
