/* claimline-text.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A run of bytes of a text: [start, end). */
typedef struct
{
  gsize start;
  gsize end;
} ClaimlineSpan;

/* Paragraphs: runs of text between blank lines, trimmed. */
GArray *claimline_text_paragraphs (const char *text,
                                   gsize       length);

/* Sentences, each inside one paragraph (a line break always ends one), with
 * abbreviations ("U.S.", "Inc.", "Jan.", "No."), decimals ("$13.8") and
 * initials ("J. Smith") kept whole.  Spans are trimmed. */
GArray *claimline_text_sentences  (const char *text,
                                   gsize       length);

/* Word tokens: runs of letters, digits and marks, with inner apostrophes,
 * hyphens and dots between letters kept ("Meta's", "two-gigawatt", "U.S"). */
GArray *claimline_text_words      (const char *text,
                                   gsize       start,
                                   gsize       end);
/* The same, appended to SPANS (of ClaimlineSpan): a caller reading many
 * sentences reuses one array. */
void    claimline_text_append_words (GArray     *spans,
                                     const char *text,
                                     gsize       start,
                                     gsize       end);

/* The words TEXT writes with a capital where the capital is not just the
 * start of a sentence (inside one, or opening one as the first word of a
 * longer name, "Meta Platforms is …"): the names it keeps coming back to.
 * Lower-cased, trailing full stops dropped; word → count (GUINT_TO_POINTER). */
GHashTable *claimline_text_names (const char *text);

/* Whether claimline_text_names (TEXT) holds WORD, found without building
 * the table: for the few words a caller asks about. */
gboolean    claimline_text_has_name (const char *text,
                                     const char *word);

/* Character offset of byte OFFSET, walking forward from a known pair
 * (FROM_BYTE, FROM_CHAR) so that offsets in text order cost O(n) in all. */
gsize   claimline_text_char_offset (const char *text,
                                    gsize       from_byte,
                                    gsize       from_char,
                                    gsize       offset);

G_END_DECLS
