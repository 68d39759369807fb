/* claimline-story.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pure parts of story clustering: an article's features, how much a
 * story shares with it, a story's title and its inferred date.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "claimline-claims.h"
#include "claimline-resources.h"
#include "claimline-story.h"
#include "claimline-text.h"

#define MAX_NAME_FEATURES 40

void
claimline_story_free (ClaimlineStory *story)
{
  if (story == NULL)
    return;
  g_free (story->title);
  g_free (story->first_date);
  g_free (story->last_date);
  g_free (story);
}

static gboolean
is_stopword (const char *word)
{
  static gsize initialised;
  static GHashTable *words;

  if (g_once_init_enter (&initialised))
    {
      const GPtrArray *entries = claimline_resources_get_lexicon ("story-stopwords");

      words = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < entries->len; i++)
        g_hash_table_add (words, g_ptr_array_index (entries, i));
      g_once_init_leave (&initialised, 1);
    }
  return g_hash_table_contains (words, word);
}

static void
add_feature (GHashTable *features,
             const char *prefix,
             const char *value)
{
  g_autofree char *folded = NULL;

  if (value == NULL || *value == '\0')
    return;
  folded = g_utf8_casefold (value, -1);
  g_hash_table_add (features, g_strconcat (prefix, folded, NULL));
}

/* Headline words of four letters or more that are not everyday words. */
static void
add_title_words (GHashTable *features,
                 const char *title)
{
  g_autofree char *folded = g_utf8_casefold (title, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t,.;:!?\"'()[]’‘“”—–-/", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) >= 4 && !is_stopword (words[i]) &&
        !g_ascii_isdigit (words[i][0]))
      g_hash_table_add (features, g_strconcat ("w:", words[i], NULL));
}

typedef struct
{
  const char *name;
  guint       count;
} NameCount;

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const NameCount *na = a, *nb = b;

  if (na->count != nb->count)
    return (int) nb->count - (int) na->count;
  return strcmp (na->name, nb->name);
}

/* The names a text keeps coming back to, the most frequent first. */
static void
add_names (GHashTable *features,
           const char *text)
{
  g_autoptr(GHashTable) counts = claimline_text_names (text);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (NameCount));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      NameCount entry = { key, GPOINTER_TO_UINT (value) };

      if (strlen (key) >= 2 && !is_stopword (key))
        g_array_append_val (ranked, entry);
    }
  g_array_sort (ranked, compare_counts);
  for (guint i = 0; i < MIN (ranked->len, MAX_NAME_FEATURES); i++)
    add_feature (features, "n:", g_array_index (ranked, NameCount, i).name);
}

/* "f:revenue:8.7e+08": a figure to two significant digits. */
static void
add_figures (GHashTable *features,
             GPtrArray  *claims)
{
  for (guint i = 0; claims != NULL && i < claims->len; i++)
    {
      const ClaimlineClaim *claim = g_ptr_array_index (claims, i);
      char value[32];

      add_feature (features, "s:", claim->subject);
      add_feature (features, "s:", claim->actor);
      if (claim->attribute == NULL || !(claim->has_low || claim->has_high) ||
          g_strcmp0 (claim->kind, "date") == 0)
        continue;
      g_ascii_formatd (value, sizeof value, "%.1e", claim->has_low ? claim->low : claim->high);
      g_hash_table_add (features, g_strdup_printf ("f:%s:%s", claim->attribute, value));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
claimline_story_features (const char *title,
                          const char *text,
                          GPtrArray  *claims)
{
  g_autoptr(GHashTable) features = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  if (title != NULL)
    add_title_words (features, title);
  if (text != NULL)
    add_names (features, text);
  add_figures (features, claims);

  g_hash_table_iter_init (&iter, features);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_ptr_array_add (list, key);
      g_hash_table_iter_steal (&iter);
    }
  /* A stable order keeps results independent of hashing. */
  g_ptr_array_sort (list, compare_strings);
  return list;
}

double
claimline_story_similarity (GPtrArray      *features,
                            const guint    *document_counts,
                            const gboolean *shared,
                            guint           n_articles)
{
  double total = 0, common = 0;

  for (guint i = 0; i < features->len; i++)
    {
      /* Rare features say much more (the weight is the square of the
       * inverse document frequency); a feature no article has yet counts
       * as the rarest. */
      double idf = log ((n_articles + 1.0) / (document_counts[i] + 1.0)) + 1.0;
      double weight = idf * idf;

      total += weight;
      if (shared[i])
        common += weight;
    }
  return total > 0 ? common / total : 0;
}

const char *
claimline_story_pick_title (GPtrArray *titles)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  g_autoptr(GHashTable) titles_with = g_hash_table_new (g_str_hash, g_str_equal);
  const char *best = NULL;
  guint best_score = 0;

  /* A title scores one for each word it shares with each other title: the
   * sum, over its words, of how many other titles carry the word.  Counting
   * the titles of each word once keeps this linear in the story's size. */
  for (guint i = 0; i < titles->len; i++)
    {
      GHashTable *mine = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      GHashTableIter iter;
      gpointer word;

      add_title_words (mine, g_ptr_array_index (titles, i));
      g_hash_table_iter_init (&iter, mine);
      while (g_hash_table_iter_next (&iter, &word, NULL))
        g_hash_table_insert (titles_with, word,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (titles_with, word)) + 1));
      g_ptr_array_add (words, mine);
    }

  for (guint i = 0; i < titles->len; i++)
    {
      GHashTableIter iter;
      gpointer word;
      guint score = 0;

      g_hash_table_iter_init (&iter, g_ptr_array_index (words, i));
      while (g_hash_table_iter_next (&iter, &word, NULL))
        score += GPOINTER_TO_UINT (g_hash_table_lookup (titles_with, word)) - 1;
      if (best == NULL || score > best_score)
        {
          best = g_ptr_array_index (titles, i);
          best_score = score;
        }
    }
  return best;
}

const char *
claimline_story_median_date (GPtrArray *dates)
{
  if (dates->len == 0)
    return NULL;
  g_ptr_array_sort (dates, compare_strings);
  return g_ptr_array_index (dates, (dates->len - 1) / 2);
}
