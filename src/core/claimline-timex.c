/* claimline-timex.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-timex-private.h"

/* The driver: tokens flow through a fixed window (so memory stays flat
 * however long the text), every matcher is tried at each token that can
 * start an expression, the longest match wins, and the winner is turned
 * into a ClaimlineTimex.  See claimline-timex-private.h for the parts. */

#define WINDOW     1024
#define LOOKAHEAD  48   /* no expression is longer than this many tokens */
#define LOOKBEHIND 16   /* context the matchers look back on */

void
claimline_timex_free (ClaimlineTimex *timex)
{
  /* its strings are in the same block */
  g_free (timex);
}

/* Copies STRING (may be NULL) to *SPACE, moving it on. */
static char *
place_string (char       **space,
              const char  *string,
              gsize        size)
{
  char *placed = *space;

  if (string == NULL)
    return NULL;
  memcpy (placed, string, size);
  *space += size;
  return placed;
}

/* A timex and its strings in one allocation. */
static ClaimlineTimex *
timex_new (const char *value,
           const char *mod,
           const char *low,
           const char *high)
{
  gsize value_size = strlen (value) + 1;
  gsize mod_size = mod != NULL ? strlen (mod) + 1 : 0;
  gsize low_size = low != NULL ? strlen (low) + 1 : 0;
  gsize high_size = high != NULL ? strlen (high) + 1 : 0;
  ClaimlineTimex *timex = g_malloc0 (sizeof *timex + value_size + mod_size + low_size + high_size);
  char *space = (char *) (timex + 1);

  timex->value = place_string (&space, value, value_size);
  timex->mod = place_string (&space, mod, mod_size);
  timex->low = place_string (&space, low, low_size);
  timex->high = place_string (&space, high, high_size);
  return timex;
}

static const TimexMatcher point_matchers[] = {
  timex_match_numeric_date,
  timex_match_month_date,
  timex_match_quarter,
  timex_match_year,
  timex_match_season,
  timex_match_relative,
  timex_match_deictic,
  timex_match_weekday,
};

/* In order of preference when two matches are as long. */
static const TimexMatcher all_matchers[] = {
  timex_match_numeric_date,
  timex_match_month_date,
  timex_match_clock,
  timex_match_quarter,
  timex_match_year,
  timex_match_season,
  timex_match_position,
  timex_match_relative,
  timex_match_ago,
  timex_match_deictic,
  timex_match_weekday,
  timex_match_set,
  timex_match_duration,
  timex_match_ref,
};

static gboolean
run_matchers (TimexCtx           *c,
              guint               i,
              const TimexMatcher *matchers,
              guint               n_matchers,
              TimexMatch         *best)
{
  gboolean found = FALSE;

  for (guint k = 0; k < n_matchers; k++)
    {
      TimexMatch m;

      if (matchers[k] (c, i, &m) && m.last > m.first && (!found || m.last > best->last))
        {
          *best = m;
          found = TRUE;
        }
    }
  return found;
}

/* The longest calendar point at token I (used under "early", "the end of"). */
gboolean
timex_match_point_core (TimexCtx   *c,
                        guint       i,
                        TimexMatch *m)
{
  return run_matchers (c, i, point_matchers, G_N_ELEMENTS (point_matchers), m) &&
         m->form == TIMEX_FORM_POINT;
}

/* A cheap test that spares the matchers most tokens: numbers, lexicon
 * words, and "the"/"a"/"about" only before another such token. */
static gboolean
could_start (const TimexCtx *c,
             guint           i)
{
  const TimexToken *t = &c->tok[i];
  const TimexToken *next;
  const guint64 strong = TW_MONTH | TW_WEEKDAY | TW_UNIT | TW_SET_ADVERB | TW_SHIFT | TW_DEICTIC |
                         TW_REF | TW_SEASON | TW_CLOCK_WORD | TW_POSITION | TW_SET_CUE | TW_EDGE |
                         TW_ORDINAL | TW_DECADE_WORD;

  if (t->kind == TT_NUMBER)
    return TRUE;
  if (t->word == NULL)
    return t->kind == TT_PUNCT && t->ch == '\'';
  if ((t->word->classes & strong) ||
      ((t->word->classes & TW_NUMBER) && !(t->word->classes & TW_ARTICLE)))
    return TRUE;
  if (t->word->grammar == TG_Q || t->word->grammar == TG_H || t->word->grammar == TG_FY ||
      t->word->grammar == TG_FISCAL || t->word->grammar == TG_YEAR || t->word->grammar == TG_HALF)
    return TRUE;
  next = timex_tok (c, i + 1);
  /* "two-year" */
  if (next != NULL && next->kind == TT_PUNCT && next->ch == '-' && timex_glued (c, i + 1))
    next = timex_tok (c, i + 2);
  if (next == NULL)
    return FALSE;
  return next->kind == TT_NUMBER || (next->kind == TT_PUNCT && next->ch == '\'') ||
         (next->word != NULL && (next->word->classes & ~(TW_GRAMMAR | TW_BOUND | TW_FUTURE)) != 0) ||
         (next->word != NULL && (next->word->grammar == TG_YEAR || next->word->grammar == TG_DAY ||
                                 next->word->grammar == TG_FISCAL || next->word->grammar == TG_Q ||
                                 next->word->grammar == TG_HALF));
}

/* "since 2016", "by the end of next year": a bound word before a date
 * leaves one end of it open, unless it starts a range ("from 2020 to"). */
static const TimexWord *
bound_before (const TimexCtx   *c,
              const TimexMatch *m)
{
  const TimexWord *w = m->first > 0 ? timex_word (c, m->first - 1) : NULL;
  const TimexWord *after = timex_word (c, m->last);

  if (w == NULL || !(w->classes & TW_BOUND) || m->form != TIMEX_FORM_POINT)
    return NULL;
  if (timex_is_punct (c, m->last, '-') ||
      (after != NULL && (after->grammar == TG_TO || after->grammar == TG_AND ||
                         (after->classes & TW_BOUND))))
    return NULL;
  return w;
}

static void
apply_bound (const char *mod,
             gint32     *low,
             gint32     *high,
             gboolean   *has_low,
             gboolean   *has_high)
{
  if (g_str_equal (mod, "ON_OR_AFTER"))
    *has_high = FALSE;
  else if (g_str_equal (mod, "ON_OR_BEFORE"))
    *has_low = FALSE;
  else if (g_str_equal (mod, "BEFORE"))
    *high = *low - 1, *has_low = FALSE;
  else if (g_str_equal (mod, "AFTER"))
    *low = *high + 1, *has_high = FALSE;
}

static void
point_bounds (const TimexCtx   *c,
              const TimexMatch *m,
              const TimexWord  *bound,
              gint32           *low,
              gint32           *high,
              gboolean         *has_low,
              gboolean         *has_high)
{
  if (!timex_point_range (&m->point, low, high))
    return;
  *has_low = *has_high = TRUE;
  if (c->has_dct && m->clip < 0)
    *high = MIN (*high, c->dct);
  else if (c->has_dct && m->clip > 0)
    *low = MAX (*low, c->dct);
  if (bound != NULL)
    apply_bound (bound->mod, low, high, has_low, has_high);
}

static void
ref_bounds (const TimexCtx   *c,
            const TimexMatch *m,
            gint32           *low,
            gint32           *high,
            gboolean         *has_low,
            gboolean         *has_high)
{
  if (!c->has_dct)
    return;
  *low = *high = c->dct;
  *has_low = !g_str_equal (m->ref, "PAST_REF");
  *has_high = !g_str_equal (m->ref, "FUTURE_REF");
}

/* "the past 18 months" runs from 18 months before the DCT to the DCT. */
static void
duration_bounds (const TimexCtx   *c,
                 const TimexMatch *m,
                 gint32           *low,
                 gint32           *high,
                 gboolean         *has_low,
                 gboolean         *has_high)
{
  if (!c->has_dct || m->anchor == 0)
    return;
  *low = *high = c->dct;
  *has_low = *has_high = TRUE;
  if (m->amount < 0)
    *(m->anchor < 0 ? has_low : has_high) = FALSE;
  else if (m->anchor < 0)
    *low = timex_add_units (c->dct, m->unit, -m->amount);
  else
    *high = timex_add_units (c->dct, m->unit, m->amount);
}

static void
format_value (const TimexMatch *m,
              char             *value,
              gsize             size)
{
  if (m->form == TIMEX_FORM_REF)
    g_strlcpy (value, m->ref, size);
  else if (m->form == TIMEX_FORM_DURATION || (m->form == TIMEX_FORM_SET && m->unit != TU_NONE))
    timex_duration_format (m->amount, m->unit, value, size);
  else
    {
      timex_point_format (&m->point, value, size);
      if (m->time[0] != '\0')
        {
          g_strlcat (value, "T", size);
          g_strlcat (value, m->time, size);
        }
    }
}

static ClaimlineTimex *
timex_from_match (TimexCtx         *c,
                  const TimexMatch *m)
{
  ClaimlineTimex *timex;
  const TimexWord *bound = bound_before (c, m);
  char value[64], low_day[16], high_day[16];
  gint32 low = 0, high = 0;
  gboolean has_low = FALSE, has_high = FALSE;

  format_value (m, value, sizeof value);
  if (m->form == TIMEX_FORM_POINT)
    point_bounds (c, m, bound, &low, &high, &has_low, &has_high);
  else if (m->form == TIMEX_FORM_REF)
    ref_bounds (c, m, &low, &high, &has_low, &has_high);
  else if (m->form == TIMEX_FORM_DURATION)
    duration_bounds (c, m, &low, &high, &has_low, &has_high);
  if (has_low)
    timex_format_day (low, low_day, sizeof low_day);
  if (has_high)
    timex_format_day (high, high_day, sizeof high_day);
  timex = timex_new (value, m->mod != NULL ? m->mod : bound != NULL ? bound->mod : NULL,
                     has_low ? low_day : NULL, has_high ? high_day : NULL);
  timex->start = c->tok[m->first].start;
  timex->end = c->tok[m->last - 1].end;
  timex->type = m->type;
  timex->relative = m->relative;
  timex->resolved = !m->relative || c->has_dct;

  /* remembered for "the quarter" and "a year earlier" further on */
  if (m->names_quarter && timex_point_known (&m->point))
    {
      c->last_quarter = m->point;
      c->last_quarter_end = timex->end;
    }
  return timex;
}

static void
scan_window (TimexCtx  *c,
             guint     *i,
             guint      limit,
             GPtrArray *found)
{
  while (*i < limit)
    {
      TimexMatch m;

      if (could_start (c, *i) &&
          run_matchers (c, *i, all_matchers, G_N_ELEMENTS (all_matchers), &m))
        {
          g_ptr_array_add (found, timex_from_match (c, &m));
          *i = m.last;
        }
      else
        (*i)++;
    }
}

static void
ctx_set_dct (TimexCtx    *c,
             const GDate *dct)
{
  c->has_dct = dct != NULL && g_date_valid (dct);
  if (!c->has_dct)
    return;
  c->dct_year = g_date_get_year (dct);
  c->dct_month = g_date_get_month (dct);
  c->dct_day = g_date_get_day (dct);
  c->dct = timex_day_number (c->dct_year, c->dct_month, c->dct_day);
}

GPtrArray *
claimline_timex_find (const char  *text,
                      gssize       length,
                      const GDate *dct)
{
  GPtrArray *found;
  g_autofree TimexToken *tokens = NULL;
  guint8 standalone[WINDOW];
  TimexNumberMemo numbers;
  TimexTokenizer tz;
  TimexPhraseMemo phrases = { 0 };
  TimexCtx c = { 0 };
  gboolean eof = FALSE;
  guint n = 0, i = 0;

  g_return_val_if_fail (text != NULL || length == 0,
                        g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_timex_free));

  timex_lexicon_ensure ();
  if (length < 0)
    length = strlen (text);
  /* room for as many as the densest texts hold (one every 100 bytes or
   * so), that the array seldom grows */
  found = g_ptr_array_new_full (length / 96 + 1, (GDestroyNotify) claimline_timex_free);
  tokens = g_new (TimexToken, WINDOW);
  timex_tokenizer_init (&tz, text, length);
  c.text = text;
  c.tok = tokens;
  c.phrases = &phrases;
  c.standalone = standalone;
  c.numbers = &numbers;
  ctx_set_dct (&c, dct);

  for (;;)
    {
      guint keep;

      if (!eof)
        {
          guint wanted = WINDOW - n;
          guint got = timex_tokenizer_fill (&tz, tokens + n, wanted);

          n += got;
          eof = got < wanted;
        }
      c.n = n;
      /* the window changed: what was worked out on it no longer holds */
      memset (standalone, TIMEX_STANDALONE_UNKNOWN, n);
      numbers.at = 0;
      scan_window (&c, &i, eof ? n : n - LOOKAHEAD, found);
      if (eof)
        break;
      /* slide: keep the unscanned tokens and a little context before them */
      keep = MIN (i, n) > LOOKBEHIND ? MIN (i, n) - LOOKBEHIND : 0;
      memmove (tokens, tokens + keep, (n - keep) * sizeof *tokens);
      phrases.start = 0;
      n -= keep;
      i -= keep;
    }
  return found;
}
