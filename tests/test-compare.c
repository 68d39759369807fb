/* test-compare.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Stories, inferred dates and claim groups, through the library on a real
 * store: the project's own multi-outlet fixtures, and the seed story when
 * ../shared is there.
 */

#include "config.h"

#include <string.h>

#include "claimline-brief.h"
#include "claimline-error.h"
#include "claimline-import.h"
#include "claimline-library.h"
#include "claimline-story.h"
#include "claimline-timeline.h"

static ClaimlineClaim *
figure (const char *text,
        double      low,
        double      high,
        gboolean    approx)
{
  ClaimlineClaim *claim = g_new0 (ClaimlineClaim, 1);

  claim->text = g_strdup (text);
  claim->kind = g_strdup ("money");
  claim->unit = g_strdup ("USD");
  claim->has_low = low >= 0;
  claim->has_high = high >= 0;
  claim->low = low;
  claim->high = high;
  claim->approx = approx;
  return claim;
}

static void
test_values_agree (void)
{
  const struct {
    double   a_low, a_high;
    gboolean a_approx;
    double   b_low, b_high;
    gboolean b_approx;
    gboolean agree;
  } cases[] = {
    { 13.8e9, 13.8e9, FALSE, 14e9, 14e9, TRUE, TRUE },   /* "about $14 billion" */
    { 1e10, -1, FALSE, 1e10, -1, FALSE, TRUE },          /* more than / over $10 billion */
    { 870e6, 870e6, FALSE, 870e6, 870e6, FALSE, TRUE },
    { 1200, 1200, FALSE, 1500, 1500, TRUE, FALSE },      /* 1,200 vs roughly 1,500 */
    { 13.8e9, 13.8e9, FALSE, -1, 25e9, FALSE, FALSE },   /* up to $25 billion is another figure */
    { 870e6, 870e6, FALSE, 2e9, 2e9, FALSE, FALSE },
    { 13.8e9, 13.8e9, FALSE, 13.9e9, 13.9e9, FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ClaimlineClaim) a = figure ("a", cases[i].a_low, cases[i].a_high, cases[i].a_approx);
      g_autoptr(ClaimlineClaim) b = figure ("b", cases[i].b_low, cases[i].b_high, cases[i].b_approx);

      g_test_message ("case %u", i);
      g_assert_cmpint (claimline_compare_values_agree (a, b), ==, cases[i].agree);
      g_assert_cmpint (claimline_compare_values_agree (b, a), ==, cases[i].agree);
    }
}

static ClaimlineStore *
store_with (const char *const *paths)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (":memory:", &error);

  g_assert_no_error (error);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(ClaimlineDocument) document = claimline_import_file (file, NULL, &error);

      g_assert_no_error (error);
      g_assert_true (claimline_library_add_document (store, document, NULL, NULL, &error));
      g_assert_no_error (error);
    }
  return g_steal_pointer (&store);
}

static const ClaimlineClaimGroup *
find_group (GPtrArray  *groups,
            const char *attribute,
            guint       min_members)
{
  for (guint i = 0; i < groups->len; i++)
    {
      const ClaimlineClaimGroup *group = g_ptr_array_index (groups, i);

      if (g_strcmp0 (group->attribute, attribute) == 0 && group->members->len >= min_members)
        return group;
    }
  g_test_message ("no group for %s with %u members", attribute, min_members);
  return NULL;
}

static gint64
story_of (ClaimlineStore *store,
          const char     *title)
{
  g_autoptr(GPtrArray) stories = claimline_store_list_stories (store, NULL);

  for (guint i = 0; i < stories->len; i++)
    {
      ClaimlineStory *story = g_ptr_array_index (stories, i);
      g_autoptr(GArray) ids = claimline_store_list_story_article_ids (store, story->id,
                                                                       CLAIMLINE_ARTICLE_SORT_DATE, NULL);
      g_autoptr(GPtrArray) articles = claimline_store_load_summaries (store, (gint64 *) ids->data,
                                                                      ids->len, NULL);

      for (guint a = 0; a < articles->len; a++)
        if (strcmp (claimline_article_get_title (g_ptr_array_index (articles, a)), title) == 0)
          return story->id;
    }
  return 0;
}

static void
test_own_stories (void)
{
  const char *names[] = {
    "harbour/01-port-authority.txt", "northwind/01-coastal-courier.txt",
    "northwind/02-tidewater-times.html", "harbour/02-carrow-gazette.txt",
    "northwind/03-grid-report.txt", "northwind/04-harbour-ledger.txt",
  };
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  const ClaimlineClaimGroup *group;
  gint64 northwind;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "fixtures", "stories", names[i], NULL));
  g_ptr_array_add (paths, NULL);
  store = store_with ((const char * const *) paths->pdata);

  /* Two events, two stories, however the articles arrived. */
  stories = claimline_store_list_stories (store, NULL);
  g_assert_cmpuint (stories->len, ==, 2);
  northwind = story_of (store, "Northwind weighs a further raise as revenue climbs");
  g_assert_cmpint (northwind, !=, 0);
  g_assert_cmpint (story_of (store, "Saltmarsh developer lines up investors"), ==, northwind);
  g_assert_cmpint (story_of (store, "Carrow port traffic hits a high"), ==,
                   story_of (store, "Port pilots guide a record number of ships"));
  g_assert_cmpint (story_of (store, "Carrow port traffic hits a high"), !=, northwind);

  /* The undated report takes the story's median date, marked inferred. */
  ids = claimline_store_list_story_article_ids (store, northwind, CLAIMLINE_ARTICLE_SORT_DATE, NULL);
  g_assert_cmpuint (ids->len, ==, 4);
  articles = claimline_store_load_summaries (store, (gint64 *) ids->data, ids->len, NULL);
  for (guint i = 0; i < articles->len; i++)
    {
      ClaimlineArticle *article = g_ptr_array_index (articles, i);

      if (strcmp (claimline_article_get_title (article), "Northwind weighs a further raise as revenue climbs") == 0)
        {
          g_assert_cmpstr (claimline_article_get_published (article), ==, "2026-03-11");
          g_assert_true (claimline_article_get_published_inferred (article));
        }
      else
        g_assert_false (claimline_article_get_published_inferred (article));
    }

  groups = claimline_store_load_story_groups (store, northwind, NULL);
  /* Conflicts come first. */
  g_assert_cmpint (((ClaimlineClaimGroup *) g_ptr_array_index (groups, 0))->verdict, ==,
                   CLAIMLINE_VERDICT_CONFLICT);

  group = find_group (groups, "began", 2);
  g_assert_nonnull (group);
  g_assert_cmpint (group->verdict, ==, CLAIMLINE_VERDICT_CONFLICT);
  g_assert_cmpint (group->conflict, ==, CLAIMLINE_CONFLICT_TIME);
  g_assert_cmpstr (group->reason, ==, "2024 vs 2025");

  group = find_group (groups, "employees", 2);
  g_assert_nonnull (group);
  g_assert_cmpint (group->conflict, ==, CLAIMLINE_CONFLICT_VALUE);

  group = find_group (groups, "funding round", 3);
  g_assert_nonnull (group);
  g_assert_cmpint (group->verdict, ==, CLAIMLINE_VERDICT_AGREE);

  group = find_group (groups, "capacity", 3);
  g_assert_nonnull (group);
  g_assert_cmpint (group->verdict, ==, CLAIMLINE_VERDICT_AGREE);

  /* "last year" in the undated report resolves against its inferred date
   * and then agrees with the report that says 2025. */
  group = find_group (groups, "revenue", 2);
  g_assert_nonnull (group);
  g_assert_cmpint (group->verdict, ==, CLAIMLINE_VERDICT_AGREE);
  g_assert_cmpstr (group->time_value, ==, "2025");

  /* The hedged "up to $600 million" stands alone. */
  for (guint i = 0; i < groups->len; i++)
    {
      const ClaimlineClaimGroup *g = g_ptr_array_index (groups, i);
      const ClaimlineClaim *first = ((ClaimlineGroupMember *) g_ptr_array_index (g->members, 0))->claim;

      if (strcmp (first->text, "up to $600 million") == 0)
        {
          g_assert_cmpint (g->verdict, ==, CLAIMLINE_VERDICT_SINGLE);
          g_assert_cmpint (first->modality, ==, CLAIMLINE_MODALITY_POSSIBLE);
        }
    }
}

/* Each member's sentence is the text between its sentence offsets, counted
 * in characters, however far into a long article it stands and however
 * many multi-byte characters come before it. */
static void
check_sentences (ClaimlineStore *store,
                 GPtrArray      *members)
{
  for (guint i = 0; i < members->len; i++)
    {
      ClaimlineGroupMember *member = g_ptr_array_index (members, i);
      const ClaimlineClaim *claim = member->claim;
      g_autoptr(ClaimlineArticle) article = claimline_store_load_article (store, claim->article_id, NULL);
      g_autofree char *expected = g_utf8_substring (claimline_article_get_text (article),
                                                    claim->sentence_start, claim->sentence_end);

      g_assert_cmpstr (member->sentence, ==, expected);
      g_assert_nonnull (strstr (member->sentence, claim->text));
    }
}

static void
test_member_sentences (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (":memory:", &error);
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  guint n_members = 0;

  for (guint outlet = 0; outlet < 2; outlet++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(ClaimlineDocument) document = NULL;

      g_string_append_printf (text, "Zürich lender Brügge raises funds\nBy Desk %u\n2025-06-0%u\n\n",
                              outlet, outlet + 2);
      for (guint p = 0; p < 400; p++)
        g_string_append_printf (text, "Brügge AG — the Zürich lender 📈 — reported revenue of "
                                "€%u million in 2024, up %u%% on “the year before”.\n\n",
                                100 + p, 1 + p % 40);
      bytes = g_string_free_to_bytes (g_steal_pointer (&text));
      document = claimline_import_bytes (bytes, outlet ? "b.txt" : "a.txt", NULL, &error);
      g_assert_no_error (error);
      g_assert_true (claimline_library_add_document (store, document, NULL, NULL, &error));
      g_assert_no_error (error);
    }

  stories = claimline_store_list_stories (store, NULL);
  g_assert_cmpuint (stories->len, ==, 1);
  members = claimline_store_load_story_members (store, ((ClaimlineStory *) stories->pdata[0])->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, >=, 1600);
  check_sentences (store, members);

  groups = claimline_store_load_story_groups (store, ((ClaimlineStory *) stories->pdata[0])->id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < groups->len; i++)
    {
      ClaimlineClaimGroup *group = g_ptr_array_index (groups, i);

      check_sentences (store, group->members);
      n_members += group->members->len;
    }
  g_assert_cmpuint (n_members, >=, 1600);
}

/* FEATURES looked up in STORE: how many articles carry each, and which
 * stories, as one string to compare. */
static char *
describe_features (ClaimlineStore *store,
                   GPtrArray      *features)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < features->len; i++)
    {
      g_autoptr(GArray) stories = g_array_new (FALSE, FALSE, sizeof (ClaimlineFeatureStory));
      guint articles = 0;

      g_assert_true (claimline_store_lookup_feature (store, g_ptr_array_index (features, i), &articles,
                                                     stories, NULL));
      g_string_append_printf (out, "%s=%u:", (char *) g_ptr_array_index (features, i), articles);
      for (guint s = 0; s < stories->len; s++)
        g_string_append_printf (out, " %u", g_array_index (stories, ClaimlineFeatureStory, s).articles);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* Removing a feed with its articles leaves the library as if they had
 * never come: the story's feature counts, its groups and verdicts. */
static void
test_remove_feed (void)
{
  g_autofree char *grid = g_test_build_filename (G_TEST_DIST, "fixtures", "stories", "northwind",
                                                 "03-grid-report.txt", NULL);
  g_autofree char *ledger = g_test_build_filename (G_TEST_DIST, "fixtures", "stories", "northwind",
                                                   "04-harbour-ledger.txt", NULL);
  const char *both[] = { grid, ledger, NULL };
  const char *only_grid[] = { grid, NULL };
  g_autoptr(ClaimlineStore) store = store_with (both);
  g_autoptr(ClaimlineStore) fresh = store_with (only_grid);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all_features = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;
  gint64 story = story_of (store, "Saltmarsh developer lines up investors");
  gint64 feed;

  /* the ledger came from a feed; the grid report from a file */
  feed = claimline_store_add_feed (store, "http://127.0.0.1:1/ledger.xml", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (claimline_store_set_article_feed (store, 2, feed, &error));
  g_assert_no_error (error);
  groups = claimline_store_load_story_groups (store, story, NULL);
  g_assert_cmpint (find_group (groups, "revenue", 2)->verdict, ==, CLAIMLINE_VERDICT_AGREE);
  g_clear_pointer (&groups, g_ptr_array_unref);

  for (gint64 id = 1; id <= 2; id++)
    {
      g_autoptr(ClaimlineArticle) article = claimline_store_load_article (store, id, NULL);
      g_autoptr(GPtrArray) claims = claimline_store_load_claims (store, id, NULL);
      g_autoptr(GPtrArray) features = claimline_story_features (claimline_article_get_title (article),
                                                                claimline_article_get_text (article),
                                                                claims);

      for (guint i = 0; i < features->len; i++)
        g_ptr_array_add (all_features, g_strdup (g_ptr_array_index (features, i)));
    }

  g_assert_true (claimline_library_remove_feed (store, feed, TRUE, &error));
  g_assert_no_error (error);

  stories = claimline_store_list_stories (store, NULL);
  g_assert_cmpuint (stories->len, ==, 1);
  g_assert_cmpint (((ClaimlineStory *) stories->pdata[0])->id, ==, story);
  after = describe_features (store, all_features);
  expected = describe_features (fresh, all_features);
  g_assert_cmpstr (after, ==, expected);

  groups = claimline_store_load_story_groups (store, story, NULL);
  g_assert_null (find_group (groups, "revenue", 2));
  g_assert_nonnull (find_group (groups, "revenue", 1));
  for (guint i = 0; i < groups->len; i++)
    g_assert_cmpint (((ClaimlineClaimGroup *) groups->pdata[i])->verdict, ==, CLAIMLINE_VERDICT_SINGLE);

  /* the feed is gone; removing it again is an error, and changes nothing */
  g_assert_false (claimline_library_remove_feed (store, feed, TRUE, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND);
  g_clear_pointer (&after, g_free);
  after = describe_features (store, all_features);
  g_assert_cmpstr (after, ==, expected);
}

static void
test_date_correction (void)
{
  g_autofree char *grid = g_test_build_filename (G_TEST_DIST, "fixtures", "stories", "northwind",
                                                 "03-grid-report.txt", NULL);
  g_autofree char *ledger = g_test_build_filename (G_TEST_DIST, "fixtures", "stories", "northwind",
                                                   "04-harbour-ledger.txt", NULL);
  const char *paths[] = { ledger, grid, NULL };
  g_autoptr(ClaimlineStore) store = store_with (paths);
  g_autoptr(GError) error = NULL;
  gint64 story = story_of (store, "Saltmarsh developer lines up investors");
  g_autoptr(GPtrArray) groups = NULL;
  const ClaimlineClaimGroup *revenue;

  groups = claimline_store_load_story_groups (store, story, NULL);
  revenue = find_group (groups, "revenue", 2);
  g_assert_nonnull (revenue);
  g_assert_cmpint (revenue->verdict, ==, CLAIMLINE_VERDICT_AGREE);
  g_clear_pointer (&groups, g_ptr_array_unref);

  /* A reader dates the report a year later: its "last year" moves to 2026
   * and now contradicts the other report's 2025. */
  g_assert_true (claimline_library_set_article_date (store, 2, "2027-01-15", &error));
  g_assert_no_error (error);
  groups = claimline_store_load_story_groups (store, story, NULL);
  revenue = find_group (groups, "revenue", 2);
  g_assert_nonnull (revenue);
  g_assert_cmpint (revenue->verdict, ==, CLAIMLINE_VERDICT_CONFLICT);
  g_assert_cmpstr (revenue->reason, ==, "2025 vs 2026");

  g_assert_false (claimline_library_set_article_date (store, 2, "15/01/2027", &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_INVALID_ARGUMENT);
}

static void
test_seed_groups (void)
{
  const char *shared = g_getenv ("CLAIMLINE_SHARED_DIR");
  g_autofree char *dir = shared ? g_build_filename (shared, "seeds", NULL) : NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *brief = NULL;
  const ClaimlineClaimGroup *group;
  ClaimlineStory *story;
  const char *seeds[] = { "000_596ccfb5675a9eb0.txt", "001_4cc656e912fa1340.txt",
                          "002_67f0d865c703a83c.txt", "003_2696e904266e840c.txt",
                          "004_074847769e106522.txt" };

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("seeds not found: set CLAIMLINE_SHARED_DIR to the shared folder");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    g_ptr_array_add (paths, g_build_filename (dir, seeds[i], NULL));
  g_ptr_array_add (paths, NULL);
  store = store_with ((const char * const *) paths->pdata);

  stories = claimline_store_list_stories (store, NULL);
  g_assert_cmpuint (stories->len, ==, 1);
  story = g_ptr_array_index (stories, 0);
  g_assert_cmpuint (story->n_articles, ==, 5);
  g_assert_cmpstr (story->first_date, ==, "2025-06-08");
  g_assert_cmpstr (story->last_date, ==, "2025-06-09");

  groups = claimline_store_load_story_groups (store, story->id, NULL);
  group = find_group (groups, "investment", 5);
  g_assert_nonnull (group);
  g_assert_cmpint (group->verdict, ==, CLAIMLINE_VERDICT_AGREE);

  /* The $870 million: four outlets place it in 2024, one in 2023. */
  group = NULL;
  for (guint i = 0; i < groups->len; i++)
    {
      const ClaimlineClaimGroup *g = g_ptr_array_index (groups, i);

      if (g_strcmp0 (g->attribute, "revenue") == 0 && g->members->len == 5 &&
          g->verdict == CLAIMLINE_VERDICT_CONFLICT)
        group = g;
    }
  g_assert_nonnull (group);
  g_assert_cmpint (group->verdict, ==, CLAIMLINE_VERDICT_CONFLICT);
  g_assert_cmpint (group->conflict, ==, CLAIMLINE_CONFLICT_TIME);
  g_assert_cmpstr (group->reason, ==, "2023 vs 2024");

  group = find_group (groups, "valuation", 5);
  g_assert_nonnull (group);
  g_assert_cmpint (group->verdict, ==, CLAIMLINE_VERDICT_AGREE);

  group = find_group (groups, "funding round", 3);
  g_assert_nonnull (group);
  g_assert_cmpint (group->verdict, ==, CLAIMLINE_VERDICT_AGREE);

  g_assert_nonnull (find_group (groups, "users", 2));

  /* The timeline reads in date order, the 2023/2024 conflict at both places. */
  events = claimline_timeline_build (groups);
  g_assert_cmpuint (events->len, >=, 4);
  g_assert_cmpstr (((ClaimlineTimelineEvent *) g_ptr_array_index (events, 0))->value, ==, "2016");
  for (guint i = 1; i < events->len; i++)
    {
      ClaimlineTimelineEvent *previous = g_ptr_array_index (events, i - 1);
      ClaimlineTimelineEvent *event = g_ptr_array_index (events, i);

      g_assert_cmpint (g_strcmp0 (previous->low ? previous->low : "", event->low ? event->low : ""), <=, 0);
    }
  /* "Earlier this year", written in June 2025, is the first half of 2025;
   * the projected $2 billion stays in 2025 even where an undated article's
   * inferred date would put it a year later. */
  {
    gboolean half = FALSE, projection = FALSE;

    for (guint i = 0; i < events->len; i++)
      {
        ClaimlineTimelineEvent *event = g_ptr_array_index (events, i);

        if (g_strcmp0 (event->value, "2025-H1") == 0)
          {
            half = TRUE;
            g_assert_cmpstr (event->high, ==, "2025-06-30");
            g_assert_true (event->approximate);
          }
        if (strstr (event->label, "revenue $2 billion") != NULL)
          {
            g_assert_cmpstr (event->value, ==, "2025");
            g_assert_cmpuint (event->outlets->len, >=, 4);
            projection = TRUE;
          }
        g_assert_cmpint (strncmp (event->low ? event->low : event->high, "2026", 4), <, 0);
      }
    g_assert_true (half);
    g_assert_true (projection);
  }

  brief = claimline_brief_render (story, groups, CLAIMLINE_BRIEF_MARKDOWN);
  g_assert_nonnull (strstr (brief, "## Conflicts"));
  g_assert_nonnull (strstr (brief, "2023 vs 2024"));
  g_assert_true (strstr (brief, "## Conflicts") < strstr (brief, "## Corroborated figures"));
  g_assert_true (strstr (brief, "## Corroborated figures") < strstr (brief, "## Timeline"));
}

/* The story's title is the headline sharing most words with the others. */
static void
test_pick_title (void)
{
  const char *titles[] = {
    "Council votes on budget",
    "Eastmere harbour expansion approved",
    "Harbour expansion in Eastmere begins",
    "Eastmere harbour dredging",
  };
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_ptr_array_add (list, (gpointer) titles[i]);
  /* harbour and eastmere are in 3 titles, expansion in 2: the second and
   * third titles share 2 + 2 + 1 words with the others, the fourth 4, the
   * first none; of the two best, the first listed wins. */
  g_assert_cmpstr (claimline_story_pick_title (list), ==, titles[1]);

  /* One title is its own best. */
  g_ptr_array_set_size (list, 0);
  g_ptr_array_add (list, (gpointer) titles[0]);
  g_assert_cmpstr (claimline_story_pick_title (list), ==, titles[0]);
  g_ptr_array_set_size (list, 0);
  g_assert_null (claimline_story_pick_title (list));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare/values-agree", test_values_agree);
  g_test_add_func ("/compare/own-stories", test_own_stories);
  g_test_add_func ("/compare/date-correction", test_date_correction);
  g_test_add_func ("/compare/member-sentences", test_member_sentences);
  g_test_add_func ("/compare/remove-feed", test_remove_feed);
  g_test_add_func ("/compare/seed-groups", test_seed_groups);
  g_test_add_func ("/compare/pick-title", test_pick_title);

  return g_test_run ();
}
