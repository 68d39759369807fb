/* claimline-phrases.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-phrases-private.h"
#include "claimline-resources.h"

struct _ClaimlinePhraseTable
{
  GHashTable *by_first_word; /* first word → GPtrArray of ClaimlinePhrase*, longest first */
};

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  const ClaimlinePhrase *pa = *(ClaimlinePhrase * const *) a;
  const ClaimlinePhrase *pb = *(ClaimlinePhrase * const *) b;

  return (int) pb->n_words - (int) pa->n_words;
}

static ClaimlinePhrase *
parse_entry (const char *line)
{
  const char *equals = strstr (line, " = ");
  g_autofree char *cue = NULL;
  ClaimlinePhrase *phrase;

  if (equals == NULL)
    return NULL;
  cue = g_strstrip (g_strndup (line, equals - line));
  if (*cue == '\0')
    return NULL;

  phrase = g_new0 (ClaimlinePhrase, 1);
  phrase->words = g_strsplit_set (cue, " ", -1);
  phrase->n_words = g_strv_length (phrase->words);
  phrase->value = g_strstrip (g_strdup (equals + 3));
  return phrase;
}

static ClaimlinePhraseTable *
build_table (const char *name)
{
  const GPtrArray *lines = claimline_resources_get_lexicon (name);
  ClaimlinePhraseTable *table = g_new0 (ClaimlinePhraseTable, 1);
  GHashTableIter iter;
  gpointer list;

  table->by_first_word = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < lines->len; i++)
    {
      ClaimlinePhrase *phrase = parse_entry (g_ptr_array_index (lines, i));
      GPtrArray *same_start;

      if (phrase == NULL)
        {
          g_warning ("Lexicon %s: cannot read “%s”", name, (char *) g_ptr_array_index (lines, i));
          continue;
        }
      same_start = g_hash_table_lookup (table->by_first_word, phrase->words[0]);
      if (same_start == NULL)
        {
          same_start = g_ptr_array_new ();
          g_hash_table_insert (table->by_first_word, phrase->words[0], same_start);
        }
      g_ptr_array_add (same_start, phrase);
    }

  g_hash_table_iter_init (&iter, table->by_first_word);
  while (g_hash_table_iter_next (&iter, NULL, &list))
    g_ptr_array_sort (list, compare_longest_first);
  return table;
}

const ClaimlinePhraseTable *
claimline_phrase_table_get (const char *name)
{
  static GMutex lock;
  static GHashTable *tables;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  ClaimlinePhraseTable *table;

  if (tables == NULL)
    tables = g_hash_table_new (g_str_hash, g_str_equal);
  table = g_hash_table_lookup (tables, name);
  if (table == NULL)
    {
      table = build_table (name);
      g_hash_table_insert (tables, g_strdup (name), table);
    }
  return table;
}

const ClaimlinePhrase *
claimline_phrase_table_match (const ClaimlinePhraseTable *table,
                              const char * const         *words,
                              guint                       n_words,
                              guint                       at)
{
  if (at >= n_words)
    return NULL;
  return claimline_phrase_list_match (g_hash_table_lookup (table->by_first_word, words[at]),
                                      words, n_words, at);
}

const char *
claimline_phrase_table_lookup (const ClaimlinePhraseTable *table,
                               const char                 *word)
{
  GPtrArray *candidates = g_hash_table_lookup (table->by_first_word, word);

  if (candidates == NULL)
    return NULL;
  for (guint i = 0; i < candidates->len; i++)
    {
      const ClaimlinePhrase *phrase = g_ptr_array_index (candidates, i);

      if (phrase->n_words == 1)
        return phrase->value;
    }
  return NULL;
}

static void
fill_slots (ClaimlineWordIndex *index)
{
  guint size = 16;
  GHashTableIter iter;
  gpointer word, lists;

  while (size < 2 * g_hash_table_size (index->entries))
    size *= 2;
  index->slots = g_new0 (ClaimlineWordSlot, size);
  index->mask = size - 1;
  g_hash_table_iter_init (&iter, index->entries);
  while (g_hash_table_iter_next (&iter, &word, &lists))
    {
      gsize length = strlen (word);
      guint32 hash = claimline_word_hash (word, length);
      guint32 at = hash & index->mask;

      while (index->slots[at].word != NULL)
        at = (at + 1) & index->mask;
      index->slots[at] = (ClaimlineWordSlot) { word, hash, length, lists };
    }
}

static ClaimlineWordIndex *
build_word_index (const char * const *names,
                  guint               n_names)
{
  ClaimlineWordIndex *index = g_new0 (ClaimlineWordIndex, 1);

  index->n_tables = n_names;
  index->entries = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint t = 0; t < n_names; t++)
    {
      const ClaimlinePhraseTable *table = claimline_phrase_table_get (names[t]);
      GHashTableIter iter;
      gpointer word, list;

      g_hash_table_iter_init (&iter, table->by_first_word);
      while (g_hash_table_iter_next (&iter, &word, &list))
        {
          GPtrArray **lists = g_hash_table_lookup (index->entries, word);

          if (lists == NULL)
            {
              lists = g_new0 (GPtrArray *, CLAIMLINE_WORD_INDEX_MAX_TABLES);
              g_hash_table_insert (index->entries, word, lists);
              index->lengths[*(guchar *) word] |= claimline_word_length_bit (strlen (word));
            }
          lists[t] = list;
        }
    }
  fill_slots (index);
  return index;
}

const ClaimlineWordIndex *
claimline_word_index_get (const char * const *names,
                          guint               n_names)
{
  static GMutex lock;
  static GHashTable *indexes;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  ClaimlineWordIndex *index;

  g_return_val_if_fail (n_names <= CLAIMLINE_WORD_INDEX_MAX_TABLES, NULL);

  if (indexes == NULL)
    indexes = g_hash_table_new (NULL, NULL);
  index = g_hash_table_lookup (indexes, names);
  if (index == NULL)
    {
      index = build_word_index (names, n_names);
      g_hash_table_insert (indexes, (gpointer) names, index);
    }
  return index;
}
