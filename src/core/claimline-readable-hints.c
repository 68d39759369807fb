/* claimline-readable-hints.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdlib.h>
#include <string.h>

#include "claimline-readable-private.h"
#include "claimline-resources.h"

/* Tokens longer than this are never a word of the lexicon plus a suffix
 * worth reading ("articlebodycontainerwrapper" still starts with "article"). */
#define MAX_TOKEN 48
/* Ids of this many tokens or more are slugs of headings. */
#define SLUG_TOKENS 4

typedef struct
{
  GHashTable *exact;    /* word → weight, for "=word" entries */
  GPtrArray  *prefixes; /* HintPrefix, for the others */
} HintLexicon;

typedef struct
{
  char *word;
  gsize length;
  int   weight;
} HintPrefix;

struct _ReadableHints
{
  const HintLexicon *lexicon;
  GHashTable        *cache; /* class value → weight, for this page */
};

static void
hint_prefix_free (gpointer data)
{
  HintPrefix *prefix = data;

  g_free (prefix->word);
  g_free (prefix);
}

static void
add_entry (HintLexicon *lexicon,
           const char  *entry)
{
  g_auto(GStrv) parts = g_strsplit_set (entry, " \t", -1);
  guint n = g_strv_length (parts);
  char *end = NULL;
  int weight;

  weight = n >= 2 ? (int) strtol (parts[n - 1], &end, 10) : 0;
  if (n < 2 || end == parts[n - 1] || *end != '\0' || *parts[0] == '\0')
    {
      g_warning ("Malformed readable hint: %s", entry);
      return;
    }

  if (parts[0][0] == '=')
    g_hash_table_insert (lexicon->exact, g_strdup (parts[0] + 1), GINT_TO_POINTER (weight));
  else
    {
      HintPrefix *prefix = g_new0 (HintPrefix, 1);

      prefix->word = g_strdup (parts[0]);
      prefix->length = strlen (prefix->word);
      prefix->weight = weight;
      g_ptr_array_add (lexicon->prefixes, prefix);
    }
}

/* Parsed once; like the lexicon itself it lives as long as the process. */
static const HintLexicon *
hint_lexicon (void)
{
  static HintLexicon *lexicon;

  if (g_once_init_enter (&lexicon))
    {
      const GPtrArray *entries = claimline_resources_get_lexicon ("readable-hints");
      HintLexicon *parsed = g_new0 (HintLexicon, 1);

      parsed->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      parsed->prefixes = g_ptr_array_new_with_free_func (hint_prefix_free);
      for (guint i = 0; i < entries->len; i++)
        add_entry (parsed, g_ptr_array_index (entries, i));
      g_once_init_leave (&lexicon, parsed);
    }
  return lexicon;
}

ReadableHints *
readable_hints_new (void)
{
  ReadableHints *hints = g_new0 (ReadableHints, 1);

  hints->lexicon = hint_lexicon ();
  hints->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return hints;
}

void
readable_hints_free (ReadableHints *hints)
{
  g_hash_table_unref (hints->cache);
  g_free (hints);
}

static int
weigh_token (const HintLexicon *lexicon,
             const char        *token,
             gsize              length)
{
  gpointer exact;

  if (g_hash_table_lookup_extended (lexicon->exact, token, NULL, &exact))
    return GPOINTER_TO_INT (exact);

  for (guint i = 0; i < lexicon->prefixes->len; i++)
    {
      const HintPrefix *prefix = g_ptr_array_index (lexicon->prefixes, i);

      if (prefix->length <= length && memcmp (prefix->word, token, prefix->length) == 0)
        return prefix->weight;
    }
  return 0;
}

/* A token ends at a byte that is not a letter, and before an upper-case letter
 * that follows a lower-case one. */
static gboolean
ends_token (const char *p)
{
  return !g_ascii_isalpha (p[1])
         || (g_ascii_islower (p[0]) && g_ascii_isupper (p[1]));
}

/* The weight of VALUE, doubled, plus one when a token of it hints at the
 * article: both fit in the one integer the cache keeps.  Sets OUT_TOKENS
 * to the number of tokens. */
static int
weigh_value (const HintLexicon *lexicon,
             const char        *value,
             guint             *out_tokens)
{
  char token[MAX_TOKEN + 1];
  gsize length = 0;
  int weight = 0;
  int article = 0;

  *out_tokens = 0;
  for (const char *p = value; *p != '\0'; p++)
    {
      if (!g_ascii_isalpha (*p))
        continue;
      if (length < MAX_TOKEN)
        token[length++] = g_ascii_tolower (*p);
      if (ends_token (p))
        {
          int token_weight;

          token[length] = '\0';
          token_weight = weigh_token (lexicon, token, length);
          weight += token_weight;
          article |= token_weight > 0;
          length = 0;
          (*out_tokens)++;
        }
    }
  return weight * 2 + article;
}

static int
unpack (int       packed,
        gboolean *out_article)
{
  *out_article |= (packed & 1) != 0;
  return (packed - (packed & 1)) / 2;
}

int
readable_hints_weigh_class (ReadableHints *hints,
                            const char    *value,
                            gboolean      *out_article)
{
  gpointer cached;
  guint tokens;
  int packed;

  if (value == NULL || *value == '\0')
    return 0;
  if (g_hash_table_lookup_extended (hints->cache, value, NULL, &cached))
    return unpack (GPOINTER_TO_INT (cached), out_article);

  packed = weigh_value (hints->lexicon, value, &tokens);
  g_hash_table_insert (hints->cache, g_strdup (value), GINT_TO_POINTER (packed));
  return unpack (packed, out_article);
}

int
readable_hints_weigh_id (ReadableHints *hints,
                         const char    *value,
                         gboolean      *out_article)
{
  guint tokens;
  int packed;

  if (value == NULL || *value == '\0')
    return 0;
  packed = weigh_value (hints->lexicon, value, &tokens);
  /* A long id is the slug of a heading ("sharing-with-a-team"), not a name
   * the page's designer gave a block. */
  return tokens < SLUG_TOKENS ? unpack (packed, out_article) : 0;
}
