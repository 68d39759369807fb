/* test-readable.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "claimline-error.h"
#include "claimline-readable.h"
#include "claimline-readable-private.h"

/* Helpers */

static ClaimlineReadable *
extract_string (const char *html,
                const char *page_url)
{
  g_autoptr(GError) error = NULL;
  ClaimlineReadable *readable = claimline_readable_extract (html, strlen (html), page_url, &error);

  g_assert_no_error (error);
  g_assert_nonnull (readable);
  g_assert_nonnull (readable->text);
  return readable;
}

static ClaimlineReadable *
extract_fixture (const char *name,
                 const char *page_url)
{
  const char *path = g_test_get_filename (G_TEST_DIST, "fixtures", "readable", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;

  g_file_get_contents (path, &html, NULL, &error);
  g_assert_no_error (error);
  return extract_string (html, page_url);
}

static void
assert_has (const char *text,
            const char *needle,
            gboolean    expected)
{
  gboolean found = strstr (text, needle) != NULL;

  if (found != expected)
    g_test_message ("%s \"%s\" in:\n%s", expected ? "Missing" : "Unexpected", needle, text);
  g_assert_true (found == expected);
}

/* Paragraphs separated by exactly "\n\n", each trimmed. */
static void
assert_paragraph_layout (const char *text)
{
  gsize length = strlen (text);

  g_assert_cmpuint (length, >, 0);
  g_assert_false (g_ascii_isspace (text[0]));
  g_assert_false (g_ascii_isspace (text[length - 1]));
  assert_has (text, "\n\n\n", FALSE);
  assert_has (text, "  ", FALSE);
  assert_has (text, " \n", FALSE);
  assert_has (text, "\n ", FALSE);
  for (gsize i = 0; i < length; i++)
    if (text[i] == '\n')
      g_assert_true (text[i + 1] == '\n' || text[i - 1] == '\n');
}

/* A news page with all its furniture */

static void
test_news_page (void)
{
  static const char * const kept[] = {
    "three months after a storm cracked its hull against the pier.\n\nThe operator said",
    "\n\nNew timetable for the spring\n\nFrom April",
    "First crossing: 06:00\n\nLast crossing: 22:40",
    "children under twelve will keep travelling free.",
    "\xE2\x80\x9CWe missed the sound of the horn in the morning,\xE2\x80\x9D",
  };
  static const char * const gone[] = {
    "Skip to the story", "Weather", "By Mira Castell", "Share on", "Send by email",
    "Advertisement", "Ferry Harbour", "Comments", "About time too", "island school",
    "Most read", "Lighthouse", "Bridge toll", "second doctor", "Seafront cafe", "Copyright",
    "Newsletter", "line-height",
  };
  g_autoptr(ClaimlineReadable) readable =
    extract_fixture ("news-page.html", "https://www.coastline.example/transport/ferry?ref=home");

  g_assert_true (readable->confident);
  g_assert_true (g_str_has_prefix (readable->text, "The blue ferry that links the old harbour"));
  g_assert_true (g_str_has_suffix (readable->text, "sold bread on the quay for twenty years."));
  for (gsize i = 0; i < G_N_ELEMENTS (kept); i++)
    assert_has (readable->text, kept[i], TRUE);
  for (gsize i = 0; i < G_N_ELEMENTS (gone); i++)
    assert_has (readable->text, gone[i], FALSE);
  assert_paragraph_layout (readable->text);

  g_assert_cmpstr (readable->title, ==, "Harbour ferry returns after winter repairs");
  g_assert_cmpstr (readable->byline, ==, "Mira Castell, Tom Oduya");
  g_assert_cmpstr (readable->published, ==, "2026-03-14");
  g_assert_cmpstr (readable->site_name, ==, "Coastline Courier");
  g_assert_cmpstr (readable->canonical_url, ==,
                   "https://www.coastline.example/transport/harbour-ferry-returns");
}

/* Furniture by class that wraps the article is kept */

static void
test_wrapped_article (void)
{
  g_autoptr(ClaimlineReadable) readable = extract_fixture ("wrapped.html", NULL);

  g_assert_true (readable->confident);
  g_assert_true (g_str_has_prefix (readable->text, "Apple growers in the valley"));
  g_assert_true (g_str_has_suffix (readable->text, "the extra water and fuel."));
  assert_has (readable->text, "Markets", FALSE);
  assert_has (readable->text, "Prices", FALSE);
  g_assert_null (readable->site_name);
  g_assert_cmpstr (readable->title, ==, "Orchard growers count the frost damage");
}

/* Scripts without spaces between words */

static void
test_cjk_article (void)
{
  g_autoptr(ClaimlineReadable) readable =
    extract_fixture ("cjk.html", "http://news.example.cn/a/1");

  g_assert_true (readable->confident);
  g_assert_true (g_str_has_prefix (readable->text, "市中心的新图书馆于周六正式开放"));
  assert_has (readable->text, "\n\n图书馆每天开放到晚上十点", TRUE);
  assert_has (readable->text, "首页", FALSE);
  assert_has (readable->text, "版权所有", FALSE);
  g_assert_cmpstr (readable->site_name, ==, "news.example.cn");
}

/* Pages without a main block, and the like */

/* Two paragraphs of article text, enough to stand out as the article. */
#define BUSES_HTML \
  "<p>The county council voted on Thursday to keep the night buses running through the " \
  "summer, after students, bar staff and hospital cleaners wrote hundreds of letters.</p>" \
  "<p>The transport office found the money in a road budget that had not been spent, a " \
  "spokesman said, so no other service will be cut to pay for it.</p>"
#define BUSES_TEXT \
  "The county council voted on Thursday to keep the night buses running through the " \
  "summer, after students, bar staff and hospital cleaners wrote hundreds of letters.\n\n" \
  "The transport office found the money in a road budget that had not been spent, a " \
  "spokesman said, so no other service will be cut to pay for it."

static const char long_paragraph[] =
  "<p>The county council voted on Thursday to keep the night buses running through the summer, "
  "after students, bar staff and hospital cleaners wrote hundreds of letters asking it to, and "
  "the transport office found the money in an unspent road budget.</p>";

static const struct
{
  const char *name;
  const char *html;
  gboolean    confident;
  const char *text;
} text_cases[] = {
  { "short page: whole body without navigation",
    "<html><body><nav><a href=\"/\">Home</a></nav><p>Closed on Monday.</p>"
    "<p>Open again on Tuesday.</p><footer>Footer</footer></body></html>",
    FALSE, "Closed on Monday.\n\nOpen again on Tuesday." },
  { "no body element",
    "<p>Only a fragment, with no html or body around it.</p>",
    FALSE, "Only a fragment, with no html or body around it." },
  { "hidden elements",
    "<html><body><article>"
    "<p hidden>Hidden by attribute.</p><p aria-hidden=\"true\">Hidden from readers.</p>"
    "<p style=\"display: none\">Hidden by style.</p>"
    "<p style=\"visibility:hidden\">Invisible.</p>" BUSES_HTML
    "</article></body></html>",
    TRUE, BUSES_TEXT },
  { "line breaks, tables and preformatted text",
    "<html><body><div>" BUSES_HTML
    "<p>First line<br>Second line</p>"
    "<table><tr><th>Route</th><th>Last bus</th></tr><tr><td>N1</td><td>03:10</td></tr></table>"
    "<pre>stop   time\nquay   03:10</pre>"
    "</div></body></html>",
    TRUE, BUSES_TEXT "\n\nFirst line\n\nSecond line\n\nRoute Last bus\n\nN1 03:10\n\n"
    "stop time\n\nquay 03:10" },
  { "a first paragraph repeating the title",
    "<html><head><title>Night buses stay</title></head><body><article><h1>Night buses stay</h1>"
    BUSES_HTML "</article></body></html>",
    TRUE, BUSES_TEXT },
  { "a link list inside the article",
    "<html><body><article>" BUSES_HTML
    "<ul><li><a href=\"/1\">Timetables</a></li><li><a href=\"/2\">Fares</a></li>"
    "<li><a href=\"/3\">Lost property</a></li></ul>" BUSES_HTML
    "</article></body></html>",
    TRUE, BUSES_TEXT "\n\n" BUSES_TEXT },
};

static void
test_text_cases (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (text_cases); i++)
    {
      g_autoptr(ClaimlineReadable) readable = NULL;

      g_test_message ("case: %s", text_cases[i].name);
      readable = extract_string (text_cases[i].html, NULL);
      g_assert_cmpstr (readable->text, ==, text_cases[i].text);
      g_assert_cmpint (readable->confident, ==, text_cases[i].confident);
    }
}

/* A run of teaser cards reads like text but is a list of other pages. */
static void
test_teasers (void)
{
  g_autoptr(GString) html = g_string_new ("<html><body><div class=\"wrap\"><div class=\"main\">");
  g_autoptr(ClaimlineReadable) readable = NULL;

  for (guint i = 0; i < 3; i++)
    g_string_append (html, long_paragraph);
  g_string_append (html, "</div><ul class=\"stream\">");
  for (guint i = 0; i < 6; i++)
    g_string_append_printf (html, "<li class=\"item\"><h3><a href=\"/%u\">Another story number %u "
                            "on the site</a></h3><p>A blurb of this other story that reads well, "
                            "with commas, clauses and a full stop, like real text would.</p></li>",
                            i, i);
  g_string_append (html, "</ul></div></body></html>");

  readable = extract_string (html->str, NULL);
  g_assert_true (readable->confident);
  g_assert_true (g_str_has_prefix (readable->text, "The county council voted"));
  assert_has (readable->text, "Another story", FALSE);
  assert_has (readable->text, "blurb", FALSE);
}

static void
test_parse_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineReadable) readable = claimline_readable_extract ("", 0, NULL, &error);

  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE);
  g_assert_null (readable);
}

/* Metadata */

static const struct
{
  const char *name;
  const char *head;
  const char *body;
  const char *page_url;
  const char *title;
  const char *byline;
  const char *published;
  const char *site_name;
  const char *canonical_url;
} metadata_cases[] = {
  { "title element without the outlet",
    "<title>Night buses stay for the summer - Valley Post</title>", "", NULL,
    "Night buses stay for the summer", NULL, NULL, NULL, NULL },
  { "outlet name first",
    "<title>Valley Post | Night buses stay for the summer</title>"
    "<meta property=\"og:site_name\" content=\"Valley Post\">", "", NULL,
    "Night buses stay for the summer", NULL, NULL, "Valley Post", NULL },
  { "subtitle kept",
    "<title>Night buses - what the vote means for students</title>", "", NULL,
    "Night buses - what the vote means for students", NULL, NULL, NULL, NULL },
  { "the headline as the page repeats it",
    "<title>Buses stay | Night | Valley Post Online Edition</title>",
    "<h1>Buses stay</h1>", NULL,
    "Buses stay", NULL, NULL, NULL, NULL },
  { "Dublin Core before Open Graph, property before name",
    "<meta property=\"og:title\" content=\"Graph title\">"
    "<meta name=\"DC.title\" content=\"Named core title\">"
    "<meta property=\"dc:title\" content=\"Core title\">"
    "<meta name=\"author\" content=\"Second Choice\">"
    "<meta property=\"dc:creator\" content=\"First Choice\">", "", NULL,
    "Core title", "First Choice", NULL, NULL, NULL },
  { "several keys in one property",
    "<meta property=\"og:title twitter:title\" content=\"Shared title\">"
    "<meta property=\"x:author dc:creator\" content=\"Ana Lind\">", "", NULL,
    "Shared title", "Ana Lind", NULL, NULL, NULL },
  { "linked data in CDATA, host as outlet",
    "<title>Ferry fares frozen</title><script type=\"application/ld+json\">//<![CDATA[\n"
    "{\"@type\": \"NewsArticle\", \"headline\": \"Ferry fares frozen\", "
    "\"datePublished\": \"2025-11-02T08:00:00.000Z\", \"author\": {\"name\": \"By Lee Park\"}}"
    "\n//]]></script>", "", "https://www.valley.example/news/ferry",
    "Ferry fares frozen", "Lee Park", "2025-11-02", "valley.example", NULL },
  { "linked data headline that describes the page type",
    "<title>Ferry fares frozen</title><script type=\"application/ld+json\">"
    "{\"@type\": \"Article\", \"headline\": \"Encyclopedia entry\"}</script>", "", NULL,
    "Ferry fares frozen", NULL, NULL, NULL, NULL },
  { "broken linked data is ignored",
    "<title>Ferry fares frozen</title>"
    "<script type=\"application/ld+json\">{\"headline\": </script>",
    "", NULL, "Ferry fares frozen", NULL, NULL, NULL, NULL },
  { "time element and byline element",
    "<title>Ferry fares frozen</title>",
    "<p class=\"byline\">By Ana Lind - June 5, 2025 10:30</p>"
    "<time datetime=\"2025-06-05T10:30:00+02:00\">5 June</time>", NULL,
    "Ferry fares frozen", "Ana Lind", "2025-06-05", NULL, NULL },
  { "marked-up publication date",
    "<title>Ferry fares frozen</title>",
    "<span itemprop=\"datePublished\" content=\"2024-02-29\">Thursday</span>"
    "<time datetime=\"2023-01-01\">older</time>", NULL,
    "Ferry fares frozen", NULL, "2024-02-29", NULL, NULL },
  { "byline that is an address",
    "<title>Ferry fares frozen</title>"
    "<meta property=\"article:author\" content=\"https://social.example/ana\">", "", NULL,
    "Ferry fares frozen", NULL, NULL, NULL, NULL },
  { "a month name in a name",
    "<title>Ferry fares frozen</title><meta name=\"author\" content=\"Laura June Smith\">",
    "", NULL,
    "Ferry fares frozen", "Laura June Smith", NULL, NULL, NULL },
  { "relative canonical link",
    "<title>Ferry fares frozen</title><link rel=\"canonical\" href=\"../ferry-fares\">", "",
    "https://valley.example/news/today/page.html",
    "Ferry fares frozen", NULL, NULL, "valley.example", "https://valley.example/news/ferry-fares" },
  { "Open Graph address",
    "<title>Ferry fares frozen</title>"
    "<meta property=\"og:url\" content=\"https://valley.example/ferry\">", "", NULL,
    "Ferry fares frozen", NULL, NULL, NULL, "https://valley.example/ferry" },
  { "weekday before a date",
    "<title>Ferry fares frozen</title>"
    "<meta name=\"date\" content=\"Sun, 8 Jun 2025 10:00:00 GMT\">", "", NULL,
    "Ferry fares frozen", NULL, "2025-06-08", NULL, NULL },
  { "heading as the title",
    "", "<h1>Ferry fares frozen</h1>", NULL,
    "Ferry fares frozen", NULL, NULL, NULL, NULL },
};

static void
test_metadata_cases (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (metadata_cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head>%s</head><body>%s<p>Text.</p>"
                                               "</body></html>",
                                               metadata_cases[i].head, metadata_cases[i].body);
      g_autoptr(ClaimlineReadable) readable = NULL;

      g_test_message ("case: %s", metadata_cases[i].name);
      readable = extract_string (html, metadata_cases[i].page_url);
      g_assert_cmpstr (readable->title, ==, metadata_cases[i].title);
      g_assert_cmpstr (readable->byline, ==, metadata_cases[i].byline);
      g_assert_cmpstr (readable->published, ==, metadata_cases[i].published);
      g_assert_cmpstr (readable->site_name, ==, metadata_cases[i].site_name);
      g_assert_cmpstr (readable->canonical_url, ==, metadata_cases[i].canonical_url);
    }
}

/* Class and id hints */

static const struct
{
  const char *value;
  gboolean    id;
  int         weight;
  gboolean    article;
} hint_cases[] = {
  { "article-body", FALSE, 3, TRUE },
  { "articleBody", FALSE, 3, TRUE },
  { "comments", FALSE, -3, FALSE },
  { "post-comments", FALSE, -2, TRUE },
  { "ad", FALSE, -3, FALSE },
  { "ad300x250", FALSE, -3, FALSE },
  { "adventure head", FALSE, 0, FALSE },
  { "RightRailContainer", FALSE, -2, FALSE },
  { "", FALSE, 0, FALSE },
  { "share-bar", TRUE, -3, FALSE },
  { "sharing-with-a-team", TRUE, 0, FALSE },
};

static void
test_hints (void)
{
  g_autoptr(ReadableHints) hints = readable_hints_new ();

  for (guint round = 0; round < 2; round++) /* the second time from the cache */
    for (gsize i = 0; i < G_N_ELEMENTS (hint_cases); i++)
      {
        gboolean article = FALSE;
        int weight = hint_cases[i].id
                     ? readable_hints_weigh_id (hints, hint_cases[i].value, &article)
                     : readable_hints_weigh_class (hints, hint_cases[i].value, &article);

        g_test_message ("hint: %s", hint_cases[i].value);
        g_assert_cmpint (weight, ==, hint_cases[i].weight);
        g_assert_cmpint (article, ==, hint_cases[i].article);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/readable/text/news-page", test_news_page);
  g_test_add_func ("/readable/text/wrapped-article", test_wrapped_article);
  g_test_add_func ("/readable/text/cjk-article", test_cjk_article);
  g_test_add_func ("/readable/text/cases", test_text_cases);
  g_test_add_func ("/readable/text/teasers", test_teasers);
  g_test_add_func ("/readable/parse-error", test_parse_error);
  g_test_add_func ("/readable/metadata/cases", test_metadata_cases);
  g_test_add_func ("/readable/hints", test_hints);
  return g_test_run ();
}
