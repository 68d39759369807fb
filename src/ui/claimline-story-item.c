/* claimline-story-item.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-story-item.h"

struct _ClaimlineStoryItem
{
  GObject  parent_instance;

  gint64   id;
  char    *title;
  char    *first_date;
  char    *last_date;
  guint    n_articles;
  guint    n_conflicts;
};

G_DEFINE_FINAL_TYPE (ClaimlineStoryItem, claimline_story_item, G_TYPE_OBJECT)

static void
claimline_story_item_finalize (GObject *object)
{
  ClaimlineStoryItem *self = (ClaimlineStoryItem *)object;

  g_free (self->title);
  g_free (self->first_date);
  g_free (self->last_date);

  G_OBJECT_CLASS (claimline_story_item_parent_class)->finalize (object);
}

static void
claimline_story_item_class_init (ClaimlineStoryItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = claimline_story_item_finalize;
}

static void
claimline_story_item_init (ClaimlineStoryItem *self)
{
}

ClaimlineStoryItem *
claimline_story_item_new (const ClaimlineStory *story)
{
  ClaimlineStoryItem *self;

  g_return_val_if_fail (story != NULL, NULL);

  self = g_object_new (CLAIMLINE_TYPE_STORY_ITEM, NULL);
  self->id = story->id;
  self->title = g_strdup (story->title != NULL && *story->title != '\0' ? story->title
                                                                        : _("Untitled Story"));
  self->first_date = g_strdup (story->first_date);
  self->last_date = g_strdup (story->last_date);
  self->n_articles = story->n_articles;
  self->n_conflicts = story->n_conflicts;
  return self;
}

ClaimlineStoryItem *
claimline_story_item_new_all (guint n_articles,
                              guint n_conflicts)
{
  ClaimlineStoryItem *self = g_object_new (CLAIMLINE_TYPE_STORY_ITEM, NULL);

  self->id = 0;
  self->title = g_strdup (_("All Articles"));
  self->n_articles = n_articles;
  self->n_conflicts = n_conflicts;
  return self;
}

/* Whether a sidebar row would show A and B alike. */
gboolean
claimline_story_item_equal (ClaimlineStoryItem *a,
                            ClaimlineStoryItem *b)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORY_ITEM (a), FALSE);
  g_return_val_if_fail (CLAIMLINE_IS_STORY_ITEM (b), FALSE);

  return a->id == b->id
         && g_strcmp0 (a->title, b->title) == 0
         && g_strcmp0 (a->first_date, b->first_date) == 0
         && g_strcmp0 (a->last_date, b->last_date) == 0
         && a->n_articles == b->n_articles
         && a->n_conflicts == b->n_conflicts;
}

gint64
claimline_story_item_get_id (ClaimlineStoryItem *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORY_ITEM (self), 0);

  return self->id;
}

const char *
claimline_story_item_get_title (ClaimlineStoryItem *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORY_ITEM (self), NULL);

  return self->title;
}

const char *
claimline_story_item_get_first_date (ClaimlineStoryItem *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORY_ITEM (self), NULL);

  return self->first_date;
}

const char *
claimline_story_item_get_last_date (ClaimlineStoryItem *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORY_ITEM (self), NULL);

  return self->last_date;
}

guint
claimline_story_item_get_n_articles (ClaimlineStoryItem *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORY_ITEM (self), 0);

  return self->n_articles;
}

guint
claimline_story_item_get_n_conflicts (ClaimlineStoryItem *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORY_ITEM (self), 0);

  return self->n_conflicts;
}
