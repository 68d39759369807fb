/* claimline-library.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What happens to the library when an article arrives or its date changes:
 * the story it joins, the dates inferred for undated articles, and the
 * claim groups of the story.  Only the story touched is recomputed.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "claimline-claims.h"
#include "claimline-compare.h"
#include "claimline-error.h"
#include "claimline-library.h"
#include "claimline-story.h"

/* What an article shares with one story. */
typedef struct
{
  GArray *shared;    /* gboolean per feature */
  guint   evidence;  /* shared features found mostly in this story */
} StoryMatch;

static void
story_match_free (StoryMatch *match)
{
  g_array_unref (match->shared);
  g_free (match);
}

/* The story sharing most of FEATURES, or 0 when none shares enough.  Besides
 * the weighted share, the story must hold at least two features that are
 * mostly its own: common words shared with everything prove nothing, least
 * of all while the library is small. */
static gboolean
choose_story (ClaimlineStore  *store,
              GPtrArray       *features,
              gint64          *out_story,
              GError         **error)
{
  g_autofree guint *counts = g_new0 (guint, MAX (features->len, 1));
  g_autoptr(GHashTable) matches = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) story_match_free);
  gint64 n_articles = claimline_store_count_articles (store, error);
  GHashTableIter iter;
  gpointer key, value;
  double best = 0;

  *out_story = 0;
  if (n_articles < 0)
    return FALSE;

  for (guint i = 0; i < features->len; i++)
    {
      g_autoptr(GArray) stories = g_array_new (FALSE, FALSE, sizeof (ClaimlineFeatureStory));

      if (!claimline_store_lookup_feature (store, g_ptr_array_index (features, i), &counts[i],
                                           stories, error))
        return FALSE;
      for (guint s = 0; s < stories->len; s++)
        {
          const ClaimlineFeatureStory *hit = &g_array_index (stories, ClaimlineFeatureStory, s);
          StoryMatch *match = g_hash_table_lookup (matches, &hit->story_id);

          if (match == NULL)
            {
              match = g_new0 (StoryMatch, 1);
              match->shared = g_array_new (FALSE, TRUE, sizeof (gboolean));
              g_array_set_size (match->shared, features->len);
              g_hash_table_insert (matches, g_memdup2 (&hit->story_id, sizeof hit->story_id), match);
            }
          g_array_index (match->shared, gboolean, i) = TRUE;
          if (hit->articles * 2 >= counts[i])
            match->evidence++;
        }
    }

  g_hash_table_iter_init (&iter, matches);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      StoryMatch *match = value;
      double score = claimline_story_similarity (features, counts, (gboolean *) match->shared->data,
                                                 (guint) n_articles);

      g_debug ("story %" G_GINT64_FORMAT ": similarity %.3f, %u distinctive features in common",
               *(gint64 *) key, score, match->evidence);
      if (score >= CLAIMLINE_STORY_THRESHOLD && match->evidence >= 2 &&
          (score > best || (score == best && *(gint64 *) key < *out_story)))
        {
          best = score;
          *out_story = *(gint64 *) key;
        }
    }
  return TRUE;
}

/* Finds the claims of ARTICLE_ID again against DATE (its own or inferred),
 * marking the times that depend on an inferred date. */
static gboolean
reextract_claims (ClaimlineStore  *store,
                  gint64           article_id,
                  const char      *date,
                  gboolean         inferred,
                  GError         **error)
{
  g_autoptr(ClaimlineArticle) article = claimline_store_load_article (store, article_id, error);
  g_autoptr(GPtrArray) claims = NULL;
  GDate dct;
  gboolean dated;

  if (article == NULL)
    return FALSE;
  g_date_clear (&dct, 1);
  dated = claimline_iso_date_parse (date, &dct);
  claims = claimline_claims_extract (claimline_article_get_text (article), dated ? &dct : NULL);
  for (guint i = 0; i < claims->len; i++)
    {
      ClaimlineClaim *claim = g_ptr_array_index (claims, i);

      claim->time_inferred = inferred && claim->time_relative && claim->time_low != NULL;
    }
  return claimline_store_replace_claims (store, article_id, claims, error);
}

/* Gives the story's undated articles the median date of its dated ones
 * (marked inferred), re-resolving their relative dates when it changes. */
static gboolean
infer_dates (ClaimlineStore  *store,
             GPtrArray       *articles,
             char           **out_first,
             char           **out_last,
             GError         **error)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new ();
  const char *median;

  for (guint i = 0; i < articles->len; i++)
    {
      ClaimlineArticle *article = g_ptr_array_index (articles, i);
      const char *published = claimline_article_get_published (article);

      if (published != NULL && !claimline_article_get_published_inferred (article))
        g_ptr_array_add (dates, (gpointer) published);
    }
  median = claimline_story_median_date (dates);
  *out_first = dates->len ? g_strdup (g_ptr_array_index (dates, 0)) : NULL;
  *out_last = dates->len ? g_strdup (g_ptr_array_index (dates, dates->len - 1)) : NULL;

  for (guint i = 0; i < articles->len; i++)
    {
      ClaimlineArticle *article = g_ptr_array_index (articles, i);
      const char *published = claimline_article_get_published (article);
      gint64 id = claimline_article_get_id (article);

      if (published != NULL && !claimline_article_get_published_inferred (article))
        continue;
      if (g_strcmp0 (published, median) == 0)
        continue;
      if (!claimline_store_set_published (store, id, median, TRUE, error) ||
          !reextract_claims (store, id, median, median != NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* Recomputes a story after one of its articles arrived, changed or went:
 * dates, title and claim groups. */
static gboolean
refresh_story (ClaimlineStore  *store,
               gint64           story_id,
               GError         **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  ids = claimline_store_list_story_article_ids (store, story_id, CLAIMLINE_ARTICLE_SORT_DATE, error);
  if (ids == NULL)
    return FALSE;
  /* a story whose last article went is gone with it */
  if (ids->len == 0)
    return TRUE;
  articles = claimline_store_load_summaries (store, (gint64 *) ids->data, ids->len, error);
  if (articles == NULL || !infer_dates (store, articles, &first, &last, error))
    return FALSE;

  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (titles, (gpointer) claimline_article_get_title (g_ptr_array_index (articles, i)));
  if (!claimline_store_update_story (store, story_id, claimline_story_pick_title (titles),
                                     first, last, error))
    return FALSE;

  members = claimline_store_load_story_members (store, story_id, error);
  if (members == NULL)
    return FALSE;
  groups = claimline_compare_claims (g_steal_pointer (&members));
  return claimline_store_save_story_groups (store, story_id, groups, error);
}

/* Stores DOCUMENT and files it into its story.  The caller holds the
 * transaction. */
static gboolean
add_document (ClaimlineStore     *store,
              ClaimlineDocument  *document,
              gint64             *out_id,
              gboolean           *out_added,
              GError            **error)
{
  g_autoptr(GPtrArray) features = NULL;
  gint64 story = 0;

  if (!claimline_store_add_document (store, document, out_id, out_added, error))
    return FALSE;
  if (!*out_added)
    return TRUE;

  features = claimline_story_features (document->title, document->text, document->claims);
  if (!choose_story (store, features, &story, error))
    return FALSE;
  story = claimline_store_add_to_story (store, story, *out_id, features, error);
  return story != 0 && refresh_story (store, story, error);
}

gboolean
claimline_library_add_document (ClaimlineStore     *store,
                                ClaimlineDocument  *document,
                                gint64             *out_id,
                                gboolean           *out_added,
                                GError            **error)
{
  gint64 id = 0;
  gboolean added = FALSE;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (store), FALSE);
  g_return_val_if_fail (document != NULL, FALSE);

  if (document->claims == NULL)
    claimline_claims_annotate (document);

  /* One transaction: an article is in the store with its claims, its story
   * and the story's groups, or not at all. */
  if (!claimline_store_transaction_begin (store, error))
    return FALSE;
  if (!add_document (store, document, &id, &added, error))
    {
      claimline_store_transaction_rollback (store);
      return FALSE;
    }
  if (!claimline_store_transaction_commit (store, error))
    return FALSE;

  if (out_id != NULL)
    *out_id = id;
  if (out_added != NULL)
    *out_added = added;
  return TRUE;
}

gboolean
claimline_library_set_article_date (ClaimlineStore  *store,
                                    gint64           article_id,
                                    const char      *date,
                                    GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  GDate check;
  gint64 story;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (store), FALSE);

  g_date_clear (&check, 1);
  if (date != NULL && !claimline_iso_date_parse (date, &check))
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_INVALID_ARGUMENT,
                   "“%s” is not a date as YYYY-MM-DD", date);
      return FALSE;
    }
  if (!claimline_store_transaction_begin (store, error))
    return FALSE;
  if (!claimline_store_set_published (store, article_id, date, FALSE, error) ||
      !reextract_claims (store, article_id, date, FALSE, error))
    goto failed;

  story = claimline_store_get_article_story (store, article_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      goto failed;
    }
  if (story != 0 && !refresh_story (store, story, error))
    goto failed;
  return claimline_store_transaction_commit (store, error);

failed:
  claimline_store_transaction_rollback (store);
  return FALSE;
}

/* Takes an article's story features (as it was filed with them) out of the
 * counts before the article goes; adds its story to STORIES. */
static gboolean
forget_features (ClaimlineStore  *store,
                 gint64           article_id,
                 GArray          *stories,
                 GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(ClaimlineArticle) article = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) features = NULL;
  gint64 story;

  story = claimline_store_get_article_story (store, article_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (story == 0)
    return TRUE;
  article = claimline_store_load_article (store, article_id, error);
  claims = article ? claimline_store_load_claims (store, article_id, error) : NULL;
  if (claims == NULL)
    return FALSE;
  features = claimline_story_features (claimline_article_get_title (article),
                                       claimline_article_get_text (article), claims);
  g_array_append_val (stories, story);
  return claimline_store_remove_story_features (store, story, features, error);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

gboolean
claimline_library_remove_feed (ClaimlineStore  *store,
                               gint64           feed_id,
                               gboolean         delete_articles,
                               GError         **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) stories = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (CLAIMLINE_IS_STORE (store), FALSE);

  if (!delete_articles)
    return claimline_store_remove_feed (store, feed_id, FALSE, error);

  /* One transaction: the feed goes with its articles, and the stories they
   * leave are clustered and grouped as if they had never come. */
  if (!claimline_store_transaction_begin (store, error))
    return FALSE;
  ids = claimline_store_list_feed_article_ids (store, feed_id, error);
  if (ids == NULL)
    goto failed;
  for (guint i = 0; i < ids->len; i++)
    if (!forget_features (store, g_array_index (ids, gint64, i), stories, error))
      goto failed;
  if (!claimline_store_remove_feed (store, feed_id, TRUE, error))
    goto failed;
  g_array_sort (stories, compare_ids);
  for (guint i = 0; i < stories->len; i++)
    if ((i == 0 || g_array_index (stories, gint64, i) != g_array_index (stories, gint64, i - 1)) &&
        !refresh_story (store, g_array_index (stories, gint64, i), error))
      goto failed;
  return claimline_store_transaction_commit (store, error);

failed:
  claimline_store_transaction_rollback (store);
  return FALSE;
}
