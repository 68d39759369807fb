/* claimline-text-decode.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Turns raw input bytes into UTF-8.  A byte order mark wins, then CHARSET
 * (from a content type or an HTML meta tag; may be NULL), then valid UTF-8,
 * then Windows-1252 / Latin-1; UTF-16 without a mark is recognised by its
 * NUL bytes.  Binary data fails with CLAIMLINE_ERROR_ENCODING;
 * DISPLAY_NAME names the input in messages. */
char      *claimline_text_decode            (GBytes      *bytes,
                                             const char  *charset,
                                             const char  *display_name,
                                             GError     **error);

/* Unix line ends, Unicode spaces as plain spaces, invisible format
 * characters and stray control characters removed, runs of spaces
 * collapsed, every line trimmed and runs of blank lines cut to one. */
char      *claimline_text_normalise         (const char  *text);

/* TEXT normalised onto a single line (for titles, names and the like). */
char      *claimline_text_collapse          (const char  *text);

gboolean   claimline_text_is_blank          (const char  *text);

/* Splits normalised text into paragraphs: one per line, except that with
 * REWRAP set, a line starting in lower case continues the previous one and
 * hard-wrapped text (blank-line separated blocks of similar-length lines) is
 * joined back into its paragraphs. */
GPtrArray *claimline_text_split_paragraphs  (const char  *normalised,
                                             gboolean     rewrap);

/* PARAGRAPHS separated by exactly one blank line. */
char      *claimline_text_join_paragraphs   (GPtrArray   *paragraphs);

/* The first sentence of TEXT, cut at a word boundary to at most MAX_CHARS
 * characters, as a stand-in title. */
char      *claimline_text_headline          (const char  *text,
                                             guint        max_chars);

guint      claimline_text_count_words       (const char  *text);

/* Whether TEXT ends with sentence punctuation, closing quotes and brackets
 * aside. */
gboolean   claimline_text_ends_sentence     (const char  *text);

G_END_DECLS
