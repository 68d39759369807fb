/* score-extraction-benchmark.c: the main-text extractor on the article
 * extraction benchmark
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Extracts the text of each of the benchmark's pages and compares it with
 * the page's ground-truth article body as multisets of 4-word shingles,
 * the benchmark's own measure: precision and recall per page, averaged
 * over pages.  The reference extractors' published outputs are scored the
 * same way, for comparison.  Fails below the floors.
 *
 *   score-extraction-benchmark [--verbose]
 *   score-extraction-benchmark --predictions OUTPUT.json
 *
 * With --predictions, scores another extractor's output instead (a JSON
 * object {"output": {"<id>": {"articleBody": "…"}}}, the benchmark's
 * format) and prints its line only.
 */

#include <json-glib/json-glib.h>

#include "claimline-readable.h"
#include "score-readable-common.h"

#define SHINGLE_WORDS 4

/* What the extractor achieved when the scorer was last tuned, rounded down. */
#define FLOOR_PRECISION 0.951
#define FLOOR_RECALL    0.979
#define FLOOR_F1        0.965

typedef struct
{
  ScoreMeans means;
  guint      exact;
  guint      documents;
} Score;

static JsonObject *
load_json_object (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_file (parser, path, &error))
    g_error ("Cannot read %s: %s", path, error->message);
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    g_error ("%s does not hold a JSON object", path);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static const char *
article_body (JsonObject *entries,
              const char *id)
{
  JsonObject *entry;

  if (!json_object_has_member (entries, id))
    return NULL;
  entry = json_object_get_object_member (entries, id);
  return entry != NULL && json_object_has_member (entry, "articleBody")
         ? json_object_get_string_member (entry, "articleBody") : NULL;
}

static void
score_add (Score      *score,
           const char *predicted,
           const char *expected,
           const char *id,
           gboolean    verbose)
{
  g_autoptr(GPtrArray) predicted_words = score_words (predicted != NULL ? predicted : "");
  g_autoptr(GPtrArray) expected_words = score_words (expected);
  ScoreCounts counts = score_compare (predicted_words, expected_words, SHINGLE_WORDS);
  gboolean exact = predicted_words->len == expected_words->len;

  for (guint i = 0; exact && i < predicted_words->len; i++)
    exact = g_str_equal (g_ptr_array_index (predicted_words, i),
                         g_ptr_array_index (expected_words, i));

  score_means_add (&score->means, &counts);
  score->exact += exact ? 1 : 0;
  score->documents++;
  if (verbose)
    g_print ("%.3f  tp %5.0f  fp %5.0f  fn %5.0f  %s\n", score_counts_f1 (&counts),
             counts.true_positives, counts.false_positives, counts.false_negatives, id);
}

static void
print_score (const char  *name,
             const Score *score)
{
  g_print ("%s: precision %.3f, recall %.3f, F1 %.3f (accuracy %.3f, %u pages)\n", name,
           score_means_precision (&score->means), score_means_recall (&score->means),
           score_means_f1 (&score->means), (double) score->exact / MAX (score->documents, 1),
           score->documents);
}

static char *
extract_page (const char *dir,
              const char *id,
              const char *url)
{
  g_autofree char *name = g_strconcat (id, ".html.gz", NULL);
  g_autofree char *path = g_build_filename (dir, "html", name, NULL);
  g_autoptr(GBytes) html = score_read_gzip_file (path);
  g_autoptr(ClaimlineReadable) readable = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (html, &length);

  readable = claimline_readable_extract (data, length, url, &error);
  if (readable == NULL)
    {
      g_printerr ("%s: %s\n", id, error->message);
      return NULL;
    }
  return g_steal_pointer (&readable->text);
}

/* Another extractor's published or fresh output, scored like ours. */
static void
score_output (JsonObject *truth,
              GList      *ids,
              const char *path,
              const char *name)
{
  g_autoptr(JsonObject) root = load_json_object (path);
  JsonObject *output = json_object_get_object_member (root, "output");
  Score score = { { 0, }, 0, 0 };

  for (GList *l = ids; l != NULL; l = l->next)
    score_add (&score, output != NULL ? article_body (output, l->data) : NULL,
               article_body (truth, l->data), l->data, FALSE);
  print_score (name, &score);
}

static gboolean
meets_floors (const Score *score)
{
  return score_means_precision (&score->means) >= FLOOR_PRECISION
         && score_means_recall (&score->means) >= FLOOR_RECALL
         && score_means_f1 (&score->means) >= FLOOR_F1;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = score_corpus_dir ("article-extraction-benchmark");
  g_autofree char *truth_path = NULL;
  g_autoptr(JsonObject) truth = NULL;
  g_autoptr(GList) ids = NULL;
  gboolean verbose = argc > 1 && g_str_equal (argv[1], "--verbose");
  Score score = { { 0, }, 0, 0 };

  if (dir == NULL)
    return SCORE_SKIP;

  truth_path = g_build_filename (dir, "ground-truth.json", NULL);
  truth = load_json_object (truth_path);
  ids = g_list_sort (json_object_get_members (truth), (GCompareFunc) g_strcmp0);

  if (argc > 2 && g_str_equal (argv[1], "--predictions"))
    {
      score_output (truth, ids, argv[2], "predictions");
      return 0;
    }

  for (GList *l = ids; l != NULL; l = l->next)
    {
      JsonObject *entry = json_object_get_object_member (truth, l->data);
      g_autofree char *text = extract_page (dir, l->data,
                                            json_object_get_string_member (entry, "url"));

      score_add (&score, text, article_body (truth, l->data), l->data, verbose);
    }
  print_score ("article-extraction-benchmark", &score);

  for (guint i = 0; i < 2; i++)
    {
      const char *names[] = { "readability_js", "trafilatura" };
      g_autofree char *file = g_strconcat (names[i], ".json", NULL);
      g_autofree char *path = g_build_filename (dir, "baseline-output", file, NULL);
      g_autofree char *label = g_strconcat ("  reference ", names[i], NULL);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        score_output (truth, ids, path, label);
    }

  if (!meets_floors (&score))
    {
      g_print ("FAIL: below the floors (precision %.3f, recall %.3f, F1 %.3f)\n",
               FLOOR_PRECISION, FLOOR_RECALL, FLOOR_F1);
      return 1;
    }
  return 0;
}
