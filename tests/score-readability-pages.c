/* score-readability-pages.c: the main-text extractor on Mozilla
 * Readability's test pages
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Extracts the text and metadata of each test page and compares them with
 * the expected article (the visible text of expected.html) and metadata:
 * word-level precision and recall per page, averaged over pages, the
 * number of pages whose word F1 reaches PASS_F1, and the share of pages
 * whose title, byline, date and site name agree.  Fails below the floors.
 *
 *   score-readability-pages [--verbose]
 */

#include <string.h>

#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>

#include "claimline-readable.h"
#include "score-readable-common.h"

/* The page address the test pages were saved under. */
#define PAGE_URL "http://fakehost/test/page.html"
/* A page passes when the word F1 of its text reaches this. */
#define PASS_F1 0.9

/* What the extractor achieved when the scorer was last tuned, rounded down. */
#define FLOOR_PRECISION 0.982
#define FLOOR_RECALL    0.956
#define FLOOR_F1        0.969
#define FLOOR_PASSED    121u

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* Elements that separate words in the expected HTML. */
static const char * const block_names[] = {
  "p", "div", "section", "article", "li", "ul", "ol", "dl", "dt", "dd", "td", "th", "tr",
  "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption",
  "br", "hr", "header", "footer", "main", "aside", "nav", "caption", "address",
};

typedef struct
{
  const char *name;
  guint       agree;
  guint       expected;
} FieldScore;

typedef struct
{
  ScoreMeans means;
  guint      passed;
  guint      pages;
  FieldScore fields[4];
} Score;

static gboolean
is_block (const xmlChar *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (block_names); i++)
    if (xmlStrEqual (name, (const xmlChar *) block_names[i]))
      return TRUE;
  return FALSE;
}

static void
append_visible_text (GString *out,
                     xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE)
        g_string_append (out, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE
               && !xmlStrEqual (child->name, (const xmlChar *) "script")
               && !xmlStrEqual (child->name, (const xmlChar *) "style"))
        {
          gboolean block = is_block (child->name);

          if (block)
            g_string_append_c (out, '\n');
          append_visible_text (out, child);
          if (block)
            g_string_append_c (out, '\n');
        }
    }
}

static char *
expected_text (const char *page_dir)
{
  g_autofree char *path = g_build_filename (page_dir, "expected.html", NULL);
  g_autoptr(GBytes) bytes = score_read_file (path);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(xmlDoc) doc = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  doc = htmlReadMemory (data, (int) length, NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                        | HTML_PARSE_RECOVER);
  if (doc != NULL && xmlDocGetRootElement (doc) != NULL)
    append_visible_text (text, xmlDocGetRootElement (doc));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static JsonObject *
expected_metadata (const char *page_dir)
{
  g_autofree char *path = g_build_filename (page_dir, "expected-metadata.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_file (parser, path, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

/* TEXT on one line without case, for comparisons. */
static char *
comparable (const char *text)
{
  g_autoptr(GString) line = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = line->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (line, ' ');
      space = FALSE;
      g_string_append_unichar (line, c);
    }
  return g_utf8_casefold (line->str, -1);
}

/* Compared without case or spacing, a byline also without its "By", a
 * date by its day. */
static gboolean
field_agrees (const char *expected,
              const char *found,
              gboolean    date)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (found == NULL)
    return FALSE;
  if (date)
    return strlen (expected) >= 10 && strncmp (expected, found, 10) == 0;

  a = comparable (expected);
  b = comparable (found);
  return g_str_equal (a, b) || (g_str_has_prefix (a, "by ") && g_str_equal (a + 3, b));
}

static void
score_field (FieldScore *field,
             JsonObject *metadata,
             const char *member,
             const char *found,
             const char *page,
             gboolean    verbose)
{
  const char *expected = string_member (metadata, member);

  field->name = member;
  if (expected == NULL || *expected == '\0')
    return;
  field->expected++;
  if (field_agrees (expected, found, g_str_equal (member, "publishedTime")))
    field->agree++;
  else if (verbose)
    g_print ("    %s %s: expected \"%s\", found \"%s\"\n", page, member, expected,
             found != NULL ? found : "(none)");
}

static void
score_page (Score      *score,
            const char *pages_dir,
            const char *page,
            gboolean    verbose)
{
  g_autofree char *page_dir = g_build_filename (pages_dir, page, NULL);
  g_autofree char *source_path = g_build_filename (page_dir, "source.html", NULL);
  g_autoptr(GBytes) source = score_read_file (source_path);
  g_autofree char *expected = expected_text (page_dir);
  g_autoptr(JsonObject) metadata = expected_metadata (page_dir);
  g_autoptr(ClaimlineReadable) readable = NULL;
  g_autoptr(GPtrArray) found_words = NULL;
  g_autoptr(GPtrArray) expected_words = NULL;
  g_autoptr(GError) error = NULL;
  ScoreCounts counts;
  gsize length;
  const char *data = g_bytes_get_data (source, &length);

  readable = claimline_readable_extract (data, length, PAGE_URL, &error);
  found_words = score_words (readable != NULL ? readable->text : "");
  expected_words = score_words (expected);
  counts = score_compare (found_words, expected_words, 1);
  score_means_add (&score->means, &counts);
  score->passed += score_counts_f1 (&counts) >= PASS_F1 ? 1 : 0;
  score->pages++;
  if (verbose)
    g_print ("%.3f  tp %5.0f  fp %5.0f  fn %5.0f  %s%s\n", score_counts_f1 (&counts),
             counts.true_positives, counts.false_positives, counts.false_negatives, page,
             readable != NULL && !readable->confident ? "  (whole body)" : "");

  score_field (&score->fields[0], metadata, "title", readable ? readable->title : NULL,
               page, verbose);
  score_field (&score->fields[1], metadata, "byline", readable ? readable->byline : NULL,
               page, verbose);
  score_field (&score->fields[2], metadata, "publishedTime", readable ? readable->published : NULL,
               page, verbose);
  score_field (&score->fields[3], metadata, "siteName", readable ? readable->site_name : NULL,
               page, verbose);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static GPtrArray *
list_pages (const char *pages_dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (pages_dir, 0, &error);
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    g_error ("Cannot list %s: %s", pages_dir, error->message);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (pages, g_strdup (name));
  g_ptr_array_sort (pages, compare_names);
  return pages;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = score_corpus_dir ("readability-pages");
  g_autofree char *pages_dir = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  gboolean verbose = argc > 1 && g_str_equal (argv[1], "--verbose");
  Score score = { { 0, }, 0, 0, { { NULL, 0, 0 }, } };

  if (dir == NULL)
    return SCORE_SKIP;

  pages_dir = g_build_filename (dir, "test-pages", NULL);
  pages = list_pages (pages_dir);
  for (guint i = 0; i < pages->len; i++)
    score_page (&score, pages_dir, g_ptr_array_index (pages, i), verbose);

  g_print ("readability-pages: precision %.3f, recall %.3f, F1 %.3f "
           "(%u of %u pages at F1 >= %.1f)\n",
           score_means_precision (&score.means), score_means_recall (&score.means),
           score_means_f1 (&score.means), score.passed, score.pages, PASS_F1);
  g_print ("  metadata agreement:");
  for (guint i = 0; i < G_N_ELEMENTS (score.fields); i++)
    g_print (" %s %u/%u%s", score.fields[i].name, score.fields[i].agree, score.fields[i].expected,
             i + 1 < G_N_ELEMENTS (score.fields) ? "," : "\n");

  if (score_means_precision (&score.means) < FLOOR_PRECISION
      || score_means_recall (&score.means) < FLOOR_RECALL
      || score_means_f1 (&score.means) < FLOOR_F1 || score.passed < FLOOR_PASSED)
    {
      g_print ("FAIL: below the floors (precision %.3f, recall %.3f, F1 %.3f, %u pages)\n",
               FLOOR_PRECISION, FLOOR_RECALL, FLOOR_F1, FLOOR_PASSED);
      return 1;
    }
  return 0;
}
