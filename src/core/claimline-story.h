/* claimline-story.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A story: the articles that report one event, as the store lists them. */
typedef struct
{
  gint64  id;
  char   *title;        /* generated from what its articles share */
  char   *first_date;   /* "YYYY-MM-DD" of its earliest dated article, nullable */
  char   *last_date;
  guint   n_articles;
  guint   n_conflicts;  /* claim groups with verdict conflict */
} ClaimlineStory;

void claimline_story_free (ClaimlineStory *story);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineStory, claimline_story_free)

/* What an article is clustered by: the organisations and people its claims
 * are about, who it cites, its figures, the names in its text and the
 * distinctive words of its headline, as strings ("s:scale ai", "f:revenue:8.7e+08"). */
GPtrArray *claimline_story_features       (const char *title,
                                           const char *text,
                                           GPtrArray  *claims);

/* How much of an article's features a story shares, 0 to 1: each feature
 * weighs by how rare it is among N_ARTICLES articles (DOCUMENT_COUNTS). */
double     claimline_story_similarity     (GPtrArray    *features,
                                           const guint  *document_counts,
                                           const gboolean *shared,
                                           guint         n_articles);

/* An article joins the story it shares at least this much with. */
#define CLAIMLINE_STORY_THRESHOLD 0.15

/* The headline that shares most words with the others: the story's title. */
const char *claimline_story_pick_title    (GPtrArray *titles);

/* The lower median of DATES ("YYYY-MM-DD"), or NULL when there are none. */
const char *claimline_story_median_date   (GPtrArray *dates);

G_END_DECLS
