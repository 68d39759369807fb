/* test-text.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-text.h"

/* Sentences of INPUT joined with " | ". */
static char *
split_sentences (const char *input)
{
  g_autoptr(GArray) spans = claimline_text_sentences (input, strlen (input));
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      ClaimlineSpan span = g_array_index (spans, ClaimlineSpan, i);

      if (i > 0)
        g_string_append (joined, " | ");
      g_string_append_len (joined, input + span.start, span.end - span.start);
    }
  return g_string_free (joined, FALSE);
}

static void
test_sentences (void)
{
  const struct {
    const char *input;
    const char *expected;
  } cases[] = {
    { "The port reopened. Ships returned on Monday.",
      "The port reopened. | Ships returned on Monday." },
    { "Revenue was $13.8 billion. It grew.", "Revenue was $13.8 billion. | It grew." },
    { "The U.S. Department of Labor closed the case. Nobody appealed.",
      "The U.S. Department of Labor closed the case. | Nobody appealed." },
    { "Acme Inc. said profits rose. Shares fell.", "Acme Inc. said profits rose. | Shares fell." },
    { "The deal closed on Jan. 5 after talks. Staff cheered.",
      "The deal closed on Jan. 5 after talks. | Staff cheered." },
    { "Item No. 4 sold. Then J. R. Hartley bought it.",
      "Item No. 4 sold. | Then J. R. Hartley bought it." },
    { "Did it work? Yes! “It did.” Then silence.",
      "Did it work? | Yes! | “It did.” | Then silence." },
    { "A heading with no stop\nThe body starts here. And goes on.",
      "A heading with no stop | The body starts here. | And goes on." },
    { "Wait... then the rest.", "Wait... then the rest." },
    { "Prices rose (by 3%). Demand held.", "Prices rose (by 3%). | Demand held." },
    { "Le chiffre d’affaires a progressé. Été chaud.",
      "Le chiffre d’affaires a progressé. | Été chaud." },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *joined = split_sentences (cases[i].input);

      g_assert_cmpstr (joined, ==, cases[i].expected);
    }
}

static void
test_paragraphs (void)
{
  const char *text = "First line\nstill first.\n\n  Second.  \n \nThird";
  g_autoptr(GArray) spans = claimline_text_paragraphs (text, strlen (text));
  const char *expected[] = { "First line\nstill first.", "Second.", "Third" };

  g_assert_cmpuint (spans->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < spans->len; i++)
    {
      ClaimlineSpan span = g_array_index (spans, ClaimlineSpan, i);
      g_autofree char *paragraph = g_strndup (text + span.start, span.end - span.start);

      g_assert_cmpstr (paragraph, ==, expected[i]);
    }
}

static void
test_words (void)
{
  const char *text = "Meta’s two-gigawatt plan, in the U.S., costs $13.8bn — café!";
  const char *expected[] = { "Meta’s", "two-gigawatt", "plan", "in", "the", "U.S", "costs",
                             "13.8bn", "café" };
  g_autoptr(GArray) spans = claimline_text_words (text, 0, strlen (text));

  g_assert_cmpuint (spans->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < spans->len; i++)
    {
      ClaimlineSpan span = g_array_index (spans, ClaimlineSpan, i);
      g_autofree char *word = g_strndup (text + span.start, span.end - span.start);

      g_assert_cmpstr (word, ==, expected[i]);
    }
}

static void
test_char_offsets (void)
{
  const char *text = "é€a—b";
  gsize a = strstr (text, "a") - text;
  gsize b = strstr (text, "b") - text;
  gsize char_a = claimline_text_char_offset (text, 0, 0, a);

  g_assert_cmpuint (char_a, ==, 2);
  g_assert_cmpuint (claimline_text_char_offset (text, a, char_a, b), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/sentences", test_sentences);
  g_test_add_func ("/text/paragraphs", test_paragraphs);
  g_test_add_func ("/text/words", test_words);
  g_test_add_func ("/text/char-offsets", test_char_offsets);

  return g_test_run ();
}
