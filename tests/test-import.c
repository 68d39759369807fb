/* test-import.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib/gstdio.h>

#include "claimline-date-parse.h"
#include "claimline-error.h"
#include "claimline-import.h"

/* Helpers */

static ClaimlineDocument *
import_fixture (const char  *name,
                GError     **error)
{
  const char *path = g_test_get_filename (G_TEST_DIST, "fixtures", "import", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return claimline_import_file (file, NULL, error);
}

static ClaimlineDocument *
import_data (const char  *data,
             gssize       length,
             const char  *name_hint,
             const char  *content_type,
             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  if (length < 0)
    length = strlen (data);
  bytes = g_bytes_new (data, length);
  return claimline_import_bytes (bytes, name_hint, content_type, error);
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

/* Paragraphs separated by exactly "\n\n", no stray or doubled spaces. */
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
  assert_has (text, "\r", FALSE);
  assert_has (text, "\t", FALSE);

  for (gsize i = 0; i < length; i++)
    if (text[i] == '\n')
      g_assert_true (text[i + 1] == '\n' || text[i - 1] == '\n');
}

static void
assert_one_line_message (const GError *error,
                         const char   *name)
{
  g_assert_nonnull (error);
  assert_has (error->message, name, TRUE);
  assert_has (error->message, "\n", FALSE);
}

static char *
fixture_stem (const char *fixture)
{
  char *stem = g_strdup (fixture);

  *strrchr (stem, '.') = '\0';
  return stem;
}

/* Dates */

static const struct
{
  const char *input;
  const char *expected;
} date_cases[] = {
  { "2025-06-08", "2025-06-08" },
  { "2025/6/8", "2025-06-08" },
  { "06/09/2025", "2025-06-09" },
  { "25/12/2025", "2025-12-25" },
  { "9.6.2025", "2025-06-09" },
  { "16 March 2026", "2026-03-16" },
  { "16 march, 2026", "2026-03-16" },
  { "5th of June 2025", "2025-06-05" },
  { "8-Jun-2025", "2025-06-08" },
  { "March 16, 2026", "2026-03-16" },
  { "Jan. 5, 2025", "2025-01-05" },
  { "Sept 30 2024", "2024-09-30" },
  { "June 9th, 2025", "2025-06-09" },
  { "29 February 2024", "2024-02-29" },
  { "2025-06-09T08:30:00Z", "2025-06-09" },
  { "June 9, 2025 10:30", "2025-06-09" },
  { "  2025-06-08  ", "2025-06-08" },
  { "31 February 2025", NULL },
  { "29 February 2025", NULL },
  { "2025-13-01", NULL },
  { "13/13/2025", NULL },
  { "2025-06-32", NULL },
  { "0999-01-01", NULL },
  { "12345-06-08", NULL },
  { "Smarch 3, 2025", NULL },
  { "8 June", NULL },
  { "June 2025", NULL },
  { "2025-06-08 and then some words", NULL },
  { "", NULL },
};

static void
test_date_parse (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      g_autofree char *date = claimline_date_parse (date_cases[i].input);

      g_test_message ("date: \"%s\"", date_cases[i].input);
      g_assert_cmpstr (date, ==, date_cases[i].expected);
    }
}

static void
test_date_scan (void)
{
  const char *text = "06/09/2025 By someone";
  const char *end = NULL;
  g_autofree char *date = claimline_date_scan (text, &end);

  g_assert_cmpstr (date, ==, "2025-06-09");
  g_assert_cmpstr (end, ==, " By someone");

  g_assert_cmpuint (claimline_date_month_from_name ("Jan.", -1), ==, 1);
  g_assert_cmpuint (claimline_date_month_from_name ("SEPT", -1), ==, 9);
  g_assert_cmpuint (claimline_date_month_from_name ("december", -1), ==, 12);
  g_assert_cmpuint (claimline_date_month_from_name ("Juneteenth", -1), ==, 0);
}

/* Plain text: title, headers, layouts */

static const struct
{
  const char *fixture;
  const char *title;
  const char *outlet; /* NULL: the file name stem */
  const char *author;
  const char *published;
  const char *text_start;
  const char *text_end;
} plain_cases[] = {
  { "header-colon.txt", "Harbour authority approves a second ferry terminal",
    "Lakeside Courier", "Tomas Berg", "2026-03-16",
    "The harbour authority voted on Tuesday", "the authority's own estimate." },
  { "header-byline.txt", "Regional bus fares to rise in the spring",
    "Valley Post", "Ana Ruiz", "2025-06-09",
    "Bus fares across the valley", "frozen until next year." },
  { "date-prefix.txt", "Bakery chain plans forty new shops: filing",
    NULL, NULL, "2025-06-08",
    "What happened\n\nCrumb & Co. plans", "120 million pounds this year." },
  { "run-on.txt", "Town council backs new cycle bridge, a first for the district",
    NULL, "riverwatch", "2025-06-09",
    "On 7 June, the town council voted", "(e.g. for commuters)." },
  { "hard-wrapped.txt", "Orchard growers report a record apple harvest",
    NULL, NULL, NULL,
    "Growers in the southern valleys", "over the same period." },
};

static void
test_plain_fields (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (plain_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineDocument) document = NULL;
      g_autofree char *stem = fixture_stem (plain_cases[i].fixture);

      g_test_message ("fixture: %s", plain_cases[i].fixture);
      document = import_fixture (plain_cases[i].fixture, &error);
      g_assert_no_error (error);

      g_assert_cmpstr (document->title, ==, plain_cases[i].title);
      g_assert_cmpstr (document->outlet, ==, plain_cases[i].outlet ? plain_cases[i].outlet : stem);
      g_assert_cmpstr (document->author, ==, plain_cases[i].author);
      g_assert_cmpstr (document->published, ==, plain_cases[i].published);
      g_assert_true (g_str_has_prefix (document->text, plain_cases[i].text_start));
      g_assert_true (g_str_has_suffix (document->text, plain_cases[i].text_end));
      g_assert_true (g_str_has_prefix (document->url, "file://"));
      assert_paragraph_layout (document->text);

      /* Header lines are metadata, not text. */
      assert_has (document->text, "Outlet:", FALSE);
      assert_has (document->text, "Posted on", FALSE);
      assert_has (document->text, "Published", FALSE);
      assert_has (document->text, document->title, FALSE);
    }
}

static void
test_plain_subheadings_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = import_fixture ("date-prefix.txt", &error);
  g_auto(GStrv) paragraphs = NULL;

  g_assert_no_error (error);
  paragraphs = g_strsplit (document->text, "\n\n", -1);
  g_assert_cmpuint (g_strv_length (paragraphs), ==, 7);
  g_assert_cmpstr (paragraphs[3], ==, "Money behind it");
  g_assert_cmpstr (paragraphs[4], ==, "Who is paying");
}

static void
test_plain_hard_wrapped (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = import_fixture ("hard-wrapped.txt", &error);
  g_auto(GStrv) paragraphs = NULL;

  g_assert_no_error (error);
  paragraphs = g_strsplit (document->text, "\n\n", -1);
  g_assert_cmpuint (g_strv_length (paragraphs), ==, 2);
  assert_has (paragraphs[0], "than in any year since records began", TRUE);
  assert_has (paragraphs[1], "fell by about a tenth", TRUE);
}

static void
test_plain_no_date_header (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;

  document = import_data ("Ferry timetable changes\nBoats will leave every twenty minutes.",
                          -1, "notes/harbour-news.txt", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (document->title, ==, "Ferry timetable changes");
  g_assert_null (document->published);
  g_assert_null (document->author);
  g_assert_cmpstr (document->outlet, ==, "harbour-news");
  g_assert_cmpstr (document->text, ==, "Boats will leave every twenty minutes.");
}

/* A whole article on one line, with no header in it. */
static void
test_plain_single_long_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;
  g_autoptr(GString) line = NULL;

  line = g_string_new ("The night market returns to the old square this weekend.");

  for (guint i = 0; i < 8; i++)
    g_string_append (line, " Stalls will sell food, books and plants from six until midnight.");
  document = import_data (line->str, -1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (document->title, ==, "The night market returns to the old square this weekend");
  g_assert_cmpstr (document->text, ==, line->str);
  g_assert_null (document->outlet);
}

/* Debris */

static void
test_debris_cues (void)
{
  static const char * const gone[] = {
    "Jump to", "Read more such", "Leave a Comment", "Your email address", "Required fields",
    "You may also like", "Ten coastal walks", "quietest beaches", "Tags", "Museums",
    "Loading comments", "Scroll to Top",
  };
  static const char * const kept[] = {
    "The lighthouse museum on the north cape reopened",
    "What changed", "Visitors can now climb to the lantern room",
    "The Path Ahead", "twice as many as before the closure.",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = import_fixture ("debris.txt", &error);

  g_assert_no_error (error);
  for (gsize i = 0; i < G_N_ELEMENTS (gone); i++)
    assert_has (document->text, gone[i], FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS (kept); i++)
    assert_has (document->text, kept[i], TRUE);
  g_assert_true (g_str_has_suffix (document->text, "before the closure."));
  assert_paragraph_layout (document->text);
}

static void
test_debris_trailing_labels (void)
{
  static const char * const gone[] = {
    "Advertisement", "Culture", "Filed under", "Share on", "Loading comments", "Back to top",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = import_fixture ("trailing-labels.txt", &error);

  g_assert_no_error (error);
  for (gsize i = 0; i < G_N_ELEMENTS (gone); i++)
    assert_has (document->text, gone[i], FALSE);
  g_assert_true (g_str_has_prefix (document->text, "The central library will stay open"));
  g_assert_true (g_str_has_suffix (document->text, "open on Sundays as well."));
}

static const struct
{
  const char *body;
  const char *expected;
} glued_tag_cases[] = {
  { "The plan was approved by a large majority of members. World News",
    "The plan was approved by a large majority of members." },
  { "The vote, held late on Monday, went the mayor's way (narrowly). City Hall Daily Briefs",
    "The vote, held late on Monday, went the mayor's way (narrowly). City Hall Daily Briefs" },
  { "The delegation met officials from several agencies, including the U.S. Army",
    "The delegation met officials from several agencies, including the U.S. Army" },
  { "The report was read aloud by a clerk. and then nobody spoke",
    "The report was read aloud by a clerk. and then nobody spoke" },
  { "The new rules were signed on Friday by J. Smith",
    "The new rules were signed on Friday by J. Smith" },
};

static void
test_debris_glued_tag (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (glued_tag_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineDocument) document = NULL;
      g_autofree char *input = g_strdup_printf ("A title\n%s", glued_tag_cases[i].body);

      document = import_data (input, -1, "tag.txt", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (document->text, ==, glued_tag_cases[i].expected);
    }
}

/* Normalisation and decoding */

static const struct
{
  const char *name;
  const char *input;
  gssize      length;
  const char *content_type;
  const char *title;
  const char *text;
} text_cases[] = {
  { "crlf", "A title\r\nFirst line here.\r\n\r\nSecond line here.\r\n", -1, NULL,
    "A title", "First line here.\n\nSecond line here." },
  { "old mac", "A title\rFirst line here.\rSecond line here.", -1, NULL,
    "A title", "First line here.\n\nSecond line here." },
  { "nbsp", "A\xC2\xA0title\nSome\xC2\xA0" "10\xC2\xA0" "000 people came.", -1, NULL,
    "A title", "Some 10 000 people came." },
  { "unicode spaces", "A title\nThin\xE2\x80\x89space and\xE3\x80\x80wide one.", -1, NULL,
    "A title", "Thin space and wide one." },
  { "zero width", "A title\nZero\xE2\x80\x8Bwidth\xE2\x80\x8D joiner\xE2\x81\xA0.", -1, NULL,
    "A title", "Zerowidth joiner." },
  { "curly quotes kept",
    "A title\n\xE2\x80\x9CQuoted,\xE2\x80\x9D she said, \xE2\x80\x98" "fine.\xE2\x80\x99", -1, NULL,
    "A title", "\xE2\x80\x9CQuoted,\xE2\x80\x9D she said, \xE2\x80\x98" "fine.\xE2\x80\x99" },
  { "spaces", "  A   title  \n   Many    spaces\there.   \n\n\n\nNext  one.  \n\n", -1, NULL,
    "A title", "Many spaces here.\n\nNext one." },
  { "utf-8 bom", "\xEF\xBB\xBF" "A title\nCaf\xC3\xA9 open.", -1, NULL,
    "A title", "Caf\xC3\xA9 open." },
  { "latin-1 fallback", "A title\nCaf\xE9 cr\xE8me.", -1, NULL,
    "A title", "Caf\xC3\xA9 cr\xC3\xA8me." },
  { "windows-1252 fallback", "A title\n\x93Quoted\x94 \x96 dash.", -1, NULL,
    "A title", "\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x93 dash." },
  { "content-type charset", "A title\n\xE1\xE2\xE3 letters.", -1, "text/plain; charset=ISO-8859-7",
    "A title", "\xCE\xB1\xCE\xB2\xCE\xB3 letters." },
  { "stray nul",
    "A title\nOne\0 stray nul byte sits in an otherwise ordinary line of text, long enough.",
    84, NULL,
    "A title", "One stray nul byte sits in an otherwise ordinary line of text, long enough." },
};

static void
test_text_normalisation (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (text_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineDocument) document = NULL;

      g_test_message ("case: %s", text_cases[i].name);
      document = import_data (text_cases[i].input, text_cases[i].length, "text.txt",
                              text_cases[i].content_type, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (document->title, ==, text_cases[i].title);
      g_assert_cmpstr (document->text, ==, text_cases[i].text);
    }
}

static GBytes *
utf16_bytes (const char *utf8,
             gboolean    big_endian,
             gboolean    with_bom)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *converted = NULL;
  gsize written = 0;
  GByteArray *data = g_byte_array_new ();

  converted = g_convert (utf8, -1, big_endian ? "UTF-16BE" : "UTF-16LE", "UTF-8",
                         NULL, &written, &error);
  g_assert_no_error (error);
  if (with_bom)
    g_byte_array_append (data, (const guint8 *) (big_endian ? "\xFE\xFF" : "\xFF\xFE"), 2);
  g_byte_array_append (data, (const guint8 *) converted, written);
  return g_byte_array_free_to_bytes (data);
}

/* With a byte order mark, and without one (recognised by its NUL bytes). */
static void
test_text_utf16 (void)
{
  for (guint i = 0; i < 4; i++)
    {
      gboolean big_endian = i & 1;
      gboolean with_bom = i & 2;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineDocument) document = NULL;

      g_test_message ("big endian: %d, byte order mark: %d", big_endian, with_bom);
      bytes = utf16_bytes ("A title\r\nCaf\xC3\xA9 \xE2\x82\xAC" "5 a cup.", big_endian, with_bom);
      document = claimline_import_bytes (bytes, "wide.txt", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (document->title, ==, "A title");
      g_assert_cmpstr (document->text, ==, "Caf\xC3\xA9 \xE2\x82\xAC" "5 a cup.");
    }
}

static const struct
{
  const char *name;
  const char *input;
  gssize      length;
} refused_encoding_cases[] = {
  { "image header", "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29 },
  { "control characters", "\x01\x02\x03\x04 some \x05\x06\x07\x08 text \x0E\x0F\x10", 23 },
  { "broken utf-16", "\xFF\xFE" "A\0B", 5 },
};

static void
test_text_refused (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (refused_encoding_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineDocument) document = NULL;

      g_test_message ("case: %s", refused_encoding_cases[i].name);
      document = import_data (refused_encoding_cases[i].input, refused_encoding_cases[i].length,
                              "odd.bin", NULL, &error);
      g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_ENCODING);
      g_assert_null (document);
      assert_one_line_message (error, "odd.bin");
    }
}

static void
test_content_hash (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;
  g_autoptr(ClaimlineDocument) from_file = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  gsize length = 0;

  document = import_data ("abc", -1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (document->content_hash, ==,
                   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  g_assert_cmpstr (document->title, ==, "abc");
  g_assert_cmpstr (document->text, ==, "abc");

  /* The hash is of the raw bytes, before any decoding or clean-up. */
  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "fixtures", "import", "debris.txt", NULL),
                       &contents, &length, &error);
  g_assert_no_error (error);
  expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  from_file = import_fixture ("debris.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (from_file->content_hash, ==, expected);
}

/* Errors */

static const struct
{
  const char *fixture;
  int         code;
  const char *message_start;
} file_error_cases[] = {
  { "does-not-exist.txt", CLAIMLINE_ERROR_NOT_FOUND, "No such file: " },
  { "", CLAIMLINE_ERROR_IS_DIRECTORY, "Is a directory" },
  { "empty.txt", CLAIMLINE_ERROR_EMPTY, "Empty file: " },
  { "blank.txt", CLAIMLINE_ERROR_EMPTY, "Empty file: " },
};

static void
test_file_errors (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (file_error_cases); i++)
    {
      const char *path = g_test_get_filename (G_TEST_DIST, "fixtures", "import",
                                              file_error_cases[i].fixture, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *display_name = g_file_get_parse_name (file);
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineDocument) document = NULL;

      g_test_message ("case: %s", path);
      document = claimline_import_file (file, NULL, &error);
      g_assert_error (error, CLAIMLINE_ERROR, file_error_cases[i].code);
      g_assert_null (document);
      g_assert_true (g_str_has_prefix (error->message, file_error_cases[i].message_start));
      assert_one_line_message (error, display_name);
    }
}

static GFile *
create_temp_file (const char *dir,
                  const char *name,
                  goffset     size,
                  const char *contents,
                  gsize       length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (G_OUTPUT_STREAM (stream), contents, length, NULL, NULL, &error);
  g_assert_no_error (error);
  /* Sparse: the size is real but no memory or disk is spent on it. */
  if (size > 0)
    g_seekable_truncate (G_SEEKABLE (stream), size, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

static void
test_file_errors_temporary (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("claimline-import-XXXXXX", &error);
  g_autoptr(GFile) large = NULL;
  g_autoptr(GFile) binary = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;

  g_assert_no_error (error);

  large = create_temp_file (dir, "large.txt", (goffset) CLAIMLINE_IMPORT_MAX_BYTES + 1, "A", 1);
  document = claimline_import_file (large, NULL, &error);
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE);
  g_assert_null (document);
  assert_one_line_message (error, "large.txt");
  g_clear_error (&error);

  binary = create_temp_file (dir, "photo.txt", 0, "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x01", 20);
  document = claimline_import_file (binary, NULL, &error);
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "Not a text file: "));
  assert_one_line_message (error, "photo.txt");
  g_clear_error (&error);

  g_file_delete (large, NULL, &error);
  g_assert_no_error (error);
  g_file_delete (binary, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static const struct
{
  const char *name;
  const char *input;
  const char *name_hint;
  const char *content_type;
} no_text_cases[] = {
  { "only headers", "Outlet: Valley Post\nPublished: 8 June 2025\n", "headers.txt", NULL },
  { "empty page", "<!doctype html><html><head><title>Nothing</title></head><body>"
    "<script>var x = 1;</script><nav>Home</nav></body></html>", "page.html", NULL },
  { "empty bytes", "", "nothing.txt", NULL },
};

static void
test_no_text (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (no_text_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineDocument) document = NULL;

      g_test_message ("case: %s", no_text_cases[i].name);
      document = import_data (no_text_cases[i].input, -1, no_text_cases[i].name_hint,
                              no_text_cases[i].content_type, &error);
      g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_EMPTY);
      g_assert_null (document);
      assert_one_line_message (error, no_text_cases[i].name_hint);
    }
}

/* HTML */

static void
test_html_article (void)
{
  static const char * const gone[] = {
    "do-not-import", "font-family", "navigation link", "Metro Dispatch home", "Sidebar quiz",
    "inline script", "You may also like", "Ten ways", "sign-up form", "footer text",
  };
  static const char * const kept[] = {
    "four-kilometre extension of the number 7 tram line",
    "\n\nSix new stops\n\n",
    "Construction is set to begin next year.\n\nResidents can comment",
    "\n\nBudget: 210 million euros\n\nOpening: 2029\n\n",
    "called the timetable \xE2\x80\x9Coptimistic\xE2\x80\x9D but backed the plan.",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = import_fixture ("article.html", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (document->title, ==, "Tram line extension wins funding");
  g_assert_cmpstr (document->outlet, ==, "Metro Dispatch");
  g_assert_cmpstr (document->author, ==, "Lena Okafor");
  g_assert_cmpstr (document->published, ==, "2026-02-03");
  g_assert_true (g_str_has_prefix (document->text, "The regional government has agreed"));
  for (gsize i = 0; i < G_N_ELEMENTS (gone); i++)
    assert_has (document->text, gone[i], FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS (kept); i++)
    assert_has (document->text, kept[i], TRUE);
  assert_paragraph_layout (document->text);
}

static void
test_html_fallbacks (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = import_fixture ("metadata-fallbacks.html", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (document->title, ==, "Museum night draws record crowds");
  g_assert_cmpstr (document->published, ==, "2025-11-22");
  g_assert_cmpstr (document->outlet, ==, "metadata-fallbacks");
  g_assert_null (document->author);
  assert_has (document->text, "enable scripts", FALSE);
  assert_has (document->text, "embedded player", FALSE);
  assert_has (document->text, "organisers said.\n\nQueues formed", TRUE);
}

static const struct
{
  const char *name;
  const char *input;
  const char *name_hint;
  const char *content_type;
  const char *title;
  const char *outlet;
  const char *published;
  const char *text;
} html_cases[] = {
  { "h1 title and time element",
    "<!DOCTYPE html><body><h1>Council &amp; mayor agree</h1>"
    "<p>Posted <time datetime=\"2024-10-01\">1 October</time></p>"
    "<p>The council and the mayor agreed on the budget late on Monday.</p></body>",
    "https://www.example.org/news/budget-deal", NULL,
    "Council & mayor agree", "example.org", "2024-10-01",
    "Posted 1 October\n\nThe council and the mayor agreed on the budget late on Monday." },
  { "detected by content type",
    "<p>The pool reopens on Friday after repairs.</p><p>Entry stays free for children.</p>",
    NULL, "text/html", "The pool reopens on Friday after repairs", NULL, NULL,
    "The pool reopens on Friday after repairs.\n\nEntry stays free for children." },
  { "meta charset",
    "<html><head><meta charset=\"iso-8859-7\"><title>Greek letters</title></head>"
    "<body><p>Alpha, beta and gamma: \xE1\xE2\xE3.</p></body></html>",
    "letters.htm", NULL, "Greek letters", "letters", NULL,
    "Alpha, beta and gamma: \xCE\xB1\xCE\xB2\xCE\xB3." },
  { "content-type meta",
    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
    "</head><body><p>A greeting: \xCF\xF0\xE8\xE2\xE5\xF2.</p></body></html>",
    "greeting.html", NULL,
    "A greeting: \xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82", "greeting", NULL,
    "A greeting: \xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82." },
  { "http charset wins over meta",
    "<html><head><meta charset=\"iso-8859-7\"></head><body><p>Caf\xE9 open.</p></body></html>",
    "cafe.html", "text/html; charset=ISO-8859-1", "Caf\xC3\xA9 open", "cafe", NULL,
    "Caf\xC3\xA9 open." },
};

static void
test_html_cases (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (html_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineDocument) document = NULL;

      g_test_message ("case: %s", html_cases[i].name);
      document = import_data (html_cases[i].input, -1, html_cases[i].name_hint,
                              html_cases[i].content_type, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (document->title, ==, html_cases[i].title);
      g_assert_cmpstr (document->outlet, ==, html_cases[i].outlet);
      g_assert_cmpstr (document->published, ==, html_cases[i].published);
      g_assert_cmpstr (document->text, ==, html_cases[i].text);
    }
}

/* The sample story: five real reports, kept outside the repository */

static const char * const seed_debris[] = {
  "Jump to", "Leave a Comment", "Your email address", "Required fields", "You may also like",
  "Read more such articles", "Game News", "Scroll to Top", "Loading jobs", "Categories",
  "GitHub AI Updates", "Agents for Everything", "Redefining Software Development",
  "hiring now",
};

static const struct
{
  const char *prefix;
  const char *title;
  const char *published;
  const char *kept[4];
  const char *text_end;
} seed_cases[] = {
  { "000_", "Meta in talks to invest $10B in Scale AI: Report", "2025-06-08",
    { "What's the story", "Key player in the generative AI boom",
      "revenues of $870 million last year", "Defense Llama project" },
    "augmented reality features." },
  { "001_", "Meta Considers Record-Breaking Investment in Scale AI", NULL,
    { "Financial Growth and Strategic Partnerships", "valued Scale AI at $13.8 billion",
      "Industry Impact", "Should Meta proceed" },
    "industries worldwide." },
  { "002_", "Meta plans $10 billion investment in Scale AI", NULL,
    { "$870 million in revenue in 2024", "Labor Concerns and Regulatory Attention",
      "A Signal to the AI Industry", NULL },
    "business of artificial intelligence." },
  { "003_",
    "Meta proposes to invest more than $10 billion in Scale AI, a new record of private financing",
    "2025-06-09",
    { "On 8 June, according to a source", "revenue of $870 million in 2023",
      "$13.8 billion", NULL },
    "(e.g. AI glasses)." },
  { "004_", "Meta targets Scale AI in big AI push", NULL,
    { "valuation to $25 billion", "approximately $13.8 billion",
      "Both Meta and Scale AI have engaged", NULL },
    "to develop AI agents." },
};

static GFile *
find_seed (GFile      *seeds,
           const char *prefix)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (seeds, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  while ((info = g_file_enumerator_next_file (children, NULL, &error)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      const char *name = g_file_info_get_name (owned);

      if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".txt"))
        return g_file_get_child (seeds, name);
    }
  g_assert_no_error (error);
  return NULL;
}

static void
check_seed (GFile *seeds,
            gsize  i)
{
  g_autoptr(GFile) file = find_seed (seeds, seed_cases[i].prefix);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;

  g_assert_nonnull (file);
  g_test_message ("seed: %s", seed_cases[i].prefix);
  document = claimline_import_file (file, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (document->title, ==, seed_cases[i].title);
  g_assert_cmpstr (document->published, ==, seed_cases[i].published);
  for (gsize j = 0; j < G_N_ELEMENTS (seed_debris); j++)
    assert_has (document->text, seed_debris[j], FALSE);
  for (gsize j = 0; j < G_N_ELEMENTS (seed_cases[i].kept) && seed_cases[i].kept[j]; j++)
    assert_has (document->text, seed_cases[i].kept[j], TRUE);
  g_assert_true (g_str_has_suffix (document->text, seed_cases[i].text_end));
  assert_paragraph_layout (document->text);
}

static void
test_seeds (void)
{
  const char *shared = g_getenv ("CLAIMLINE_SHARED_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GFile) seeds = NULL;

  if (shared != NULL)
    path = g_build_filename (shared, "seeds", NULL);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("CLAIMLINE_SHARED_DIR/seeds not found: set CLAIMLINE_SHARED_DIR");
      return;
    }

  seeds = g_file_new_for_path (path);
  for (gsize i = 0; i < G_N_ELEMENTS (seed_cases); i++)
    check_seed (seeds, i);
}

static void
test_date_order (void)
{
  const struct {
    const char *header;
    const char *month_first;
    const char *day_first;
  } cases[] = {
    { "Posted on 06/09/2025", "2025-06-09", "2025-09-06" },   /* either way round */
    { "Posted on 06/19/2025", "2025-06-19", "2025-06-19" },   /* 19 is no month */
    { "Published: 16 March 2026", "2026-03-16", "2026-03-16" },
    { "Published: 2025-06-08", "2025-06-08", "2025-06-08" },
    { "Posted on 05/05/2025", "2025-05-05", "2025-05-05" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = g_strdup_printf ("Quay fees rise\nOutlet: Test Wire\n%s\n\n"
                                               "The harbour board raised its fees last year.\n",
                                               cases[i].header);
      g_autoptr(ClaimlineDocument) document = import_data (text, -1, "fees.txt", "text/plain", &error);

      g_assert_no_error (error);
      g_assert_cmpstr (document->published, ==, cases[i].month_first);
      claimline_import_apply_date_order (document, CLAIMLINE_DATE_ORDER_MONTH_FIRST);
      g_assert_cmpstr (document->published, ==, cases[i].month_first);
      claimline_import_apply_date_order (document, CLAIMLINE_DATE_ORDER_DAY_FIRST);
      g_assert_cmpstr (document->published, ==, cases[i].day_first);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/date/parse", test_date_parse);
  g_test_add_func ("/import/date/scan", test_date_scan);
  g_test_add_func ("/import/plain/fields", test_plain_fields);
  g_test_add_func ("/import/plain/subheadings-kept", test_plain_subheadings_kept);
  g_test_add_func ("/import/plain/hard-wrapped", test_plain_hard_wrapped);
  g_test_add_func ("/import/plain/no-date-header", test_plain_no_date_header);
  g_test_add_func ("/import/plain/single-long-line", test_plain_single_long_line);
  g_test_add_func ("/import/debris/cues", test_debris_cues);
  g_test_add_func ("/import/debris/trailing-labels", test_debris_trailing_labels);
  g_test_add_func ("/import/debris/glued-tag", test_debris_glued_tag);
  g_test_add_func ("/import/text/normalisation", test_text_normalisation);
  g_test_add_func ("/import/text/utf16", test_text_utf16);
  g_test_add_func ("/import/text/refused", test_text_refused);
  g_test_add_func ("/import/text/content-hash", test_content_hash);
  g_test_add_func ("/import/errors/files", test_file_errors);
  g_test_add_func ("/import/errors/temporary-files", test_file_errors_temporary);
  g_test_add_func ("/import/errors/no-text", test_no_text);
  g_test_add_func ("/import/html/article", test_html_article);
  g_test_add_func ("/import/html/fallbacks", test_html_fallbacks);
  g_test_add_func ("/import/html/cases", test_html_cases);
  g_test_add_func ("/import/seeds", test_seeds);
  g_test_add_func ("/import/date-order", test_date_order);

  return g_test_run ();
}
