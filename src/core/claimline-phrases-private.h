/* claimline-phrases-private.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "claimline-phrases.h"

G_BEGIN_DECLS

/* The word index laid open, so that claimline_word_index_find() and
 * claimline_phrase_list_match(), asked about every word of every sentence
 * read, are inlined where they are used. */

/* One word of the index in its open-addressing table. */
typedef struct
{
  const char  *word;    /* NULL: an empty slot */
  guint32      hash;
  guint32      length;
  GPtrArray  **lists;
} ClaimlineWordSlot;

struct _ClaimlineWordIndex
{
  guint              n_tables;
  GHashTable        *entries;  /* word → GPtrArray*[n_tables], the tables' own lists */
  /* by the first byte of a word, a bit per length (lengths from 31 share
   * the last bit): which words may be entries at all */
  guint32            lengths[256];
  /* ENTRIES again, in open addressing by an FNV-1a hash of the bytes: a
   * word of a sentence is looked up by pointer and length, no copy */
  ClaimlineWordSlot *slots;
  guint32            mask;     /* slots - 1, a power of two minus one */
};

/* FNV-1a */
static inline guint32
claimline_word_hash (const char *word,
                     gsize       length)
{
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < length; i++)
    hash = (hash ^ (guchar) word[i]) * 16777619u;
  return hash;
}

static inline guint32
claimline_word_length_bit (gsize length)
{
  return 1u << MIN (length, 31);
}

/* The phrase lists of the tables of INDEX (in the order of its NAMES; each
 * NULL when the table has no phrase starting with the LENGTH bytes at WORD,
 * lower-cased), or NULL when none has: a word is looked up by pointer and
 * length, without a copy, and many words in no table without hashing. */
static inline GPtrArray * const *
claimline_word_index_find (const ClaimlineWordIndex *index,
                           const char               *word,
                           gsize                     length)
{
  guint32 hash;

  if (length == 0 || (index->lengths[(guchar) word[0]] & claimline_word_length_bit (length)) == 0)
    return NULL;
  hash = claimline_word_hash (word, length);
  for (guint32 at = hash & index->mask; index->slots[at].word != NULL; at = (at + 1) & index->mask)
    {
      const ClaimlineWordSlot *slot = &index->slots[at];

      if (slot->hash == hash && slot->length == length && memcmp (slot->word, word, length) == 0)
        return slot->lists;
    }
  return NULL;
}

/* The longest of CANDIDATES (phrases starting with WORDS[AT]) that matches. */
static inline const ClaimlinePhrase *
claimline_phrase_list_match (GPtrArray          *candidates,
                             const char * const *words,
                             guint               n_words,
                             guint               at)
{
  if (candidates == NULL || at >= n_words)
    return NULL;

  for (guint i = 0; i < candidates->len; i++)
    {
      const ClaimlinePhrase *phrase = g_ptr_array_index (candidates, i);
      guint k;

      if (at + phrase->n_words > n_words)
        continue;
      for (k = 1; k < phrase->n_words; k++)
        if (strcmp (phrase->words[k], words[at + k]) != 0)
          break;
      if (k == phrase->n_words)
        return phrase;
    }
  return NULL;
}

G_END_DECLS
