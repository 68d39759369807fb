/* test-hostile.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hostile and broken input: XML external entities and entity bombs in
 * feeds and OPML, deep nesting, oversized files, broken encodings, bidi
 * controls in titles, and numbers and dates meant to overflow the claims
 * engine.  Each must end in a clear error or in bounded work with sane
 * results.  CLAIMLINE_HOSTILE_FULL=1 runs the full-size inputs (a million
 * feed entries, a 60 MB single line) instead of the smaller in-suite ones.
 */

#include <math.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "claimline-claims.h"
#include "claimline-error.h"
#include "claimline-feed.h"
#include "claimline-import.h"
#include "claimline-opml.h"
#include "claimline-readable.h"

#define SECRET "SECRET-d41d8cd98f00b204"

static char *tmp_dir;

static gboolean
full_size (void)
{
  return g_strcmp0 (g_getenv ("CLAIMLINE_HOSTILE_FULL"), "1") == 0;
}

/* Peak resident memory of this process in MiB; never goes down. */
static double
peak_rss_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

static GBytes *
bytes_printf (const char *format,
              ...) G_GNUC_PRINTF (1, 2);

static GBytes *
bytes_printf (const char *format,
              ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return g_bytes_new_take (text, strlen (text));
}

static void
assert_no_secret (const char *field)
{
  if (field != NULL && strstr (field, SECRET) != NULL)
    g_error ("the secret leaked into “%s”", field);
}

static void
assert_feed_clean (const ClaimlineFeed *feed)
{
  assert_no_secret (feed->title);
  assert_no_secret (feed->link);
  assert_no_secret (feed->description);
  assert_no_secret (feed->author);
  for (guint i = 0; i < feed->entries->len; i++)
    {
      const ClaimlineFeedEntry *entry = g_ptr_array_index (feed->entries, i);
      g_autoptr(ClaimlineDocument) document = claimline_feed_entry_to_document (feed, entry);

      assert_no_secret (entry->id);
      assert_no_secret (entry->title);
      assert_no_secret (entry->link);
      assert_no_secret (entry->author);
      assert_no_secret (entry->summary);
      assert_no_secret (entry->content);
      assert_no_secret (document->title);
      assert_no_secret (document->text);
      assert_no_secret (document->outlet);
    }
}

/* The ways a document type can reach for a local file. */
static const char * const xxe_doctypes[] = {
  "<!DOCTYPE %s [ <!ENTITY xxe SYSTEM \"file://%s\"> ]>",
  "<!DOCTYPE %s [ <!ENTITY xxe PUBLIC \"-//x//y\" \"file://%s\"> ]>",
  "<!DOCTYPE %s [ <!ENTITY %% dtd SYSTEM \"file://%s\"> %%dtd; ]>",
  "<!DOCTYPE %s SYSTEM \"file://%s\">",
};

static void
test_xxe_feeds (void)
{
  g_autofree char *secret_path = g_build_filename (tmp_dir, "secret.txt", NULL);
  g_autofree char *dtd_path = g_build_filename (tmp_dir, "evil.dtd", NULL);
  static const struct { const char *root; const char *body; } formats[] = {
    { "rss", "<rss version=\"2.0\"><channel><title>News &xxe;</title>"
             "<link>https://example.org/</link><description>&xxe;</description>"
             "<item><title>A &xxe; B</title><link>https://example.org/1</link>"
             "<description>Text &xxe; more text.</description><guid>&xxe;</guid></item>"
             "</channel></rss>" },
    { "feed", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&xxe;</title>"
              "<id>urn:x</id><entry><title>&xxe;</title><id>urn:&xxe;</id>"
              "<content type=\"html\">&lt;p&gt;&xxe;&lt;/p&gt;</content>"
              "<summary>&xxe;</summary><author><name>&xxe;</name></author></entry></feed>" },
  };

  g_assert_true (g_file_set_contents (secret_path, SECRET "\n", -1, NULL));
  /* A DTD that would define the entity with the secret in it. */
  g_assert_true (g_file_set_contents (dtd_path,
                                      "<!ENTITY xxe \"" SECRET "\">\n", -1, NULL));

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    for (guint d = 0; d < G_N_ELEMENTS (xxe_doctypes); d++)
      {
        g_autofree char *doctype = g_strdup_printf (xxe_doctypes[d], formats[f].root,
                                                    d < 2 ? secret_path : dtd_path);
        g_autoptr(GBytes) bytes = bytes_printf ("<?xml version=\"1.0\"?>\n%s\n%s",
                                                doctype, formats[f].body);
        g_autoptr(GError) error = NULL;
        g_autoptr(ClaimlineFeed) feed = claimline_feed_parse (bytes, "https://example.org/feed",
                                                              NULL, &error);

        /* Parsing may fail or succeed, but never with the secret. */
        if (feed != NULL)
          {
            g_assert_cmpuint (feed->entries->len, ==, 1);
            assert_feed_clean (feed);
          }
      }
}

static void
test_xxe_opml (void)
{
  g_autofree char *secret_path = g_build_filename (tmp_dir, "secret.txt", NULL);
  g_autofree char *dtd_path = g_build_filename (tmp_dir, "evil.dtd", NULL);

  g_assert_true (g_file_set_contents (secret_path, SECRET "\n", -1, NULL));
  g_assert_true (g_file_set_contents (dtd_path, "<!ENTITY xxe \"" SECRET "\">\n", -1, NULL));

  for (guint d = 0; d < G_N_ELEMENTS (xxe_doctypes); d++)
    {
      g_autofree char *doctype = g_strdup_printf (xxe_doctypes[d], "opml",
                                                  d < 2 ? secret_path : dtd_path);
      g_autoptr(GBytes) bytes = bytes_printf (
        "<?xml version=\"1.0\"?>\n%s\n<opml version=\"2.0\"><head><title>&xxe;</title></head>"
        "<body><outline text=\"&xxe;\"><outline text=\"&xxe;\" title=\"&xxe;\""
        " xmlUrl=\"https://example.org/&xxe;\" htmlUrl=\"https://example.org/&xxe;\"/>"
        "</outline></body></opml>", doctype);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) feeds = claimline_opml_parse (bytes, &error);

      if (feeds == NULL)
        continue;
      for (guint i = 0; i < feeds->len; i++)
        {
          ClaimlineOpmlFeed *feed = g_ptr_array_index (feeds, i);

          assert_no_secret (feed->title);
          assert_no_secret (feed->url);
          assert_no_secret (feed->html_url);
          assert_no_secret (feed->folder);
        }
    }
}

/* A DTD or entity on a local server must not be fetched: the listening
 * socket sees no connection. */
static void
test_xml_no_network (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, &error);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GSocket) client = NULL;
  guint16 port;
  const char * const templates[] = {
    "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://127.0.0.1:%u/rss.dtd\">"
    "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title></item></channel></rss>",
    "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e SYSTEM \"http://127.0.0.1:%u/e\">]>"
    "<rss version=\"2.0\"><channel><title>&e;</title><item><title>&e;</title></item></channel></rss>",
    "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY %% p SYSTEM \"http://127.0.0.1:%u/p\"> %%p;]>"
    "<opml><body><outline xmlUrl=\"https://example.org/f\"/></body></opml>",
    "<!DOCTYPE html SYSTEM \"http://127.0.0.1:%u/html.dtd\"><html><body>"
    "<iframe src=\"http://127.0.0.1:%u/\"></iframe><p>Some text for the page body.</p></body></html>",
  };

  g_assert_no_error (error);
  g_assert_true (g_socket_bind (socket, any, TRUE, &error));
  g_assert_true (g_socket_listen (socket, &error));
  g_socket_set_blocking (socket, FALSE);
  bound = g_socket_get_local_address (socket, &error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      g_autoptr(GBytes) bytes = bytes_printf (templates[i], port, port);
      g_autoptr(GError) parse_error = NULL;

      if (i < 2)
        {
          g_autoptr(ClaimlineFeed) feed = claimline_feed_parse (bytes, NULL, NULL, &parse_error);
        }
      else if (i == 2)
        {
          g_autoptr(GPtrArray) feeds = claimline_opml_parse (bytes, &parse_error);
        }
      else
        {
          g_autoptr(ClaimlineDocument) document =
            claimline_import_bytes (bytes, "page.html", "text/html", &parse_error);
          g_auto(GStrv) found = claimline_feed_discover (bytes, NULL);
        }
    }

  client = g_socket_accept (socket, NULL, &error);
  g_assert_null (client);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
}

/* Billion laughs, and the quadratic blow-up of one big entity used many
 * times: refused or cut short, fast, with bounded memory. */
static void
test_entity_bombs (void)
{
  g_autoptr(GString) laughs = g_string_new ("<!ENTITY lol0 \"lol\">");
  g_autoptr(GString) quadratic = g_string_new (NULL);
  g_autofree char *big = g_strnfill (50000, 'x');
  const char *roots[] = { "rss", "feed", "opml" };

  for (guint i = 1; i <= 9; i++)
    {
      g_string_append_printf (laughs, "<!ENTITY lol%u \"", i);
      for (guint j = 0; j < 10; j++)
        g_string_append_printf (laughs, "&lol%u;", i - 1);
      g_string_append (laughs, "\">");
    }
  for (guint i = 0; i < 20000; i++)
    g_string_append (quadratic, "&big;");

  for (guint r = 0; r < G_N_ELEMENTS (roots); r++)
    for (guint bomb = 0; bomb < 2; bomb++)
      {
        const char *entities = bomb == 0 ? laughs->str : NULL;
        g_autofree char *big_entity = g_strdup_printf ("<!ENTITY big \"%s\">", big);
        const char *use = bomb == 0 ? "&lol9;" : quadratic->str;
        g_autoptr(GBytes) bytes = NULL;
        g_autoptr(GError) error = NULL;
        double rss_before = peak_rss_mib ();
        gint64 start = g_get_monotonic_time ();
        double seconds;

        if (bomb == 1)
          entities = big_entity;
        if (r == 0)
          bytes = bytes_printf ("<?xml version=\"1.0\"?><!DOCTYPE rss [%s]><rss version=\"2.0\">"
                                "<channel><title>%s</title><item><title>t</title>"
                                "<description>%s</description></item></channel></rss>",
                                entities, use, use);
        else if (r == 1)
          bytes = bytes_printf ("<?xml version=\"1.0\"?><!DOCTYPE feed [%s]>"
                                "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>%s</title>"
                                "<entry><title>t</title><content>%s</content></entry></feed>",
                                entities, use, use);
        else
          bytes = bytes_printf ("<?xml version=\"1.0\"?><!DOCTYPE opml [%s]><opml><head>"
                                "<title>%s</title></head><body><outline text=\"%s\""
                                " xmlUrl=\"https://example.org/f\"/></body></opml>",
                                entities, use, use);

        if (r < 2)
          {
            g_autoptr(ClaimlineFeed) feed = claimline_feed_parse (bytes, NULL, NULL, &error);

            if (feed != NULL)
              {
                g_assert_cmpuint (strlen (feed->title ? feed->title : ""), <=, 8 * 1024 * 1024);
                for (guint i = 0; i < feed->entries->len; i++)
                  {
                    ClaimlineFeedEntry *entry = g_ptr_array_index (feed->entries, i);

                    g_assert_cmpuint (strlen (entry->summary ? entry->summary : ""), <=,
                                      8 * 1024 * 1024);
                    g_assert_cmpuint (strlen (entry->content ? entry->content : ""), <=,
                                      8 * 1024 * 1024);
                  }
              }
          }
        else
          {
            g_autoptr(GPtrArray) feeds = claimline_opml_parse (bytes, &error);

            for (guint i = 0; feeds != NULL && i < feeds->len; i++)
              {
                ClaimlineOpmlFeed *feed = g_ptr_array_index (feeds, i);

                g_assert_cmpuint (strlen (feed->title ? feed->title : ""), <=, 8 * 1024 * 1024);
              }
          }
        seconds = (g_get_monotonic_time () - start) / 1e6;
        g_test_message ("%s %s: %.2f s, peak RSS +%.0f MiB", roots[r],
                        bomb == 0 ? "billion laughs" : "quadratic blow-up", seconds,
                        peak_rss_mib () - rss_before);
        g_assert_cmpfloat (seconds, <, 10.0);
        g_assert_cmpfloat (peak_rss_mib () - rss_before, <, 256.0);
      }
}

/* Inputs the fuzzers found, in tests/fuzz/regressions (named after the
 * target: feed-*, opml-*, else an import): each must parse within a bound
 * far below the fuzzers' 10 s timeout. */
static void
test_fuzz_regressions (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      gsize length;
      double seconds;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      bytes = g_bytes_new (data, length);
      if (g_str_has_prefix (name, "feed-"))
        {
          g_autoptr(ClaimlineFeed) feed = claimline_feed_parse (bytes, NULL, NULL, &error);

          for (guint i = 0; feed != NULL && i < feed->entries->len; i++)
            {
              g_autoptr(ClaimlineDocument) document =
                claimline_feed_entry_to_document (feed, g_ptr_array_index (feed->entries, i));
            }
        }
      else if (g_str_has_prefix (name, "opml-"))
        {
          g_autoptr(GPtrArray) feeds = claimline_opml_parse (bytes, &error);
        }
      else
        {
          g_autoptr(ClaimlineDocument) document =
            claimline_import_bytes (bytes, name, NULL, &error);
        }
      seconds = (g_get_monotonic_time () - start) / 1e6;
      g_test_message ("%s: %.2f s", name, seconds);
      g_assert_cmpfloat (seconds, <, 5.0);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

/* A tree far deeper than any page: bounded work, no stack overflow. */
static void
test_deep_nesting (void)
{
  guint depth = 100000;
  g_autoptr(GString) html = g_string_new ("<html><body>");
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                                         "<title>Deep</title><item><title>t</title><description>");
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < depth; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "<p>The council said 4,000 homes were built in 2024.</p>");
  for (guint i = 0; i < depth; i++)
    g_string_append (html, "</div>");
  g_string_append (html, "</body></html>");

  for (guint i = 0; i < depth; i++)
    g_string_append (xml, "<x>");
  g_string_append (xml, "deep");
  for (guint i = 0; i < depth; i++)
    g_string_append (xml, "</x>");
  g_string_append (xml, "</description></item></channel></rss>");

  {
    g_autoptr(GBytes) bytes = g_bytes_new (html->str, html->len);
    g_autoptr(GError) error = NULL;
    g_autoptr(ClaimlineDocument) document =
      claimline_import_bytes (bytes, "deep.html", "text/html", &error);
    g_autoptr(ClaimlineReadable) readable =
      claimline_readable_extract (html->str, html->len, NULL, NULL);

    /* Either a clear error (libxml2 stops building the tree at its depth
     * limit, so the innermost text may be lost) or a document. */
    if (document == NULL)
      g_assert_true (g_error_matches (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE) ||
                     g_error_matches (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_EMPTY));
    else
      g_assert_true (g_utf8_validate (document->text, -1, NULL));
  }
  {
    g_autoptr(GBytes) bytes = g_bytes_new (xml->str, xml->len);
    g_autoptr(GError) error = NULL;
    g_autoptr(ClaimlineFeed) feed = claimline_feed_parse (bytes, NULL, NULL, &error);

    if (feed != NULL)
      assert_feed_clean (feed);
  }
  g_test_message ("%u nested elements: %.2f s", depth, (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpfloat ((g_get_monotonic_time () - start) / 1e6, <, 30.0);
}

/* A 1 GB file (sparse) is refused from its size, before reading. */
static void
test_huge_file (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "huge.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;
  gint64 start = g_get_monotonic_time ();
  FILE *out = fopen (path, "w");

  g_assert_nonnull (out);
  g_assert_cmpint (ftruncate (fileno (out), (off_t) 1024 * 1024 * 1024), ==, 0);
  fclose (out);

  document = claimline_import_file (file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE);
  g_assert_cmpfloat ((g_get_monotonic_time () - start) / 1e6, <, 2.0);
  g_remove (path);
}

/* A device or pipe reports no size: reading it must still stop. */
static void
test_endless_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;
  gint64 start;

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero");
      return;
    }
  start = g_get_monotonic_time ();
  document = claimline_import_file (file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE);
  g_assert_cmpfloat ((g_get_monotonic_time () - start) / 1e6, <, 10.0);
}

/* One line of 100 MB is over the cap; a line of several MB under it is
 * imported in bounded time. */
static void
test_long_line (void)
{
  gsize over = (gsize) 100 * 1024 * 1024;
  gsize under = full_size () ? (gsize) 60 * 1024 * 1024 : (gsize) 2 * 1024 * 1024;
  g_autoptr(GError) error = NULL;
  gint64 start;

  {
    char *data = g_malloc (over);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(ClaimlineDocument) document = NULL;

    memset (data, 'a', over);
    bytes = g_bytes_new_take (data, over);
    document = claimline_import_bytes (bytes, "line.txt", NULL, &error);
    g_assert_null (document);
    g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE);
    g_assert_nonnull (strstr (error->message, "too large"));
    g_clear_error (&error);
  }
  {
    GString *line = g_string_sized_new (under + 64);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(ClaimlineDocument) document = NULL;

    while (line->len < under)
      g_string_append (line, "Sales rose 4% to $12 million in 2024 and ");
    bytes = g_string_free_to_bytes (line);
    start = g_get_monotonic_time ();
    document = claimline_import_bytes (bytes, "line.txt", NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (document);
    g_assert_cmpuint (strlen (document->title), <, 1000);
    g_test_message ("a %zu MB single line: %.2f s, %u claims", under / (1024 * 1024),
                    (g_get_monotonic_time () - start) / 1e6, document->claims->len);
  }
}

/* A feed with very many entries: parsed in bounded time and memory. */
static void
test_many_entries (void)
{
  guint n = full_size () ? 1000000 : 20000;
  GString *xml = g_string_new ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                               "<title>Many</title>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineFeed) feed = NULL;
  double rss_before = peak_rss_mib ();
  gint64 start;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, "<item><title>E%u</title><guid>g%u</guid></item>", i, i);
  g_string_append (xml, "</channel></rss>");
  bytes = g_string_free_to_bytes (xml);

  start = g_get_monotonic_time ();
  feed = claimline_feed_parse (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (feed);
  /* the first CLAIMLINE_FEED_MAX_ENTRIES are kept, in order */
  g_assert_cmpuint (feed->entries->len, ==, CLAIMLINE_FEED_MAX_ENTRIES);
  g_assert_cmpuint (feed->n_dropped, ==, n - CLAIMLINE_FEED_MAX_ENTRIES);
  g_assert_cmpstr (((ClaimlineFeedEntry *) g_ptr_array_index (feed->entries, 0))->id, ==, "g0");
  g_assert_cmpstr (((ClaimlineFeedEntry *) g_ptr_array_index (feed->entries,
                                                              CLAIMLINE_FEED_MAX_ENTRIES - 1))->id,
                   ==, "g9999");
  g_test_message ("a feed of %u entries (%zu bytes): %u entries kept, %.2f s, peak RSS +%.0f MiB",
                  n, g_bytes_get_size (bytes), feed->entries->len,
                  (g_get_monotonic_time () - start) / 1e6, peak_rss_mib () - rss_before);
  if (full_size ())
    g_printerr ("%u entries: %u kept, %.2f s, peak RSS +%.0f MiB\n", n, feed->entries->len,
                (g_get_monotonic_time () - start) / 1e6, peak_rss_mib () - rss_before);
}

/* A subscription list of many feeds: outlines are read as they are parsed,
 * so memory follows the feeds kept, not libxml2's tree of the file. */
static void
test_many_outlines (void)
{
  guint n = full_size () ? 400000 : 50000;
  GString *xml = g_string_new ("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Many</title>"
                               "</head><body>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  const ClaimlineOpmlFeed *last;
  double rss_before = peak_rss_mib ();
  gint64 start;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, "<outline type=\"rss\" text=\"Feed %u\" title=\"Feed %u\" "
                            "xmlUrl=\"http://feeds%u.example/rss\" htmlUrl=\"http://feeds%u.example/\"/>",
                            i, i, i, i);
  g_string_append (xml, "<outline text=\"News\"><outline text=\"Inner\" "
                   "xmlUrl=\"http://inner.example/rss\"/></outline></body></opml>");
  bytes = g_string_free_to_bytes (xml);

  start = g_get_monotonic_time ();
  feeds = claimline_opml_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, n + 1);
  g_assert_cmpstr (((ClaimlineOpmlFeed *) g_ptr_array_index (feeds, 0))->url, ==,
                   "http://feeds0.example/rss");
  last = g_ptr_array_index (feeds, n);
  g_assert_cmpstr (last->url, ==, "http://inner.example/rss");
  g_assert_cmpstr (last->folder, ==, "News");
  g_test_message ("%u outlines (%zu bytes): %.2f s, peak RSS +%.0f MiB", n, g_bytes_get_size (bytes),
                  (g_get_monotonic_time () - start) / 1e6, peak_rss_mib () - rss_before);
  if (full_size ())
    g_printerr ("%u outlines (%zu bytes): %.2f s, peak RSS +%.0f MiB\n", n, g_bytes_get_size (bytes),
                (g_get_monotonic_time () - start) / 1e6, peak_rss_mib () - rss_before);
}

/* Every dialect keeps the first CLAIMLINE_FEED_MAX_ENTRIES entries. */
static void
test_entry_cap (void)
{
  static const struct { const char *head, *entry, *separator, *tail; } formats[] = {
    { "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>",
      "<entry><id>g%u</id><title>E</title></entry>", "", "</feed>" },
    { "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
      "xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"x\"><title>R</title></channel>",
      "<item rdf:about=\"g%u\"><title>E</title><link>http://e/</link></item>", "", "</rdf:RDF>" },
    { "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"J\", \"items\": [",
      "{\"id\": \"g%u\", \"content_text\": \"E\"}", ",", "]}" },
  };
  guint n = CLAIMLINE_FEED_MAX_ENTRIES + 50;

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      GString *text = g_string_new (formats[f].head);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineFeed) feed = NULL;
      ClaimlineFeedEntry *last;

      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append (text, formats[f].separator);
          g_string_append_printf (text, formats[f].entry, i);
        }
      g_string_append (text, formats[f].tail);
      bytes = g_string_free_to_bytes (text);
      feed = claimline_feed_parse (bytes, "http://e/feed", NULL, &error);
      g_assert_no_error (error);
      g_test_message ("%s: %u kept, %u dropped", feed->format, feed->entries->len, feed->n_dropped);
      g_assert_cmpuint (feed->entries->len, ==, CLAIMLINE_FEED_MAX_ENTRIES);
      g_assert_cmpuint (feed->n_dropped, ==, 50);
      last = g_ptr_array_index (feed->entries, feed->entries->len - 1);
      g_assert_true (g_str_has_suffix (last->id, "g9999"));
    }
}

static ClaimlineDocument *
import_text (const char *data,
             gssize      length,
             const char *content_type)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length < 0 ? strlen (data) : (gsize) length);
  g_autoptr(GError) error = NULL;
  ClaimlineDocument *document = claimline_import_bytes (bytes, "input.txt", content_type, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (g_utf8_validate (document->title, -1, NULL));
  g_assert_true (g_utf8_validate (document->text, -1, NULL));
  return document;
}

static void
test_encodings (void)
{
  /* "Zürich grew 3%." as UTF-16 in both orders, with and without BOM. */
  static const char le_bom[] = "\xff\xfe" "Z\0\xfc\0r\0i\0c\0h\0 \0g\0r\0""e\0w\0 \0""3\0%\0.\0";
  static const char be_bom[] = "\xfe\xff" "\0Z\0\xfc\0r\0i\0c\0h\0 \0g\0r\0""e\0w\0 \0""3\0%\0.";
  static const char le[] = "Z\0\xfc\0r\0i\0c\0h\0 \0g\0r\0""e\0w\0 \0""3\0%\0.\0";
  static const char be[] = "\0Z\0\xfc\0r\0i\0c\0h\0 \0g\0r\0""e\0w\0 \0""3\0%\0.";
  const struct { const char *data; gsize length; } utf16[] = {
    { le_bom, sizeof le_bom - 1 }, { be_bom, sizeof be_bom - 1 },
    { le, sizeof le - 1 }, { be, sizeof be - 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (utf16); i++)
    {
      g_autoptr(ClaimlineDocument) document = import_text (utf16[i].data, utf16[i].length, NULL);

      g_assert_nonnull (strstr (document->text, "Zürich grew 3%."));
    }

  /* Invalid UTF-8 (a stray continuation byte and a cut sequence). */
  {
    g_autoptr(ClaimlineDocument) document =
      import_text ("Title\n\nPrices rose \x80 by 5% in \xe2\x82 2024 \xff.\n", -1, NULL);

    g_assert_nonnull (strstr (document->text, "5%"));
  }
  /* Latin-1 labelled as UTF-8. */
  {
    g_autoptr(ClaimlineDocument) document =
      import_text ("Caf\xe9 sales\n\nThe caf\xe9 sold 300 cups in 2024.\n", -1,
                   "text/plain; charset=utf-8");

    g_assert_nonnull (strstr (document->text, "300 cups"));
  }
  /* UTF-8 labelled as a charset that does not exist, and as Latin-1. */
  {
    g_autoptr(ClaimlineDocument) document =
      import_text ("Zürich\n\nZürich grew 3% in 2024.\n", -1, "text/plain; charset=x-no-such");

    g_assert_nonnull (strstr (document->text, "grew 3%"));
  }
  {
    g_autoptr(ClaimlineDocument) document =
      import_text ("Zürich\n\nZürich grew 3% in 2024.\n", -1, "text/plain; charset=iso-8859-1");

    g_assert_nonnull (strstr (document->text, "grew 3%"));
  }
  /* NUL bytes inside the text are dropped, not kept to cut strings short. */
  {
    static const char nuls[] = "Head\0line\n\nThe plant cost $4\0 million in 2023.\0\n";
    g_autoptr(GBytes) bytes = g_bytes_new (nuls, sizeof nuls - 1);
    g_autoptr(GError) error = NULL;
    g_autoptr(ClaimlineDocument) document =
      claimline_import_bytes (bytes, "nul.txt", NULL, &error);

    if (document != NULL)
      {
        g_assert_true (g_utf8_validate (document->text, -1, NULL));
        g_assert_nonnull (strstr (document->text, "million in 2023"));
      }
    else
      g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_ENCODING);
  }
}

/* Characters that reorder or hide text (bidi embeddings, overrides and
 * isolates, zero-width space, word joiner, BOM) are removed from titles,
 * outlets, authors and text: a title cannot reverse what the UI shows next
 * to it, or hide words.  The importers' normalisation drops every Unicode
 * format character (category Cf), which covers all of them. */
static const char * const reorderers[] = {
  "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
  "\u2066", "\u2067", "\u2068", "\u2069",
  "\u200b", "\u2060", "\ufeff",
};

static void
assert_no_reorderers (const char *text)
{
  g_assert_nonnull (text);
  for (guint i = 0; i < G_N_ELEMENTS (reorderers); i++)
    if (strstr (text, reorderers[i]) != NULL)
      g_error ("U+%04X kept in “%s”", g_utf8_get_char (reorderers[i]), text);
}

static void
test_bidi_titles (void)
{
  const char *title = "Invoice \u202egnp.exe\u202c for\u200b Q3 \u2067evil\u2069 \ufeff\u2060done";

  {
    g_autofree char *text = g_strdup_printf ("%s\nOutlet: Ev\u202eil Daily\nBy Ann\u2066e Lee\n\n"
                                             "Revenue rose 4%% to $9 million in 2024.\n", title);
    g_autoptr(ClaimlineDocument) document = import_text (text, -1, NULL);

    assert_no_reorderers (document->title);
    assert_no_reorderers (document->text);
    if (document->outlet != NULL)
      assert_no_reorderers (document->outlet);
    if (document->author != NULL)
      assert_no_reorderers (document->author);
    g_assert_nonnull (strstr (document->title, "gnp.exe"));
  }
  {
    g_autofree char *html = g_strdup_printf ("<html><head><title>%s</title>"
                                             "<meta property=\"og:site_name\" content=\"S\u202eite\">"
                                             "</head><body><article><h1>%s</h1>"
                                             "<p>Revenue rose 4%% to $9 million in 2024, the company"
                                             " said in a statement on Monday morning.</p></article>"
                                             "</body></html>", title, title);
    g_autoptr(ClaimlineDocument) document = import_text (html, -1, "text/html");

    assert_no_reorderers (document->title);
    if (document->outlet != NULL)
      assert_no_reorderers (document->outlet);
  }
  {
    g_autoptr(GBytes) bytes = bytes_printf (
      "<rss version=\"2.0\"><channel><title>Fe\u202eed</title><item><title>%s</title>"
      "<author>a\u2067b</author><description>Rose 4%% to $9 million.</description>"
      "</item></channel></rss>", title);
    g_autoptr(GError) error = NULL;
    g_autoptr(ClaimlineFeed) feed = claimline_feed_parse (bytes, NULL, NULL, &error);
    g_autoptr(ClaimlineDocument) document = NULL;

    g_assert_no_error (error);
    document = claimline_feed_entry_to_document (feed, g_ptr_array_index (feed->entries, 0));
    assert_no_reorderers (document->title);
    assert_no_reorderers (document->outlet);
    if (document->author != NULL)
      assert_no_reorderers (document->author);
  }
}

/* Numbers and dates meant to overflow: no crash, no infinite or NaN value,
 * no date that does not exist. */
static void
test_claims_extremes (void)
{
  g_autoptr(GString) digits = g_string_new ("The deficit was $");
  const char *texts[] = {
    NULL, /* 400 digits */
    "The fund is worth $1e308 billion, officials said in 2024.",
    "The fund is worth $1.7976931348623157e308 trillion trillion.",
    "Revenue reached $999999999999999999999999999999 billion billion in 2023.",
    "The vote was held on 31 February 2025 and 30 February 2024, with 300 voters.",
    "In the year 99999 the population will be 5 million, and in year 0 it was 4.",
    "The change was -0 percent and -0.0% and −0 people in 2024.",
    "Prices rose 1e400% and 99999999999999999999999999999999999% in 2023.",
    "Shares fell 100000000000000000000000000000000000000000 percent on 2 March 2024.",
    "It cost 0x7fffffffffffffff dollars and 18446744073709551616 euros in 2022.",
    "On 2024-02-30 and 2023-13-45 and 9999-99-99 sales were 5 million.",
    "Between 10 and 1e308 trillion and 5-1e309 billion people.",
    "The 2147483648th day of 4294967296 AD saw $2147483648 billion in sales.",
    "Revenue was $5 million 4294967295 years ago, $6 million 99999999999 decades ago, "
      "$7 million over the past 3000000000 months and $8 million 8000 years from now.",
  };
  GDate dct;

  for (guint i = 0; i < 400; i++)
    g_string_append_c (digits, '1' + i % 9);
  g_string_append (digits, " million in 2024.");
  texts[0] = digits->str;

  g_date_clear (&dct, 1);
  g_date_set_dmy (&dct, 1, G_DATE_MARCH, 2025);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (guint dated = 0; dated < 2; dated++)
      {
        g_autoptr(GPtrArray) claims = claimline_claims_extract (texts[i], dated ? &dct : NULL);

        for (guint c = 0; c < claims->len; c++)
          {
            ClaimlineClaim *claim = g_ptr_array_index (claims, c);
            GDate check;

            if (claim->has_low && !isfinite (claim->low))
              g_error ("“%s”: claim “%s” has low %g", texts[i], claim->text, claim->low);
            if (claim->has_high && !isfinite (claim->high))
              g_error ("“%s”: claim “%s” has high %g", texts[i], claim->text, claim->high);
            g_date_clear (&check, 1);
            if (claim->time_low != NULL && !claimline_iso_date_parse (claim->time_low, &check))
              g_error ("“%s”: claim “%s” has time_low “%s”", texts[i], claim->text, claim->time_low);
            if (claim->time_high != NULL && !claimline_iso_date_parse (claim->time_high, &check))
              g_error ("“%s”: claim “%s” has time_high “%s”", texts[i], claim->text,
                       claim->time_high);
            if (claim->time_value != NULL &&
                (g_str_has_prefix (claim->time_value, "2025-02-31") ||
                 g_str_has_prefix (claim->time_value, "2024-02-30") ||
                 g_str_has_prefix (claim->time_value, "2023-13")))
              g_error ("“%s”: claim “%s” at the impossible date %s", texts[i], claim->text,
                       claim->time_value);
          }
      }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("claimline-hostile-XXXXXX", NULL);

  g_test_add_func ("/hostile/xml/xxe-feeds", test_xxe_feeds);
  g_test_add_func ("/hostile/xml/xxe-opml", test_xxe_opml);
  g_test_add_func ("/hostile/xml/no-network", test_xml_no_network);
  g_test_add_func ("/hostile/xml/entity-bombs", test_entity_bombs);
  g_test_add_func ("/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/hostile/fuzz-regressions", test_fuzz_regressions);
  g_test_add_func ("/hostile/size/huge-file", test_huge_file);
  g_test_add_func ("/hostile/size/endless-file", test_endless_file);
  g_test_add_func ("/hostile/size/long-line", test_long_line);
  g_test_add_func ("/hostile/size/many-entries", test_many_entries);
  g_test_add_func ("/hostile/size/entry-cap", test_entry_cap);
  g_test_add_func ("/hostile/size/many-outlines", test_many_outlines);
  g_test_add_func ("/hostile/encodings", test_encodings);
  g_test_add_func ("/hostile/bidi-titles", test_bidi_titles);
  g_test_add_func ("/hostile/claims-extremes", test_claims_extremes);

  status = g_test_run ();

  {
    const char *names[] = { "secret.txt", "evil.dtd", "huge.txt" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *path = g_build_filename (tmp_dir, names[i], NULL);

        g_remove (path);
      }
    g_rmdir (tmp_dir);
    g_free (tmp_dir);
  }
  return status;
}
