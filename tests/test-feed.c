/* test-feed.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlmemory.h>

#include "claimline-error.h"
#include "claimline-feed.h"
#include "claimline-import.h"

/* Helpers */

static GBytes *bytes_from_string (const char *text);

static ClaimlineFeed *
parse_data (const char  *data,
            gssize       length,
            const char  *feed_url,
            const char  *content_type,
            GError     **error)
{
  g_autoptr(GBytes) bytes = length < 0 ? bytes_from_string (data) : g_bytes_new (data, length);

  return claimline_feed_parse (bytes, feed_url, content_type, error);
}

static GBytes *
bytes_from_string (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static GBytes *
load_fixture (const char *name)
{
  const char *path = g_test_get_filename (G_TEST_DIST, "fixtures", "feeds", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

static ClaimlineFeed *
parse_fixture (const char *name,
               const char *feed_url)
{
  g_autoptr(GBytes) bytes = load_fixture (name);
  g_autoptr(GError) error = NULL;
  ClaimlineFeed *feed = claimline_feed_parse (bytes, feed_url, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (feed);
  return feed;
}

static ClaimlineFeedEntry *
entry_at (ClaimlineFeed *feed,
          guint          index)
{
  g_assert_cmpuint (feed->entries->len, >, index);
  return g_ptr_array_index (feed->entries, index);
}

static const char *
category_at (ClaimlineFeedEntry *entry,
             guint               index)
{
  g_assert_cmpuint (entry->categories->len, >, index);
  return g_ptr_array_index (entry->categories, index);
}

static ClaimlineFeedEnclosure *
enclosure_at (ClaimlineFeedEntry *entry,
              guint               index)
{
  g_assert_cmpuint (entry->enclosures->len, >, index);
  return g_ptr_array_index (entry->enclosures, index);
}

/* Every text field of FEED, for checks that nothing leaked anywhere. */
static char *
feed_dump (ClaimlineFeed *feed)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s|%s|%s|", feed->title, feed->link, feed->description);
  for (guint i = 0; i < feed->entries->len; i++)
    {
      ClaimlineFeedEntry *entry = g_ptr_array_index (feed->entries, i);

      g_string_append_printf (out, "%s|%s|%s|%s|%s|%s|", entry->id, entry->title, entry->link,
                              entry->author, entry->summary, entry->content);
    }
  return g_string_free (out, FALSE);
}

/* One fixture per format */

static void
test_rss2 (void)
{
  g_autoptr(ClaimlineFeed) feed = parse_fixture ("harbour-rss2.xml", "https://ledger.example/rss");
  ClaimlineFeedEntry *entry;
  ClaimlineFeedEnclosure *enclosure;

  g_assert_cmpstr (feed->format, ==, "rss2.0");
  g_assert_cmpstr (feed->encoding, ==, "utf-8");
  g_assert_false (feed->recovered);
  g_assert_cmpstr (feed->title, ==, "The Harbour Ledger");
  g_assert_cmpstr (feed->link, ==, "https://ledger.example/");
  g_assert_cmpstr (feed->description, ==, "Shipping, ports & the money that moves them");
  g_assert_cmpstr (feed->language, ==, "en-gb");
  g_assert_cmpstr (feed->author, ==, "Night Desk");
  g_assert_cmpstr (feed->updated, ==, "2025-06-09T17:05:00Z");
  g_assert_cmpuint (feed->entries->len, ==, 2);

  entry = entry_at (feed, 0);
  g_assert_cmpstr (entry->id, ==, "ledger-2025-0611");
  g_assert_cmpstr (entry->title, ==, "Port authority weighs $2 billion dredging plan");
  g_assert_cmpstr (entry->link, ==, "https://ledger.example/2025/06/dredging");
  g_assert_cmpstr (entry->author, ==, "Ines Marlow");
  g_assert_cmpstr (entry->summary, ==, "The board meets on Thursday.");
  g_assert_cmpstr (entry->content, ==,
                   "The port authority is weighing a $2 billion plan to deepen the outer "
                   "channel.\n\nBoard members said a vote could come \u201cwithin weeks\u201d.");
  g_assert_cmpstr (entry->published, ==, "2025-06-09T07:30:00Z");
  g_assert_null (entry->updated);
  g_assert_cmpuint (entry->categories->len, ==, 2);
  g_assert_cmpstr (category_at (entry, 0), ==, "Ports");
  g_assert_cmpstr (category_at (entry, 1), ==, "Infrastructure");
  enclosure = enclosure_at (entry, 0);
  g_assert_cmpstr (enclosure->url, ==, "https://ledger.example/audio/dredging.mp3");
  g_assert_cmpstr (enclosure->type, ==, "audio/mpeg");
  g_assert_cmpint (enclosure->length, ==, 4096000);

  /* A permalink guid is the link; "EDT" and a two-digit year are read. */
  entry = entry_at (feed, 1);
  g_assert_cmpstr (entry->id, ==, "https://ledger.example/2025/06/tugs");
  g_assert_cmpstr (entry->link, ==, "https://ledger.example/2025/06/tugs");
  g_assert_cmpstr (entry->author, ==, "Sam Okafor");
  g_assert_cmpstr (entry->published, ==, "2025-06-09T01:00:00Z");
  g_assert_null (entry->content);
}

static void
test_rss1 (void)
{
  g_autoptr(ClaimlineFeed) feed = parse_fixture ("transit-rss1.rdf", NULL);
  ClaimlineFeedEntry *entry;

  g_assert_cmpstr (feed->format, ==, "rss1.0");
  g_assert_cmpstr (feed->title, ==, "Transit Notes");
  g_assert_cmpstr (feed->link, ==, "https://transit.example/");
  g_assert_cmpstr (feed->language, ==, "fr");

  entry = entry_at (feed, 0);
  g_assert_cmpstr (entry->id, ==, "https://transit.example/notes/41");
  g_assert_cmpstr (entry->title, ==, "Tram line 3 extension opens");
  g_assert_cmpstr (entry->author, ==, "Lea Fontaine");
  g_assert_cmpstr (entry->published, ==, "2025-06-07T07:15:00Z");
  g_assert_cmpstr (category_at (entry, 0), ==, "Trams");
}

static void
test_atom (void)
{
  g_autoptr(ClaimlineFeed) feed = NULL;
  ClaimlineFeedEntry *entry;
  ClaimlineFeedEnclosure *enclosure;

  feed = parse_fixture ("datawire-atom.xml", "https://mirror.example/feed");
  g_assert_cmpstr (feed->format, ==, "atom1.0");
  g_assert_cmpstr (feed->title, ==, "Datawire Daily");
  g_assert_cmpstr (feed->description, ==, "Figures first");
  g_assert_cmpstr (feed->language, ==, "en");
  g_assert_cmpstr (feed->author, ==, "Datawire Staff");
  g_assert_cmpstr (feed->updated, ==, "2025-06-10T08:00:00Z");
  /* xml:base on the feed wins over the address it was fetched from. */
  g_assert_cmpstr (feed->link, ==, "https://datawire.example/news/");

  entry = entry_at (feed, 0);
  g_assert_cmpstr (entry->id, ==, "tag:datawire.example,2025:chips");
  g_assert_cmpstr (entry->title, ==, "Chip maker books record quarter");
  g_assert_cmpstr (entry->link, ==, "https://datawire.example/news/2025/06/chips.html");
  g_assert_null (entry->author);
  /* type="text": the brackets are text, not a tag. */
  g_assert_cmpstr (entry->summary, ==, "Revenue rose 18 % <year on year>.");
  g_assert_cmpstr (entry->content, ==, "Revenue rose 18 % to $4.1 billion.\n\nMargins held.");
  g_assert_cmpstr (entry->published, ==, "2025-06-10T03:30:00Z");
  g_assert_cmpstr (entry->updated, ==, "2025-06-10T04:00:00Z");
  g_assert_cmpstr (category_at (entry, 0), ==, "semiconductors");
  enclosure = enclosure_at (entry, 0);
  g_assert_cmpstr (enclosure->url, ==, "https://datawire.example/news/img/chart.png");
  g_assert_cmpstr (enclosure->type, ==, "image/png");
  g_assert_cmpint (enclosure->length, ==, 2048);

  entry = entry_at (feed, 1);
  g_assert_cmpstr (entry->link, ==, "https://elsewhere.example/review");
  g_assert_cmpstr (entry->content, ==, "The review may take a year.");
  g_assert_cmpstr (entry->updated, ==, "2025-06-08T00:00:00Z");
  g_assert_null (entry->published);
}

static void
test_json (void)
{
  g_autoptr(ClaimlineFeed) feed = parse_fixture ("pulse.json", "https://pulse.example/feed.json");
  ClaimlineFeedEntry *entry;
  ClaimlineFeedEnclosure *enclosure;

  g_assert_cmpstr (feed->format, ==, "json1.1");
  g_assert_cmpstr (feed->title, ==, "Capital Pulse");
  g_assert_cmpstr (feed->link, ==, "https://pulse.example/");
  g_assert_cmpstr (feed->language, ==, "en-US");
  g_assert_cmpstr (feed->author, ==, "Pulse Team");

  entry = entry_at (feed, 0);
  g_assert_cmpstr (entry->id, ==, "pulse-204");
  g_assert_cmpstr (entry->link, ==, "https://pulse.example/stories/204");
  g_assert_cmpstr (entry->title, ==, "Fund closes at $1.2 billion");
  g_assert_cmpstr (entry->content, ==, "The fund closed above target.");
  g_assert_cmpstr (entry->summary, ==, "A bigger fund than planned.");
  g_assert_cmpstr (entry->author, ==, "Mara Quist");
  g_assert_cmpstr (entry->published, ==, "2025-06-06T05:00:00Z");
  g_assert_cmpstr (category_at (entry, 1), ==, "venture");
  enclosure = enclosure_at (entry, 0);
  g_assert_cmpstr (enclosure->url, ==, "https://cdn.pulse.example/204.pdf");
  g_assert_cmpint (enclosure->length, ==, 51200);

  /* A numeric id (JSON Feed 1.0 habit), external_url as the link, and
   * content_text kept as paragraphs. */
  entry = entry_at (feed, 1);
  g_assert_cmpstr (entry->id, ==, "205");
  g_assert_cmpstr (entry->link, ==, "https://other.example/note");
  g_assert_cmpstr (entry->content, ==, "A plain note.\n\nSecond paragraph.");
}

/* Links */

static void
test_relative_links (void)
{
  const char *atom =
    "<feed xmlns='http://www.w3.org/2005/Atom' xml:base='/base/'>"
    "<link href='home'/>"
    "<entry xml:base='sub/'><link href='../item?id=1&amp;x=2'/><id>e1</id></entry>"
    "<entry><link href='https://absolute.example/x'/></entry>"
    "<entry><link href='javascript:alert(1)'/></entry>"
    "<entry><link href='//cdn.example/y'/></entry>"
    "</feed>";
  const char *rss =
    "<rss version='2.0'><channel><link>../up/</link>"
    "<item><link> page.html </link></item></channel></rss>";
  g_autoptr(ClaimlineFeed) feed = NULL;
  g_autoptr(ClaimlineFeed) without_url = parse_data (atom, -1, NULL, NULL, NULL);
  g_autoptr(ClaimlineFeed) rss_feed = NULL;

  feed = parse_data (atom, -1, "https://news.example/feeds/a.xml", NULL, NULL);
  rss_feed = parse_data (rss, -1, "http://site.example/a/b/feed.rss", NULL, NULL);

  g_assert_cmpstr (feed->link, ==, "https://news.example/base/home");
  g_assert_cmpstr (entry_at (feed, 0)->link, ==, "https://news.example/base/item?id=1&x=2");
  g_assert_cmpstr (entry_at (feed, 1)->link, ==, "https://absolute.example/x");
  g_assert_null (entry_at (feed, 2)->link);
  g_assert_cmpstr (entry_at (feed, 3)->link, ==, "https://cdn.example/y");

  /* Without an address, a relative link stays as written. */
  g_assert_cmpstr (entry_at (without_url, 1)->link, ==, "https://absolute.example/x");
  g_assert_nonnull (entry_at (without_url, 0)->link);

  g_assert_cmpstr (rss_feed->link, ==, "http://site.example/a/up/");
  g_assert_cmpstr (entry_at (rss_feed, 0)->link, ==, "http://site.example/a/b/page.html");
}

/* Text */

static void
test_cdata_and_entities (void)
{
  g_autoptr(ClaimlineFeed) feed = parse_fixture ("cdata-entities.xml", NULL);
  ClaimlineFeedEntry *entry = entry_at (feed, 0);

  g_assert_cmpstr (feed->title, ==, "Caf\u00e9 & Bar \u2014 Notes");
  g_assert_cmpstr (entry->title, ==, "Prices & wages: a \"fair\" deal?");
  g_assert_cmpstr (entry->link, ==, "https://notes.example/a?x=1&y=2");
  /* HTML's named characters, hex references in either case, and an
   * unknown name kept as text (which makes the feed "recovered"). */
  g_assert_cmpstr (entry->summary, ==,
                   "Costs rose \u20ac3 million \u2026 \u2014 and Again &unknownthing; stayed.");
  g_assert_true (feed->recovered);
}

static void
test_html_in_titles (void)
{
  const char *rss =
    "<rss version='2.0'><channel><title>1 &lt; 2 &amp;&amp; 3 &gt; 2</title>"
    "<item><title>&lt;b&gt;Bold&lt;/b&gt; move</title>"
    "<description>&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two &amp;amp; three&lt;/p&gt;</description></item>"
    "<item><description><p>Naked <em>markup</em></p></description></item>"
    "</channel></rss>";
  g_autoptr(ClaimlineFeed) feed = parse_data (rss, -1, NULL, NULL, NULL);

  g_assert_cmpstr (feed->title, ==, "1 < 2 && 3 > 2");
  g_assert_cmpstr (entry_at (feed, 0)->title, ==, "Bold move");
  g_assert_cmpstr (entry_at (feed, 0)->summary, ==, "One\n\nTwo & three");
  g_assert_cmpstr (entry_at (feed, 1)->summary, ==, "Naked markup");
}

/* Encodings */

static void
test_encodings (void)
{
  g_autoptr(ClaimlineFeed) latin1 = parse_fixture ("latin1.xml", NULL);
  const char *ascii = "<?xml version='1.0' encoding='iso-8859-1'?>"
                      "<rss><channel><title>Caf\xe9</title></channel></rss>";
  g_autoptr(ClaimlineFeed) overridden = NULL;
  g_autoptr(GString) utf16 = g_string_new (NULL);
  g_autoptr(ClaimlineFeed) wide = NULL;
  const char *text = "<rss><channel><title>\u00c9t\u00e9</title></channel></rss>";
  g_autofree gunichar2 *units = NULL;
  glong n_units = 0;

  g_assert_cmpstr (latin1->encoding, ==, "iso-8859-1");
  g_assert_cmpstr (latin1->title, ==, "Caf\u00e9 Cr\u00e8me");
  /* Latin-1 labels are read as Windows-1252, as browsers do. */
  g_assert_cmpstr (entry_at (latin1, 0)->title, ==,
                   "Na\u00efve r\u00e9sum\u00e9 costs \u20ac 10 \u201cquoted\u201d");

  /* The HTTP charset overrides the declaration. */
  overridden = parse_data ("<?xml version='1.0' encoding='iso-8859-1'?>"
                           "<rss><channel><title>\xc3\xa9t\xc3\xa9</title></channel></rss>",
                           -1, NULL, "application/rss+xml; charset=\"UTF-8\"", NULL);
  g_assert_cmpstr (overridden->encoding, ==, "utf-8");
  g_assert_cmpstr (overridden->title, ==, "\u00e9t\u00e9");

  /* UTF-16 with a byte order mark. */
  units = g_utf8_to_utf16 (text, -1, NULL, &n_units, NULL);
  g_string_append_len (utf16, "\xff\xfe", 2);
  for (glong i = 0; i < n_units; i++)
    {
      g_string_append_c (utf16, (char) (units[i] & 0xFF));
      g_string_append_c (utf16, (char) (units[i] >> 8));
    }
  wide = parse_data (utf16->str, utf16->len, NULL, NULL, NULL);
  g_assert_nonnull (wide);
  g_assert_cmpstr (wide->encoding, ==, "utf-16le");
  g_assert_cmpstr (wide->title, ==, "\u00c9t\u00e9");

  {
    g_autoptr(ClaimlineFeed) declared = parse_data (ascii, -1, NULL, NULL, NULL);

    g_assert_cmpstr (declared->title, ==, "Caf\u00e9");
  }
}

/* Safety */

static void
test_xxe (void)
{
  g_autoptr(ClaimlineFeed) feed = parse_fixture ("xxe.xml", "https://xxe.example/feed");
  g_autofree char *dump = feed_dump (feed);
  g_autofree char *passwd = NULL;

  /* Nothing of the file, and the entities the document defines itself
   * still work. */
  g_assert_null (strstr (dump, "root:"));
  if (g_file_get_contents ("/etc/passwd", &passwd, NULL, NULL) && strchr (passwd, '\n') != NULL)
    {
      *strchr (passwd, '\n') = '\0';
      g_assert_null (strstr (dump, passwd));
    }
  g_assert_cmpstr (feed->title, ==, "Leak test");
  g_assert_cmpstr (entry_at (feed, 0)->title, ==, "Hello reader");
  g_assert_cmpstr (entry_at (feed, 0)->summary, ==, "before after");
}

static void
test_entity_bomb (void)
{
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(ClaimlineFeed) feed = parse_fixture ("laughs.xml", NULL);
  g_autoptr(GString) quadratic = g_string_new ("<!DOCTYPE rss [<!ENTITY big \"");
  g_autoptr(ClaimlineFeed) blown = NULL;

  g_assert_true (feed->recovered);
  g_assert_true (feed->title == NULL || strlen (feed->title) < 2 * 1024 * 1024);
  g_assert_cmpstr (entry_at (feed, 1)->title, ==, "Still here");

  /* One large entity used many times: bounded as well. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (quadratic, 'x');
  g_string_append (quadratic, "\">]><rss><channel><title>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (quadratic, "&big;");
  g_string_append (quadratic, "</title></channel></rss>");
  blown = parse_data (quadratic->str, quadratic->len, NULL, NULL, NULL);
  g_assert_nonnull (blown);
  g_assert_true (blown->recovered);
  /* An expansion over the growth limit is dropped, leaving no title. */
  g_assert_true (blown->title == NULL || strlen (blown->title) < 4 * 1024 * 1024);

  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 10.0);
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineFeed) feed = NULL;
  g_autoptr(GBytes) huge = NULL;
  g_autoptr(GBytes) truncated = NULL;
  static const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";

  feed = parse_data ("<!DOCTYPE html><html><body><p>A page</p></body></html>", -1, NULL, NULL,
                     &error);
  g_assert_null (feed);
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE);
  g_clear_error (&error);

  feed = parse_data ("{\"title\": \"no items\"}", -1, NULL, NULL, &error);
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE);
  g_clear_error (&error);

  feed = parse_data ("  \n ", -1, NULL, NULL, &error);
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_EMPTY);
  g_clear_error (&error);

  feed = parse_data (binary, sizeof binary - 1, NULL, NULL, &error);
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_ENCODING);
  g_clear_error (&error);

  huge = g_bytes_new_take (g_malloc0 (CLAIMLINE_IMPORT_MAX_BYTES + 1),
                           CLAIMLINE_IMPORT_MAX_BYTES + 1);
  feed = claimline_feed_parse (huge, NULL, NULL, &error);
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Cut short: what came before the cut is kept. */
  truncated = load_fixture ("truncated.xml");
  feed = claimline_feed_parse (truncated, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (feed->recovered);
  g_assert_cmpstr (feed->title, ==, "Cut short");
  g_assert_cmpstr (entry_at (feed, 0)->title, ==, "First & only");
  g_assert_cmpstr (entry_at (feed, 0)->link, ==, "https://cut.example/1?a=1&b=2");
}

/* Never crash on a cut: every prefix of each fixture parses or fails
 * cleanly. */
static void
test_every_prefix (void)
{
  static const char * const fixtures[] = {
    "harbour-rss2.xml", "datawire-atom.xml", "transit-rss1.rdf", "pulse.json", "xxe.xml",
  };

  for (gsize f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autoptr(GBytes) bytes = load_fixture (fixtures[f]);
      gsize size = 0;
      const char *data = g_bytes_get_data (bytes, &size);

      for (gsize cut = 0; cut < size; cut += 7)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(ClaimlineFeed) feed = parse_data (data, cut, NULL, NULL, &error);

          g_assert_true ((feed != NULL) != (error != NULL));
        }
    }
}

/* Entries are read as the parser completes them: what comes after them
 * (head fields, other items) and what they inherit (xml:base, xml:lang)
 * is read as from the whole document. */
static void
test_streamed_order (void)
{
  static const char rss[] =
    "<rss version=\"2.0\" xml:lang=\"de\"><item><title>Outside</title></item>\n"
    "<channel xml:base=\"http://base.example/dir/\">\n"
    "  <item><title>One</title><link>one.html</link></item>\n  <!-- a comment -->\n"
    "  <item><title>Two</title><link>two.html</link></item>\n"
    "  <title>Late title</title><link>/home</link>\n"
    "</channel>\n"
    "<channel><title>Second</title><item><title>Ignored</title></item></channel>\n"
    "<item><title>After</title></item></rss>";
  static const char atom[] =
    "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"http://atom.example/a/\">"
    "<entry><title>E1</title><link href=\"e1\"/><id>1</id></entry>\n"
    "<entry><title>E2</title><link href=\"e2\"/><id>2</id></entry>\n"
    "<title>Head last</title><link href=\"home\"/></feed>";
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineFeed) feed = NULL;
  g_autoptr(ClaimlineFeed) atom_feed = NULL;

  feed = parse_data (rss, -1, "http://feed.example/rss", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (feed->title, ==, "Late title");
  g_assert_cmpstr (feed->link, ==, "http://base.example/home");
  g_assert_cmpstr (feed->language, ==, "de");
  g_assert_cmpuint (feed->entries->len, ==, 4);
  g_assert_cmpstr (entry_at (feed, 0)->title, ==, "One");
  g_assert_cmpstr (entry_at (feed, 0)->link, ==, "http://base.example/dir/one.html");
  g_assert_cmpstr (entry_at (feed, 1)->title, ==, "Two");
  g_assert_cmpstr (entry_at (feed, 2)->title, ==, "Outside");
  g_assert_cmpstr (entry_at (feed, 3)->title, ==, "After");

  atom_feed = parse_data (atom, -1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (atom_feed->title, ==, "Head last");
  g_assert_cmpstr (atom_feed->link, ==, "http://atom.example/a/home");
  g_assert_cmpuint (atom_feed->entries->len, ==, 2);
  g_assert_cmpstr (entry_at (atom_feed, 1)->link, ==, "http://atom.example/a/e2");
}

/* libxml2's memory, counted, to see what the tree of a feed costs. */
typedef union
{
  gsize       size;
  max_align_t align;
} XmlBlock;

static gsize xml_live;
static gsize xml_peak;
static gboolean xml_counted;

static void *
count_malloc (size_t size)
{
  XmlBlock *block = malloc (sizeof (XmlBlock) + size);

  if (block == NULL)
    return NULL;
  block->size = size;
  xml_live += size;
  xml_peak = MAX (xml_peak, xml_live);
  return block + 1;
}

static void
count_free (void *memory)
{
  XmlBlock *block = memory != NULL ? (XmlBlock *) memory - 1 : NULL;

  if (block == NULL)
    return;
  xml_live -= block->size;
  free (block);
}

static void *
count_realloc (void   *memory,
               size_t  size)
{
  XmlBlock *block;
  gsize old_size;

  if (memory == NULL)
    return count_malloc (size);
  block = (XmlBlock *) memory - 1;
  old_size = block->size;
  block = realloc (block, sizeof (XmlBlock) + size);
  if (block == NULL)
    return NULL;
  block->size = size;
  xml_live = xml_live - old_size + size;
  xml_peak = MAX (xml_peak, xml_live);
  return block + 1;
}

static char *
count_strdup (const char *text)
{
  size_t size = strlen (text) + 1;
  char *copy = count_malloc (size);

  if (copy != NULL)
    memcpy (copy, text, size);
  return copy;
}

/* A feed's entries are read as they are parsed and their nodes freed, so
 * libxml2 holds about one entry at a time, not the document's tree
 * (before, the whole tree: 30 MB for a feed twice this size). */
static void
test_bounded_tree (void)
{
  GString *xml = g_string_new ("<rss version=\"2.0\"><channel><title>Many</title>\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineFeed) feed = NULL;
  gsize before;

  if (!xml_counted)
    {
      g_test_skip ("libxml2's allocator could not be replaced");
      return;
    }

  for (guint i = 0; i < CLAIMLINE_FEED_MAX_ENTRIES; i++)
    g_string_append_printf (xml, "  <item><title>Entry %u</title><guid>urn:entry:%u</guid>"
                            "<description>&lt;p&gt;Text of entry %u.&lt;/p&gt;</description>"
                            "</item>\n", i, i, i);
  g_string_append (xml, "  <link>http://many.example/</link>\n</channel></rss>");
  bytes = g_string_free_to_bytes (xml);

  before = xml_live;
  xml_peak = xml_live;
  feed = claimline_feed_parse (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feed->entries->len, ==, CLAIMLINE_FEED_MAX_ENTRIES);
  g_assert_cmpstr (entry_at (feed, CLAIMLINE_FEED_MAX_ENTRIES - 1)->title, ==, "Entry 9999");
  g_assert_cmpstr (feed->link, ==, "http://many.example/");
  g_test_message ("%zu bytes of feed: libxml2 peaked at %zu bytes", g_bytes_get_size (bytes),
                  xml_peak - before);
  g_assert_cmpuint (xml_peak - before, <, 2 * 1024 * 1024);
}

/* Dates */

typedef struct
{
  const char *text;
  const char *expected;  /* NULL: not a date */
} DateCase;

static const DateCase date_cases[] = {
  /* RFC 822 and its real-world variants */
  { "Mon, 09 Jun 2025 07:30:00 GMT", "2025-06-09T07:30:00Z" },
  { "Mon, 9 Jun 2025 07:30 GMT", "2025-06-09T07:30:00Z" },
  { "9 Jun 2025 07:30:00 +0200", "2025-06-09T05:30:00Z" },
  { "Fri, 09 Jun 2025 07:30:00 GMT", "2025-06-09T07:30:00Z" },     /* wrong weekday */
  { "Mon, 09 Jun 25 07:30:00 EST", "2025-06-09T12:30:00Z" },       /* two-digit year */
  { "Mon, 09 Jun 99 07:30:00 UT", "1999-06-09T07:30:00Z" },
  { "Mon, 09 June 2025 07:30:00 PDT", "2025-06-09T14:30:00Z" },
  { "Mon, 09 Jun 2025 07:30:00 GMT+2", "2025-06-09T05:30:00Z" },
  { "Mon, 09 Jun 2025 07:30:00 UTC-05:30", "2025-06-09T13:00:00Z" },
  { "Mon, 09 Jun 2025 07:30:00 CEST", "2025-06-09T05:30:00Z" },
  { "Mon, 09 Jun 2025 07:30:00 +05:30", "2025-06-09T02:00:00Z" },
  { "Mon,09 Jun 2025 07:30:00 -0000", "2025-06-09T07:30:00Z" },
  { "Mon, 09 Jun, 2025 07:30:00 Z", "2025-06-09T07:30:00Z" },
  { "Mon, 09 Jun 2025", "2025-06-09T00:00:00Z" },
  { "Mon Jun  9 07:30:00 2025", "2025-06-09T07:30:00Z" },          /* asctime */
  { "Mon Jun 09 2025 07:30:00 GMT+0200 (CEST)", "2025-06-09T05:30:00Z" },
  { "Mon, 09 Jun 2025 07:30:00 XYZ", "2025-06-09T07:30:00Z" },     /* unknown zone: UTC */
  { "June 9, 2025 7:30 pm", "2025-06-09T19:30:00Z" },
  { "9th of June 2025", "2025-06-09T00:00:00Z" },
  /* RFC 3339, ISO 8601 and W3C-DTF */
  { "2025-06-09T07:30:00Z", "2025-06-09T07:30:00Z" },
  { "2025-06-09T07:30:00.250+02:00", "2025-06-09T05:30:00Z" },
  { "2025-06-09t07:30:00z", "2025-06-09T07:30:00Z" },
  { "2025-06-09 07:30:00", "2025-06-09T07:30:00Z" },
  { "2025-06-09 07:30:00 -0100", "2025-06-09T08:30:00Z" },
  { "2025-06-09T07:30+01:00", "2025-06-09T06:30:00Z" },
  { "20250609T073000Z", "2025-06-09T07:30:00Z" },
  { "2025-06-09", "2025-06-09T00:00:00Z" },
  { "2025-06", "2025-06-01T00:00:00Z" },
  { "2025", "2025-01-01T00:00:00Z" },
  { "2025-160", "2025-06-09T00:00:00Z" },                          /* ordinal day */
  { "2024-12-31T23:30:00-01:00", "2025-01-01T00:30:00Z" },
  /* Broken or hopeless */
  { "", NULL },
  { "soon", NULL },
  { "2025-13-01", NULL },
  { "2025-02-30", NULL },
  { "2025-06-09T25:00:00Z", NULL },
  { "2025-06-09T07:61:00Z", NULL },
  { "2025-06-09T07:30:00+02:xx", NULL },
  { "2025-06-09T07:30:00Zgarbage", NULL },
  { "Mon, 32 Jun 2025 07:30:00 GMT", NULL },
  { "Mon, 09 Foo 2025 07:30:00 GMT", NULL },
  { "Mon, 09 Jun 2025 7:30:00:01 GMT", NULL },
  { "Mon, 09 Jun 2025 07:30:00 +zz00", NULL },
  { "12345", NULL },
};

static void
test_dates (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      g_autoptr(GDateTime) date = claimline_feed_parse_date (date_cases[i].text);
      g_autofree char *formatted = date != NULL ? claimline_feed_format_date (date) : NULL;

      g_test_message ("date \"%s\"", date_cases[i].text);
      g_assert_cmpstr (formatted, ==, date_cases[i].expected);
    }
  g_assert_null (claimline_feed_parse_date (NULL));
}

/* Discovery */

static void
test_discover (void)
{
  g_autoptr(GBytes) page = load_fixture ("page.html");
  g_auto(GStrv) feeds = claimline_feed_discover (page, "https://tribune.example/news/today");
  g_autoptr(GBytes) based = NULL;
  g_auto(GStrv) based_feeds = NULL;
  g_autoptr(GBytes) none = bytes_from_string ("<html><body>No feeds</body></html>");
  g_auto(GStrv) no_feeds = claimline_feed_discover (none, NULL);

  g_assert_cmpuint (g_strv_length (feeds), ==, 3);
  g_assert_cmpstr (feeds[0], ==, "https://tribune.example/rss/top.xml");
  g_assert_cmpstr (feeds[1], ==, "https://tribune.example/atom");
  g_assert_cmpstr (feeds[2], ==, "https://tribune.example/news/feeds/all.json");

  /* A <base> applies to the links before it, too. */
  based = bytes_from_string ("<head><link rel='alternate' type='application/atom+xml' href='a.xml'>"
                             "<base href='https://cdn.example/f/'></head>");
  based_feeds = claimline_feed_discover (based, "https://site.example/");
  g_assert_cmpuint (g_strv_length (based_feeds), ==, 1);
  g_assert_cmpstr (based_feeds[0], ==, "https://cdn.example/f/a.xml");

  g_assert_nonnull (no_feeds);
  g_assert_cmpuint (g_strv_length (no_feeds), ==, 0);
}

static void
test_sniff (void)
{
  static const struct { const char *data; gboolean feed; } cases[] = {
    { "<?xml version='1.0'?>\n<!-- hi -->\n<rss version='2.0'>", TRUE },
    { "\xEF\xBB\xBF<feed xmlns='http://www.w3.org/2005/Atom'>", TRUE },
    { "<rdf:RDF xmlns:rdf='x'>", TRUE },
    { "{ \"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [] }", TRUE },
    { "<!DOCTYPE html><html>", FALSE },
    { "<feedback/>", FALSE },
    { "{ \"a\": 1 }", FALSE },
    { "", FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_true (claimline_feed_sniff (cases[i].data, strlen (cases[i].data)) == cases[i].feed);
}

/* Entries as documents */

static void
test_entry_to_document (void)
{
  g_autoptr(ClaimlineFeed) feed = parse_fixture ("harbour-rss2.xml", "https://ledger.example/rss");
  g_autoptr(ClaimlineFeed) json = parse_fixture ("pulse.json", "https://pulse.example/feed.json");
  g_autoptr(ClaimlineDocument) document = NULL;
  g_autoptr(ClaimlineDocument) second = NULL;
  g_autoptr(ClaimlineDocument) again = NULL;
  g_autoptr(ClaimlineDocument) untitled = NULL;

  document = claimline_feed_entry_to_document (feed, entry_at (feed, 0));
  second = claimline_feed_entry_to_document (feed, entry_at (feed, 1));
  again = claimline_feed_entry_to_document (feed, entry_at (feed, 0));
  untitled = claimline_feed_entry_to_document (json, entry_at (json, 1));

  g_assert_cmpstr (document->guid, ==, "ledger-2025-0611");
  g_assert_cmpstr (document->url, ==, "https://ledger.example/2025/06/dredging");
  g_assert_cmpstr (document->title, ==, "Port authority weighs $2 billion dredging plan");
  g_assert_cmpstr (document->outlet, ==, "The Harbour Ledger");
  g_assert_cmpstr (document->author, ==, "Ines Marlow");
  g_assert_cmpstr (document->published, ==, "2025-06-09");
  g_assert_true (g_str_has_prefix (document->text, "The port authority is weighing"));
  g_assert_cmpuint (strlen (document->content_hash), ==, 64);
  g_assert_cmpstr (document->content_hash, ==, again->content_hash);
  g_assert_cmpstr (document->content_hash, !=, second->content_hash);

  /* No content: the summary is the text. */
  g_assert_cmpstr (second->text, ==, "Crews on the night shift will rotate weekly.");
  g_assert_cmpstr (second->author, ==, "Sam Okafor");

  /* No title: the start of the text; no author: the feed's. */
  g_assert_cmpstr (untitled->title, ==, "A plain note");
  g_assert_cmpstr (untitled->author, ==, "Pulse Team");
  g_assert_cmpstr (untitled->guid, ==, "205");
  g_assert_null (untitled->published);
}

int
main (int   argc,
      char *argv[])
{
  /* Before libxml2 allocates anything. */
  xml_counted = xmlMemSetup (count_free, count_malloc, count_realloc, count_strdup) == 0;
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/feed/rss2", test_rss2);
  g_test_add_func ("/feed/rss1", test_rss1);
  g_test_add_func ("/feed/atom", test_atom);
  g_test_add_func ("/feed/json", test_json);
  g_test_add_func ("/feed/relative-links", test_relative_links);
  g_test_add_func ("/feed/cdata-and-entities", test_cdata_and_entities);
  g_test_add_func ("/feed/html-in-titles", test_html_in_titles);
  g_test_add_func ("/feed/encodings", test_encodings);
  g_test_add_func ("/feed/xxe", test_xxe);
  g_test_add_func ("/feed/entity-bomb", test_entity_bomb);
  g_test_add_func ("/feed/errors", test_errors);
  g_test_add_func ("/feed/every-prefix", test_every_prefix);
  g_test_add_func ("/feed/streamed-order", test_streamed_order);
  g_test_add_func ("/feed/bounded-tree", test_bounded_tree);
  g_test_add_func ("/feed/dates", test_dates);
  g_test_add_func ("/feed/discover", test_discover);
  g_test_add_func ("/feed/sniff", test_sniff);
  g_test_add_func ("/feed/entry-to-document", test_entry_to_document);

  return g_test_run ();
}
