/* test-opml.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <libxml/parser.h>

#include "claimline-error.h"
#include "claimline-opml.h"

static GPtrArray *
parse_string (const char  *text,
              GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return claimline_opml_parse (bytes, error);
}

static GPtrArray *
parse_fixture (const char *name)
{
  const char *path = g_test_get_filename (G_TEST_DIST, "fixtures", "feeds", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  GPtrArray *feeds;

  g_file_get_contents (path, &data, NULL, &error);
  g_assert_no_error (error);
  feeds = parse_string (data, &error);
  g_assert_no_error (error);
  return feeds;
}

static GPtrArray *
new_list (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_opml_feed_free);
}

static void
assert_feed (GPtrArray  *feeds,
             guint       index,
             const char *title,
             const char *url,
             const char *html_url,
             const char *folder)
{
  ClaimlineOpmlFeed *feed;

  g_assert_cmpuint (feeds->len, >, index);
  feed = g_ptr_array_index (feeds, index);
  g_assert_cmpstr (feed->title, ==, title);
  g_assert_cmpstr (feed->url, ==, url);
  g_assert_cmpstr (feed->html_url, ==, html_url);
  g_assert_cmpstr (feed->folder, ==, folder);
}

/* The written text must be well-formed XML by a strict reader. */
static void
assert_well_formed (const char *text)
{
  xmlDoc *doc = xmlReadMemory (text, (int) strlen (text), NULL, "UTF-8",
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

  g_assert_nonnull (doc);
  xmlFreeDoc (doc);
}

static void
test_parse (void)
{
  g_autoptr(GPtrArray) feeds = parse_fixture ("subscriptions.opml");

  g_assert_cmpuint (feeds->len, ==, 3);
  /* title wins over text; nested folders join with "/"; attribute names
   * in any case; an empty folder adds nothing. */
  assert_feed (feeds, 0, "The Harbour Ledger", "https://ledger.example/rss",
               "https://ledger.example/", NULL);
  assert_feed (feeds, 1, "Datawire", "https://datawire.example/news/feed.atom", NULL, "News");
  assert_feed (feeds, 2, "Tribune & Co", "https://tribune.example/rss/top.xml",
               "https://tribune.example/", "News/Regional");
}

static void
test_write (void)
{
  g_autoptr(GPtrArray) feeds = new_list ();
  g_autofree char *text = NULL;

  g_ptr_array_add (feeds, claimline_opml_feed_new ("Q&A <live> \"quoted\" 'single'",
                                                   "https://a.example/rss?x=1&y=2", NULL, NULL));
  g_ptr_array_add (feeds, claimline_opml_feed_new ("Two\nlines\tand\x01" "control",
                                                   "https://b.example/feed", "https://b.example/",
                                                   "Caf\u00e9 & Co"));
  g_ptr_array_add (feeds, claimline_opml_feed_new (NULL, "https://c.example/atom", NULL, NULL));
  text = claimline_opml_write (feeds, "Reading & <list>");

  assert_well_formed (text);
  g_assert_true (g_str_has_prefix (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<opml version=\"2.0\">"));
  g_assert_nonnull (strstr (text, "<title>Reading &amp; &lt;list&gt;</title>"));
  g_assert_nonnull (strstr (text, "text=\"Q&amp;A &lt;live&gt; &quot;quoted&quot; "
                                 "&apos;single&apos;\""));
  g_assert_nonnull (strstr (text, "xmlUrl=\"https://a.example/rss?x=1&amp;y=2\""));
  g_assert_nonnull (strstr (text, "<outline text=\"Caf\u00e9 &amp; Co\""));
  g_assert_nonnull (strstr (text, "Two&#10;lines&#9;andcontrol"));
  /* A feed without a title is named by its address. */
  g_assert_nonnull (strstr (text, "text=\"https://c.example/atom\" xmlUrl="));
}

static gboolean
feeds_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      ClaimlineOpmlFeed *x = g_ptr_array_index (a, i);
      ClaimlineOpmlFeed *y = g_ptr_array_index (b, i);

      if (g_strcmp0 (x->title, y->title) != 0 || g_strcmp0 (x->url, y->url) != 0
          || g_strcmp0 (x->html_url, y->html_url) != 0 || g_strcmp0 (x->folder, y->folder) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) parsed = parse_fixture ("subscriptions.opml");
  g_autoptr(GPtrArray) own = new_list ();
  g_autofree char *written = claimline_opml_write (parsed, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) again = parse_string (written, &error);
  g_autofree char *own_written = NULL;
  g_autoptr(GPtrArray) own_again = NULL;

  g_assert_no_error (error);
  g_assert_true (feeds_equal (parsed, again));

  /* Titles with markup characters, folders with a slash and non-ASCII. */
  g_ptr_array_add (own, claimline_opml_feed_new ("A & B <news>", "https://ab.example/?a=1&b=2",
                                                 "https://ab.example/", NULL));
  g_ptr_array_add (own, claimline_opml_feed_new ("\u00c9conomie", "https://eco.example/rss", NULL,
                                                 "Europe/Fran\u00e7ais"));
  g_ptr_array_add (own, claimline_opml_feed_new ("Second", "https://eco2.example/rss", NULL,
                                                 "Europe/Fran\u00e7ais"));
  own_written = claimline_opml_write (own, "Mine");
  own_again = parse_string (own_written, &error);
  g_assert_no_error (error);
  g_assert_true (feeds_equal (own, own_again));
}

static void
test_malformed (void)
{
  static const char * const not_opml[] = {
    "<rss version='2.0'><channel><title>a feed</title></channel></rss>",
    "<opml version='2.0'><head><title>no body</title></head></opml>",
    "this is not XML at all",
    "<<<>>>",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cut = NULL;
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);

  for (gsize i = 0; i < G_N_ELEMENTS (not_opml); i++)
    {
      g_autoptr(GPtrArray) feeds = parse_string (not_opml[i], &error);

      g_assert_null (feeds);
      g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE);
      g_clear_error (&error);
    }

  g_assert_null (claimline_opml_parse (empty, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A list cut short keeps what came before the cut. */
  cut = parse_string ("<opml><body><outline text='A' xmlUrl='https://a.example/'/>"
                      "<outline text='Folder'><outline text='B' xmlUrl='https://b.", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cut->len, >=, 1);
  assert_feed (cut, 0, "A", "https://a.example/", NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/opml/parse", test_parse);
  g_test_add_func ("/opml/write", test_write);
  g_test_add_func ("/opml/round-trip", test_round_trip);
  g_test_add_func ("/opml/malformed", test_malformed);

  return g_test_run ();
}
