/* claimline-timex-lexicon.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-resources.h"
#include "claimline-timex-private.h"

/* The vocabulary lives in data/lexicons/timex-*.txt, one "key = value" entry
 * a line.  Every entry becomes one TimexWord (several lexicons may add to the
 * same word), reachable from the tokenizer through a small open-addressing
 * table keyed by the FNV hash the tokenizer computes while it scans a word,
 * so a look-up costs no allocation and no second pass over the word. */

#define FAST_KEY_MAX 23

typedef struct
{
  guint32          hash;
  guint8           length;
  char             key[FAST_KEY_MAX];
  const TimexWord *word;
} FastSlot;

#define FILTER_BITS 65536

typedef struct
{
  FastSlot   *slots;
  guint       mask;
  guint64     filter[FILTER_BITS / 64]; /* one bit per hash: most words stop here */
  GHashTable *words;    /* key (words and phrases) -> TimexWord */
} TimexLexicon;

static TimexLexicon lexicon;

/* Function words and notations the grammar names (not vocabulary). */
static const struct
{
  const char   *word;
  TimexGrammar  grammar;
} grammar_words[] = {
  { "the", TG_THE }, { "of", TG_OF }, { "and", TG_AND }, { "or", TG_OR },
  { "to", TG_TO }, { "at", TG_AT }, { "on", TG_ON }, { "in", TG_IN },
  { "s", TG_S }, { "fiscal", TG_FISCAL }, { "fy", TG_FY }, { "q", TG_Q },
  { "h", TG_H }, { "t", TG_T }, { "st", TG_ST }, { "nd", TG_ST },
  { "rd", TG_ST }, { "th", TG_ST }, { "so", TG_SO }, { "other", TG_OTHER },
  { "more", TG_MORE }, { "half", TG_HALF }, { "year", TG_YEAR },
  { "am", TG_AM }, { "a", TG_AM }, { "pm", TG_PM }, { "p", TG_PM },
  { "m", TG_M }, { "o", TG_OCLOCK }, { "clock", TG_CLOCK }, { "oclock", TG_CLOCK },
  { "most", TG_MOST }, { "day", TG_DAY }, { "before", TG_BEFORE },
  { "after", TG_AFTER }, { "from", TG_FROM }, { "now", TG_NOW },
  { "every", TG_EVERY }, { "week", TG_WEEK }, { "period", TG_PERIOD },
  { "ago", TG_AGO }, { "years", TG_YEARS }, { "old", TG_OLD }, { "per", TG_PER },
  { "over", TG_OVER }, { "within", TG_WITHIN }, { "last", TG_LAST },
  { "local", TG_LOCAL }, { "time", TG_TIME }, { "during", TG_DURING },
  { "for", TG_FOR }, { "that", TG_THAT }, { "as", TG_AS }, { "end", TG_END },
};

static TimexWord *
lexicon_entry (const char *key)
{
  TimexWord *word = g_hash_table_lookup (lexicon.words, key);

  if (word == NULL)
    {
      const char *space;

      word = g_new0 (TimexWord, 1);
      word->ntokens = 1;
      for (space = strchr (key, ' '); space != NULL; space = strchr (space + 1, ' '))
        word->ntokens++;
      g_hash_table_insert (lexicon.words, g_strdup (key), word);
    }
  return word;
}

/* A phrase is found from its first word, which learns how long it may be;
 * its other words are marked so the tokenizer does not skip them. */
static void
mark_phrase (const char *key,
             gint8       ntokens)
{
  g_auto(GStrv) words = g_strsplit (key, " ", -1);
  TimexWord *first = lexicon_entry (words[0]);

  first->classes |= TW_PHRASE;
  first->max_phrase = MAX (first->max_phrase, ntokens);
  for (guint k = 1; words[k] != NULL; k++)
    lexicon_entry (words[k])->classes |= TW_PHRASE_PART;
}

static gboolean
has_flag (char * const *fields,
          const char   *flag)
{
  for (guint i = 1; fields[i] != NULL; i++)
    if (g_str_equal (fields[i], flag))
      return TRUE;
  return FALSE;
}

static TimexUnit
unit_from_name (const char *name)
{
  static const char *names[] = {
    [TU_SECOND] = "second", [TU_MINUTE] = "minute", [TU_HOUR] = "hour",
    [TU_DAY] = "day", [TU_WEEKEND] = "weekend", [TU_WEEK] = "week",
    [TU_FORTNIGHT] = "fortnight", [TU_MONTH] = "month", [TU_QUARTER] = "quarter",
    [TU_HALF] = "half", [TU_SEASON] = "season", [TU_YEAR] = "year",
    [TU_DECADE] = "decade", [TU_CENTURY] = "century", [TU_MILLENNIUM] = "millennium",
  };

  for (guint u = TU_SECOND; u < G_N_ELEMENTS (names); u++)
    if (g_str_equal (name, names[u]))
      return u;
  return TU_NONE;
}

static void
add_month (TimexWord *w, char **f)
{
  w->classes |= TW_MONTH;
  w->month = atoi (f[0]);
  if (has_flag (f, "abbrev"))
    w->classes |= TW_MONTH_ABBREV;
  if (has_flag (f, "ambiguous"))
    w->classes |= TW_MONTH_AMBIGUOUS;
}

static void
add_weekday (TimexWord *w, char **f)
{
  w->classes |= TW_WEEKDAY;
  w->weekday = atoi (f[0]);
  if (has_flag (f, "abbrev"))
    w->classes |= TW_WEEKDAY_ABBREV;
  if (has_flag (f, "plural"))
    w->classes |= TW_WEEKDAY_PLURAL;
}

static void
add_unit (TimexWord *w, char **f)
{
  w->unit = unit_from_name (f[0]);
  w->unit_count = 1;
  for (guint i = 1; f[i] != NULL; i++)
    if (g_ascii_isdigit (f[i][0]))
      w->unit_count = atoi (f[i]);
  if (has_flag (f, "set"))
    {
      w->classes |= TW_SET_ADVERB;
      return;
    }
  w->classes |= TW_UNIT;
  if (has_flag (f, "plural"))
    w->classes |= TW_UNIT_PLURAL;
  if (has_flag (f, "ambiguous"))
    w->classes |= TW_UNIT_AMBIGUOUS;
}

static void
add_number (TimexWord *w, char **f)
{
  w->number = g_str_equal (f[0], "x") ? TIMEX_AMOUNT_UNKNOWN : g_ascii_strtod (f[0], NULL);
  if (has_flag (f, "decade"))
    {
      w->classes |= TW_DECADE_WORD;
      return;
    }
  if (has_flag (f, "ordinal"))
    {
      w->classes |= TW_ORDINAL;
      return;
    }
  w->classes |= TW_NUMBER;
  if (has_flag (f, "article"))
    w->classes |= TW_ARTICLE;
  if (has_flag (f, "scale"))
    w->classes |= TW_SCALE;
}

static void
add_relative (TimexWord *w, char **f)
{
  const char *kind = f[0];
  int n = f[1] != NULL ? atoi (f[1]) : 0;

  if (g_str_equal (kind, "shift"))
    {
      w->classes |= TW_SHIFT;
      w->shift = n;
    }
  else if (g_str_equal (kind, "ago"))
    {
      w->classes |= TW_AGO;
      w->ago = n;
    }
  else if (g_str_equal (kind, "edge"))
    w->classes |= TW_EDGE;
  else if (g_str_equal (kind, "day"))
    {
      w->classes |= TW_DEICTIC;
      w->day_offset = n;
      if (f[1] != NULL && f[2] != NULL)
        {
          g_autofree char *code = g_ascii_strup (f[2], -1);

          g_strlcpy (w->part_of_day, code, sizeof w->part_of_day);
        }
    }
  else if (g_str_equal (kind, "future"))
    w->classes |= TW_FUTURE;
  else if (g_str_equal (kind, "set"))
    w->classes |= TW_SET_CUE;
  else if (g_str_equal (kind, "rate"))
    {
      w->classes |= TW_GRAMMAR;
      w->grammar = TG_RATE;
    }
}

static void
add_ref (TimexWord *w, char **f)
{
  g_autofree char *ref = g_ascii_strup (f[0], -1);

  w->classes |= TW_REF;
  w->ref = g_intern_string (ref);
}

static void
add_season (TimexWord *w, char **f)
{
  static const char *codes[] = { "sp", "su", "fa", "wi" };

  w->classes |= TW_SEASON;
  for (guint s = 0; s < G_N_ELEMENTS (codes); s++)
    if (g_str_equal (f[0], codes[s]))
      w->season = s;
  if (has_flag (f, "ambiguous"))
    w->classes |= TW_SEASON_AMBIGUOUS;
}

static void
add_part_of_day (TimexWord *w, char **f)
{
  if (has_flag (f, "clock"))
    {
      w->classes |= TW_CLOCK_WORD;
      w->hour = atoi (f[0]);
      w->minute = strchr (f[0], ':') != NULL ? atoi (strchr (f[0], ':') + 1) : 0;
      return;
    }
  w->classes |= TW_PART_OF_DAY;
  g_strlcpy (w->part_of_day, f[0], sizeof w->part_of_day);
  for (char *p = w->part_of_day; *p != '\0'; p++)
    *p = g_ascii_toupper (*p);
  /* a part of the day is no unit, so its plural can share the unit's flag */
  if (has_flag (f, "plural"))
    w->classes |= TW_UNIT_PLURAL;
}

static void
add_mod (TimexWord *w, char **f)
{
  g_autofree char *mod = f[1] != NULL ? g_ascii_strup (f[1], -1) : NULL;

  if (mod == NULL)
    return;
  if (g_str_equal (f[0], "position"))
    {
      w->classes |= TW_POSITION;
      w->position = g_str_equal (mod, "START") ? TP_START : g_str_equal (mod, "MID") ? TP_MID : TP_END;
    }
  else if (g_str_equal (f[0], "amount"))
    {
      w->classes |= TW_AMOUNT_MOD;
      w->mod = g_intern_string (mod);
    }
  else if (g_str_equal (f[0], "bound"))
    {
      w->classes |= TW_BOUND;
      w->mod = g_intern_string (mod);
    }
}

static void
add_zone (TimexWord *w, char **f)
{
  w->classes |= TW_ZONE;
}

typedef void (*AddFunc) (TimexWord *word, char **fields);

static void
load_lexicon (const char *name,
              AddFunc     add)
{
  const GPtrArray *lines = claimline_resources_get_lexicon (name);

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *equal = strchr (line, '=');
      g_autofree char *key = g_strstrip (g_strndup (line, equal != NULL ? (gsize) (equal - line) : strlen (line)));
      g_auto(GStrv) fields = g_strsplit_set (equal != NULL ? equal + 1 : "", " \t", -1);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) packed = NULL;
      TimexWord *word;

      for (guint f = 0; fields[f] != NULL; f++)
        if (fields[f][0] != '\0')
          g_strv_builder_add (builder, fields[f]);
      packed = g_strv_builder_end (builder);
      if (*key == '\0' || (equal != NULL && packed[0] == NULL))
        continue;
      word = lexicon_entry (key);
      add (word, packed);
      if (word->ntokens > 1)
        mark_phrase (key, word->ntokens);
    }
}

static void
fast_insert (const char      *key,
             const TimexWord *word)
{
  gsize length = strlen (key);
  guint32 hash = TIMEX_HASH_INIT;
  guint slot;

  if (length >= FAST_KEY_MAX || strchr (key, ' ') != NULL)
    return;
  for (gsize k = 0; k < length; k++)
    hash = timex_hash_step (hash, key[k]);
  for (slot = hash & lexicon.mask; lexicon.slots[slot].word != NULL; slot = (slot + 1) & lexicon.mask)
    ;
  lexicon.filter[(hash % FILTER_BITS) / 64] |= G_GUINT64_CONSTANT (1) << (hash % 64);
  lexicon.slots[slot].hash = hash;
  lexicon.slots[slot].length = length;
  memcpy (lexicon.slots[slot].key, key, length);
  lexicon.slots[slot].word = word;
}

static void
build_fast_table (void)
{
  guint size = 64;
  GHashTableIter iter;
  gpointer key, value;

  while (size < 4 * g_hash_table_size (lexicon.words))
    size *= 2;
  lexicon.slots = g_new0 (FastSlot, size);
  lexicon.mask = size - 1;
  g_hash_table_iter_init (&iter, lexicon.words);
  while (g_hash_table_iter_next (&iter, &key, &value))
    fast_insert (key, value);
}

static gpointer
load_all (gpointer data)
{
  lexicon.words = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint g = 0; g < G_N_ELEMENTS (grammar_words); g++)
    {
      TimexWord *word = lexicon_entry (grammar_words[g].word);

      word->classes |= TW_GRAMMAR;
      word->grammar = grammar_words[g].grammar;
    }
  load_lexicon ("timex-months", add_month);
  load_lexicon ("timex-weekdays", add_weekday);
  load_lexicon ("timex-units", add_unit);
  load_lexicon ("timex-numbers", add_number);
  load_lexicon ("timex-relative", add_relative);
  load_lexicon ("timex-refs", add_ref);
  load_lexicon ("timex-seasons", add_season);
  load_lexicon ("timex-parts-of-day", add_part_of_day);
  load_lexicon ("timex-mods", add_mod);
  load_lexicon ("timex-zones", add_zone);
  build_fast_table ();
  return NULL;
}

void
timex_lexicon_ensure (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, load_all, NULL);
}

/* WORD is LENGTH ASCII letters whose lower-case hash the tokenizer
 * computed. */
const TimexWord *
timex_lexicon_lookup (const char *word,
                      gsize       length,
                      guint32     hash)
{
  guint slot;

  if (length >= FAST_KEY_MAX ||
      !(lexicon.filter[(hash % FILTER_BITS) / 64] & (G_GUINT64_CONSTANT (1) << (hash % 64))))
    return NULL;
  for (slot = hash & lexicon.mask; lexicon.slots[slot].word != NULL; slot = (slot + 1) & lexicon.mask)
    {
      const FastSlot *s = &lexicon.slots[slot];

      gsize k = 0;

      if (s->hash != hash || s->length != length)
        continue;
      /* keys are lower case and WORD holds only letters */
      while (k < length && (word[k] | 0x20) == s->key[k])
        k++;
      if (k == length)
        return s->word;
    }
  return NULL;
}

const TimexWord *
timex_lexicon_phrase (const char *lower)
{
  return g_hash_table_lookup (lexicon.words, lower);
}
