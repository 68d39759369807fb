/* score-readable-common.c: what the main-text scorers share
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "score-readable-common.h"

/* Joins the words of a shingle; it never occurs in words. */
#define SHINGLE_SEPARATOR "\x1f"

char *
score_corpus_dir (const char *name)
{
  const char *shared = g_getenv ("CLAIMLINE_SHARED_DIR");
  g_autofree char *dir = NULL;

  if (shared == NULL)
    {
      g_print ("SKIP: CLAIMLINE_SHARED_DIR is not set\n");
      return NULL;
    }
  dir = g_build_filename (shared, "corpora", name, NULL);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_print ("SKIP: the %s corpus is not in %s/corpora\n", name, shared);
      return NULL;
    }
  return g_steal_pointer (&dir);
}

GBytes *
score_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, &error))
    g_error ("Cannot read %s: %s", path, error->message);
  return g_bytes_new_take (data, length);
}

GBytes *
score_read_gzip_file (const char *path)
{
  g_autoptr(GBytes) compressed = score_read_file (path);
  g_autoptr(GInputStream) raw = g_memory_input_stream_new_from_bytes (compressed);
  g_autoptr(GZlibDecompressor) decompressor =
    g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  g_autoptr(GInputStream) stream = g_converter_input_stream_new (raw, G_CONVERTER (decompressor));
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  if (g_output_stream_splice (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error) < 0)
    g_error ("Cannot decompress %s: %s", path, error->message);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static gboolean
is_word_char (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_LETTER_NUMBER:
    case G_UNICODE_OTHER_NUMBER:
      return TRUE;
    default:
      return c == '_';
    }
}

GPtrArray *
score_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;
  const char *p;

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean word = is_word_char (g_utf8_get_char (p));

      if (word && start == NULL)
        start = p;
      else if (!word && start != NULL)
        {
          g_ptr_array_add (words, g_strndup (start, p - start));
          start = NULL;
        }
    }
  if (start != NULL)
    g_ptr_array_add (words, g_strndup (start, p - start));
  return words;
}

/* Counts of each shingle of WORDS. */
static GHashTable *
count_shingles (GPtrArray *words,
                guint      n)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint size = MIN (n, words->len);
  guint last = words->len >= n ? words->len - n : 0;

  if (words->len == 0)
    return counts;

  for (guint i = 0; i <= last; i++)
    {
      g_autoptr(GString) shingle = g_string_new (g_ptr_array_index (words, i));
      gpointer count;

      for (guint j = 1; j < size; j++)
        {
          g_string_append (shingle, SHINGLE_SEPARATOR);
          g_string_append (shingle, g_ptr_array_index (words, i + j));
        }
      count = g_hash_table_lookup (counts, shingle->str);
      g_hash_table_insert (counts, g_string_free (g_steal_pointer (&shingle), FALSE),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
    }
  return counts;
}

static guint
total_count (GHashTable *counts)
{
  GHashTableIter iter;
  gpointer value;
  guint total = 0;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    total += GPOINTER_TO_UINT (value);
  return total;
}

ScoreCounts
score_compare (GPtrArray *predicted,
               GPtrArray *expected,
               guint      n)
{
  g_autoptr(GHashTable) predicted_counts = count_shingles (predicted, n);
  g_autoptr(GHashTable) expected_counts = count_shingles (expected, n);
  ScoreCounts counts = { 0, };
  GHashTableIter iter;
  gpointer key, value;
  guint matched = 0;

  g_hash_table_iter_init (&iter, predicted_counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    matched += MIN (GPOINTER_TO_UINT (value),
                    GPOINTER_TO_UINT (g_hash_table_lookup (expected_counts, key)));

  counts.true_positives = matched;
  counts.false_positives = total_count (predicted_counts) - matched;
  counts.false_negatives = total_count (expected_counts) - matched;
  return counts;
}

void
score_means_add (ScoreMeans        *means,
                 const ScoreCounts *counts)
{
  double tp = counts->true_positives;

  if (counts->false_positives == 0 && counts->false_negatives == 0)
    {
      means->precision_sum += 1.0;
      means->precision_documents++;
      means->recall_sum += 1.0;
      means->recall_documents++;
      return;
    }
  if (tp + counts->false_positives > 0)
    {
      means->precision_sum += tp / (tp + counts->false_positives);
      means->precision_documents++;
    }
  if (tp + counts->false_negatives > 0)
    {
      means->recall_sum += tp / (tp + counts->false_negatives);
      means->recall_documents++;
    }
}

double
score_means_precision (const ScoreMeans *means)
{
  return means->precision_documents > 0 ? means->precision_sum / means->precision_documents : 0;
}

double
score_means_recall (const ScoreMeans *means)
{
  return means->recall_documents > 0 ? means->recall_sum / means->recall_documents : 0;
}

static double
harmonic_mean (double precision,
               double recall)
{
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}

double
score_means_f1 (const ScoreMeans *means)
{
  return harmonic_mean (score_means_precision (means), score_means_recall (means));
}

double
score_counts_f1 (const ScoreCounts *counts)
{
  double tp = counts->true_positives;

  if (counts->false_positives == 0 && counts->false_negatives == 0)
    return 1.0;
  return harmonic_mean (tp > 0 ? tp / (tp + counts->false_positives) : 0,
                        tp > 0 ? tp / (tp + counts->false_negatives) : 0);
}
