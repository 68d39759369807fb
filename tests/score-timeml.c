/* score-timeml.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Scores the temporal expression recogniser on the TempEval-3 training
 * corpus (TimeBank 1.2 + AQUAINT, TBAQ-cleaned) under
 * $CLAIMLINE_SHARED_DIR/corpora/timeml-train, the TempEval-3 way:
 *
 *   strict  span precision / recall / F1: offsets equal the gold's
 *   relaxed span precision / recall / F1: the spans overlap (one to one)
 *   value   F1 of the relaxed matches whose TIMEX3 value is the gold's
 *
 * Each document's <TEXT> is stripped of its tags (entities decoded,
 * white space kept); the gold spans are the TIMEX3 elements' byte ranges
 * in that text and the DCT is the value of the TIMEX3 inside <DCT>.
 * The platinum test set is held out elsewhere and never read here.
 *
 * Exits 77 (skip) when the corpus is absent, 1 when a score falls below
 * its floor.  `score-timeml -v` lists the misses for inspection. */

#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "claimline-timex.h"

/* The achieved scores, rounded down: a regression fails the test. */
#define FLOOR_STRICT_F1  86.0
#define FLOOR_RELAXED_F1 92.0
#define FLOOR_VALUE_F1   78.0

typedef struct
{
  gsize  start;
  gsize  end;
  char  *value;
  char  *type;
} Gold;

typedef struct
{
  guint gold;
  guint predicted;
  guint strict;
  guint relaxed;
  guint value;
} Counts;

static gboolean verbose;

static void
gold_clear (Gold *gold)
{
  g_free (gold->value);
  g_free (gold->type);
}

static char *
prop (xmlNode    *node,
      const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

/* Appends the text under NODE to TEXT, recording each TIMEX3's span. */
static void
collect_text (xmlNode *node,
              GString *text,
              GArray  *golds)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (text, (const char *) child->content);
      else if (is_element (child, "TIMEX3"))
        {
          Gold gold = { text->len, 0, prop (child, "value"), prop (child, "type") };

          collect_text (child, text, golds);
          gold.end = text->len;
          g_array_append_val (golds, gold);
        }
      else if (child->type == XML_ELEMENT_NODE)
        collect_text (child, text, golds);
    }
}

static xmlNode *
find_element (xmlNode    *node,
              const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_element (child, name))
      return child;
  return NULL;
}

static GDate *
parse_dct (xmlNode *root)
{
  xmlNode *dct = find_element (root, "DCT");
  xmlNode *timex = dct != NULL ? find_element (dct, "TIMEX3") : NULL;
  g_autofree char *value = timex != NULL ? prop (timex, "value") : NULL;
  int y, m, d;

  if (value == NULL || sscanf (value, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_new_dmy (d, m, y);
}

static gboolean
overlaps (gsize a_start,
          gsize a_end,
          gsize b_start,
          gsize b_end)
{
  return a_start < b_end && b_start < a_end;
}

static void
report_miss (const char *file,
             const char *what,
             const char *text,
             gsize       start,
             gsize       end,
             const char *value,
             const char *other)
{
  if (verbose)
    printf ("%s\t%s\t%.*s\t%s\t%s\n", what, file, (int) (end - start), text + start, value,
            other != NULL ? other : "");
}

/* One to one: each gold takes the first unused prediction it overlaps. */
static void
score_document (const char *file,
                const char *text,
                GArray     *golds,
                GPtrArray  *found,
                Counts     *counts)
{
  g_autofree gboolean *used = g_new0 (gboolean, found->len + 1);

  counts->gold += golds->len;
  counts->predicted += found->len;
  for (guint g = 0; g < golds->len; g++)
    {
      const Gold *gold = &g_array_index (golds, Gold, g);
      gboolean matched = FALSE;

      for (guint p = 0; p < found->len && !matched; p++)
        {
          const ClaimlineTimex *t = g_ptr_array_index (found, p);

          if (used[p] || !overlaps (gold->start, gold->end, t->start, t->end))
            continue;
          used[p] = matched = TRUE;
          counts->relaxed++;
          if (t->start == gold->start && t->end == gold->end)
            counts->strict++;
          else if (verbose)
            printf ("SPAN\t%s\t%.*s\t%s\t%.*s\n", file, (int) (t->end - t->start), text + t->start,
                    t->value, (int) (gold->end - gold->start), text + gold->start);
          if (g_strcmp0 (t->value, gold->value) == 0)
            counts->value++;
          else
            report_miss (file, "VALUE", text, gold->start, gold->end, gold->value, t->value);
        }
      if (!matched)
        report_miss (file, "FN", text, gold->start, gold->end, gold->value, gold->type);
    }
  for (guint p = 0; p < found->len; p++)
    if (!used[p])
      {
        const ClaimlineTimex *t = g_ptr_array_index (found, p);

        report_miss (file, "FP", text, t->start, t->end, t->value, NULL);
      }
}

static gboolean
score_file (const char *path,
            const char *name,
            Counts     *counts)
{
  xmlDoc *doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
  xmlNode *root, *body;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) golds = g_array_new (FALSE, FALSE, sizeof (Gold));
  g_autoptr(GPtrArray) found = NULL;
  GDate *dct;

  g_array_set_clear_func (golds, (GDestroyNotify) gold_clear);
  if (doc == NULL)
    return FALSE;
  root = xmlDocGetRootElement (doc);
  body = root != NULL ? find_element (root, "TEXT") : NULL;
  if (body == NULL)
    {
      xmlFreeDoc (doc);
      return FALSE;
    }
  dct = parse_dct (root);
  collect_text (body, text, golds);
  found = claimline_timex_find (text->str, text->len, dct);
  score_document (name, text->str, golds, found, counts);
  if (dct != NULL)
    g_date_free (dct);
  xmlFreeDoc (doc);
  return TRUE;
}

static guint
score_folder (const char *folder,
              Counts     *counts)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint scored = 0;

  if (dir == NULL)
    return 0;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".tml") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint k = 0; k < names->len; k++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, k), NULL);

      if (score_file (path, g_ptr_array_index (names, k), counts))
        scored++;
      else
        g_printerr ("score-timeml: cannot read %s\n", path);
    }
  return scored;
}

static double
f1 (double precision,
    double recall)
{
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}

static double
print_measure (const char *label,
               const char *measure,
               guint       hits,
               const Counts *counts)
{
  double p = counts->predicted ? (double) hits / counts->predicted : 0;
  double r = counts->gold ? (double) hits / counts->gold : 0;

  printf ("%s %s: precision %.1f, recall %.1f, F1 %.1f\n", label, measure, 100 * p, 100 * r,
          100 * f1 (p, r));
  return 100 * f1 (p, r);
}

static void
print_counts (const char   *label,
              const Counts *counts,
              double       *strict,
              double       *relaxed,
              double       *value)
{
  *strict = print_measure (label, "strict", counts->strict, counts);
  *relaxed = print_measure (label, "relaxed", counts->relaxed, counts);
  *value = print_measure (label, "value", counts->value, counts);
}

int
main (int    argc,
      char **argv)
{
  const char *shared = g_getenv ("CLAIMLINE_SHARED_DIR");
  g_autofree char *root = NULL;
  g_autofree char *timebank = NULL;
  g_autofree char *aquaint = NULL;
  Counts tb = { 0 }, aq = { 0 }, all;
  double strict, relaxed, value;
  guint documents;

  verbose = argc > 1 && g_str_equal (argv[1], "-v");
  root = shared != NULL ? g_build_filename (shared, "corpora", "timeml-train", NULL) : NULL;
  if (root == NULL || !g_file_test (root, G_FILE_TEST_IS_DIR))
    {
      printf ("SKIP: no TimeML corpus (set CLAIMLINE_SHARED_DIR to the folder holding corpora/)\n");
      return 77;
    }
  timebank = g_build_filename (root, "TimeBank", NULL);
  aquaint = g_build_filename (root, "AQUAINT", NULL);
  documents = score_folder (timebank, &tb) + score_folder (aquaint, &aq);
  if (documents == 0)
    {
      printf ("SKIP: no .tml documents under %s\n", root);
      return 77;
    }
  all.gold = tb.gold + aq.gold;
  all.predicted = tb.predicted + aq.predicted;
  all.strict = tb.strict + aq.strict;
  all.relaxed = tb.relaxed + aq.relaxed;
  all.value = tb.value + aq.value;

  printf ("timeml: %u documents, %u gold, %u found\n", documents, all.gold, all.predicted);
  print_counts ("timebank", &tb, &strict, &relaxed, &value);
  print_counts ("aquaint", &aq, &strict, &relaxed, &value);
  print_counts ("timeml", &all, &strict, &relaxed, &value);
  xmlCleanupParser ();

  if (strict < FLOOR_STRICT_F1 || relaxed < FLOOR_RELAXED_F1 || value < FLOOR_VALUE_F1)
    {
      printf ("FAIL: below the floors (strict %.1f, relaxed %.1f, value %.1f F1)\n",
              FLOOR_STRICT_F1, FLOOR_RELAXED_F1, FLOOR_VALUE_F1);
      return 1;
    }
  return 0;
}
