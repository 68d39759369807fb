/* claimline-phrases.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One lexicon entry "some words = value". */
typedef struct
{
  char  **words;   /* lower-case words of the cue, NULL-terminated */
  guint   n_words;
  char   *value;   /* the text after " = " */
} ClaimlinePhrase;

typedef struct _ClaimlinePhraseTable ClaimlinePhraseTable;

/* The phrases of lexicon NAME ("claim-attributes"), parsed once and kept for
 * the life of the process. */
const ClaimlinePhraseTable *claimline_phrase_table_get   (const char                 *name);

/* claimline_phrase_table_get() for a constant NAME, looked up once per call
 * site: claim assembly asks for tables per word, and the lookup locks. */
#define CLAIMLINE_PHRASES(name)                                          \
  (__extension__ ({                                                      \
    static gsize claimline_once_;                                        \
    static const ClaimlinePhraseTable *claimline_table_;                 \
    if (g_once_init_enter (&claimline_once_))                            \
      {                                                                  \
        claimline_table_ = claimline_phrase_table_get (name);            \
        g_once_init_leave (&claimline_once_, 1);                         \
      }                                                                  \
    claimline_table_;                                                    \
  }))

/* The longest phrase of TABLE whose words are WORDS[AT], WORDS[AT+1], …
 * (lower-cased words of a sentence, N_WORDS of them), or NULL. */
const ClaimlinePhrase      *claimline_phrase_table_match (const ClaimlinePhraseTable *table,
                                                          const char * const         *words,
                                                          guint                       n_words,
                                                          guint                       at);

/* The value of a one-word phrase, or NULL. */
const char                 *claimline_phrase_table_lookup (const ClaimlinePhraseTable *table,
                                                           const char                 *word);

/* Several phrase tables keyed by one word lookup: claim assembly asks five
 * lexicons about every word, and one hash lookup is cheaper than five. */
#define CLAIMLINE_WORD_INDEX_MAX_TABLES 5

typedef struct _ClaimlineWordIndex ClaimlineWordIndex;

/* The index over the tables NAMES (at most CLAIMLINE_WORD_INDEX_MAX_TABLES),
 * built once per distinct NAMES array (pass a static array). */
const ClaimlineWordIndex *claimline_word_index_get (const char * const *names,
                                                    guint               n_names);

/* claimline_word_index_find() and claimline_phrase_list_match() are in
 * claimline-phrases-private.h. */

G_END_DECLS
