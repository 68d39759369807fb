/* claimline-timex-durations.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-timex-private.h"

/* Amounts of time ("five years", "a decade", "the past 18 months", "a
 * 10-year bond"), sets ("every year", "annually", "every Monday", "$5 a
 * year") and clock times ("9:30 a.m.", "noon Saturday"). */

/* "or so", "or more" after an amount */
guint
timex_parse_amount_suffix (const TimexCtx *c,
                           guint           k,
                           TimexMatch     *m)
{
  if (!timex_is_grammar (c, k, TG_OR))
    return k;
  if (timex_is_grammar (c, k + 1, TG_SO))
    {
      m->mod = "APPROX";
      return k + 2;
    }
  /* "or more", but not "or more than four days", a second amount */
  if (timex_is_grammar (c, k + 1, TG_MORE) && !timex_is_class (c, k + 2, TW_PHRASE_PART))
    {
      m->mod = "EQUAL_OR_MORE";
      return k + 2;
    }
  return k;
}

/* May the unit word at K count AMOUNT of itself? */
static gboolean
unit_counts (const TimexCtx *c,
             guint           k,
             double          amount,
             gboolean        article,
             gboolean        hyphen)
{
  const TimexWord *u = timex_word (c, k);

  if (u == NULL || !(u->classes & TW_UNIT) || u->unit == TU_SEASON || u->unit == TU_WEEKEND)
    return FALSE;
  /* "a second round", "a quarter of the shares" */
  if ((u->classes & TW_UNIT_AMBIGUOUS) && (article || amount != 1))
    return FALSE;
  if (u->unit == TU_QUARTER && article)
    return FALSE;
  /* "a five year low" and "a 10-year bond" take the singular, "the 1988
   * quarter" is no amount */
  if ((u->classes & TW_UNIT_PLURAL) && hyphen)
    return FALSE;
  if (!(u->classes & TW_UNIT_PLURAL) && amount >= 1000)
    return FALSE;
  /* "year-earlier", "year-end"; "six years old", "a 6-year-old" is an age */
  if (timex_is_punct (c, k + 1, '-') && timex_glued (c, k + 1) && timex_glued (c, k + 2))
    return FALSE;
  if (timex_is_grammar (c, k + 1, TG_OLD))
    return FALSE;
  return TRUE;
}

/* "half a year", "half an hour", "a year and a half". */
static gboolean
parse_half (const TimexCtx *c,
            guint           j,
            double         *amount,
            guint          *unit_at)
{
  if (timex_is_grammar (c, j, TG_HALF) && timex_is_class (c, j + 1, TW_ARTICLE))
    {
      *amount = 0.5;
      *unit_at = j + 2;
      return TRUE;
    }
  return FALSE;
}

static guint
parse_and_a_half (const TimexCtx *c,
                  guint           k,
                  TimexMatch     *m)
{
  guint j = timex_is_class (c, k + 1, TW_ARTICLE) ? k + 2 : k + 1;

  /* "an hour and a half", "one hour and half" */
  if (timex_is_grammar (c, k, TG_AND) && timex_is_grammar (c, j, TG_HALF) && m->amount >= 0)
    {
      m->amount += 0.5;
      return j + 1;
    }
  return k;
}

/* The part from the amount on: "five years", "10-year", "a decade". */
static gboolean
parse_amount_unit (TimexCtx   *c,
                   guint       j,
                   TimexMatch *m)
{
  double amount;
  gboolean article = FALSE, hyphen = FALSE;
  guint k;
  const TimexWord *u;

  if (!parse_half (c, j, &amount, &k))
    {
      if (!timex_parse_number (c, j, &amount, &k, &article))
        return FALSE;
      if (timex_is_grammar (c, k, TG_MORE))
        k++;
      if (timex_is_punct (c, k, '-') && timex_glued (c, k) && timex_glued (c, k + 1))
        {
          k++;
          hyphen = TRUE;
        }
    }
  if (!unit_counts (c, k, amount, article, hyphen))
    return FALSE;
  u = timex_word (c, k);
  m->amount = amount;
  m->unit = u->unit;
  m->last = parse_and_a_half (c, k + 1, m);
  return TRUE;
}

/* "years", "decades", "months": an unknown amount, after "for", "in",
 * "within", "over" ("for years", "within weeks"). */
static gboolean
match_bare_plural (TimexCtx   *c,
                   guint       i,
                   TimexMatch *m)
{
  const TimexWord *u = timex_word (c, i);
  const TimexWord *prev = timex_word (c, i - 1);

  if (u == NULL || !(u->classes & TW_UNIT_PLURAL) || !(u->classes & TW_UNIT) ||
      u->unit < TU_WEEK || u->unit == TU_SEASON || u->unit == TU_QUARTER || prev == NULL)
    return FALSE;
  if (!(prev->grammar == TG_FOR || prev->grammar == TG_IN || prev->grammar == TG_WITHIN ||
        prev->grammar == TG_OVER))
    return FALSE;
  if (timex_is_grammar (c, i + 1, TG_OF) || timex_is_class (c, i + 1, TW_AGO))
    return FALSE;
  timex_match_init (m, i, TIMEX_FORM_DURATION);
  m->type = CLAIMLINE_TIMEX_DURATION;
  m->amount = TIMEX_AMOUNT_UNKNOWN;
  m->unit = u->unit;
  m->last = i + 1;
  return TRUE;
}

gboolean
timex_match_duration (TimexCtx   *c,
                      guint       i,
                      TimexMatch *m)
{
  const TimexWord *w;
  guint j = i, n;

  timex_match_init (m, i, TIMEX_FORM_DURATION);
  m->type = CLAIMLINE_TIMEX_DURATION;
  if ((w = timex_phrase_at (c, j, TW_AMOUNT_MOD, &n)) != NULL &&
      !((w->classes & TW_NUMBER) && n == 1 && !timex_is_number (c, j + 1)))
    {
      j += n;
      m->mod = w->mod;
    }
  /* "the nine months", "the first nine months" */
  if (timex_is_grammar (c, j, TG_THE))
    {
      int ordinal;
      guint k;

      j++;
      if (timex_parse_ordinal (c, j, &ordinal, &k) && ordinal == 1)
        j = k;
    }
  if (!parse_amount_unit (c, j, m))
    return match_bare_plural (c, i, m);
  /* "the 30-day period": the article belongs to the noun */
  if (j == i + 1 && timex_is_grammar (c, i, TG_THE) && timex_is_punct (c, m->last - 2, '-'))
    m->first = j;
  if (j > i && timex_is_grammar (c, j - 1, TG_THE) && m->amount < 0)
    return FALSE;
  m->last = timex_parse_amount_suffix (c, m->last, m);
  return TRUE;
}

static void
set_rate (TimexMatch *m,
          double      amount,
          TimexUnit   unit)
{
  m->form = TIMEX_FORM_SET;
  m->type = CLAIMLINE_TIMEX_SET;
  m->amount = amount;
  m->unit = unit;
}

/* "every other week", "each year", "every three years", "every Monday",
 * "each July", "every morning". */
static gboolean
match_every (TimexCtx   *c,
             guint       i,
             TimexMatch *m)
{
  const TimexWord *x;
  double amount = 1;
  gboolean article;
  guint k = i + 1, end;

  if (timex_is_grammar (c, k, TG_OTHER))
    {
      amount = 2;
      k++;
    }
  else if (timex_parse_number (c, k, &amount, &end, &article) && !article)
    k = end;
  x = timex_word (c, k);
  if (x == NULL)
    return FALSE;
  m->last = k + 1;
  if ((x->classes & TW_UNIT) && x->unit != TU_WEEKEND && x->unit != TU_SEASON)
    {
      set_rate (m, amount, x->unit);
      return TRUE;
    }
  if (amount != 1)
    return FALSE;
  m->form = TIMEX_FORM_SET;
  m->type = CLAIMLINE_TIMEX_SET;
  m->point = timex_point_unknown (TIMEX_GRAN_DAY);
  if ((x->classes & TW_WEEKDAY) && !(x->classes & TW_WEEKDAY_ABBREV))
    {
      m->point.weekday = x->weekday;
      if (timex_is_class (c, k + 1, TW_PART_OF_DAY))
        {
          g_strlcpy (m->time, timex_word (c, k + 1)->part_of_day, sizeof m->time);
          m->last++;
        }
    }
  else if ((x->classes & TW_MONTH) && !(x->classes & TW_MONTH_ABBREV))
    {
      m->point.gran = TIMEX_GRAN_MONTH;
      m->point.index = x->month;
    }
  else if (x->classes & TW_SEASON)
    {
      m->point.gran = TIMEX_GRAN_SEASON;
      m->point.index = x->season + 1;
    }
  else if (x->classes & TW_PART_OF_DAY)
    g_strlcpy (m->time, x->part_of_day, sizeof m->time);
  else
    return FALSE;
  return TRUE;
}

/* "a year" after a figure or "twice" is a rate: "$5 billion a year". */
static gboolean
match_rate (TimexCtx   *c,
            guint       i,
            TimexMatch *m)
{
  const TimexToken *prev = timex_tok (c, i - 1);
  const TimexWord *u = timex_word (c, i + 1);

  if (prev == NULL || u == NULL || !(u->classes & TW_UNIT) || (u->classes & TW_UNIT_PLURAL) ||
      u->unit == TU_SEASON || u->unit == TU_QUARTER)
    return FALSE;
  if (!(prev->kind == TT_NUMBER || (prev->kind == TT_PUNCT && prev->ch == '%') ||
        (prev->word != NULL && prev->word->grammar == TG_RATE)))
    return FALSE;
  set_rate (m, 1, u->unit);
  m->last = i + 2;
  return TRUE;
}

gboolean
timex_match_set (TimexCtx   *c,
                 guint       i,
                 TimexMatch *m)
{
  const TimexWord *w = timex_word (c, i);

  if (w == NULL)
    return FALSE;
  timex_match_init (m, i, TIMEX_FORM_SET);
  m->type = CLAIMLINE_TIMEX_SET;
  if (w->classes & TW_SET_ADVERB)
    {
      const TimexToken *next = timex_tok (c, i + 1);

      /* "a quarterly dividend", "the daily Granma": an adjective */
      if (next != NULL && next->kind == TT_WORD && next->word == NULL)
        return FALSE;
      set_rate (m, w->unit_count, w->unit);
      m->last = i + 1;
      return TRUE;
    }
  if ((w->classes & TW_SET_CUE) && w->grammar == TG_PER)
    {
      const TimexWord *u = timex_word (c, i + 1);

      if (u == NULL || !(u->classes & TW_UNIT) || (u->classes & TW_UNIT_PLURAL))
        return FALSE;
      set_rate (m, 1, u->unit);
      m->last = i + 2;
      return TRUE;
    }
  if (w->classes & TW_SET_CUE)
    return match_every (c, i, m);
  if (w->classes & TW_ARTICLE)
    return match_rate (c, i, m);
  return FALSE;
}

/* "a.m.", "am", "PM", "p.m": 0 for morning, 12 for afternoon, -1 none. */
static int
parse_meridiem (const TimexCtx *c,
                guint           k,
                guint          *end)
{
  const TimexWord *w = timex_word (c, k);
  int offset;

  if (w == NULL || (w->grammar != TG_AM && w->grammar != TG_PM))
    return -1;
  offset = w->grammar == TG_AM ? 0 : 12;
  if (c->tok[k].length == 2)
    {
      const TimexToken *next = timex_tok (c, k + 1);

      /* "3am3ioY" in a link is no time */
      if (next != NULL && timex_glued (c, k + 1) && next->kind != TT_PUNCT)
        return -1;
      *end = k + 1;
      return offset;
    }
  /* "a.m." spelled with dots */
  if (!timex_is_punct (c, k + 1, '.') || !timex_glued (c, k + 1) || !timex_is_grammar (c, k + 2, TG_M) ||
      !timex_glued (c, k + 2))
    return -1;
  *end = k + 3;
  /* the last dot, unless it also ends the sentence ("at 6 a.m. Police said") */
  if (timex_is_punct (c, k + 3, '.') && timex_glued (c, k + 3))
    {
      const TimexToken *next = timex_tok (c, k + 4);

      if (next != NULL && !(next->flags & TF_PARAGRAPH) &&
          (!(next->flags & TF_CAPITAL) || (next->word != NULL && (next->word->classes & ~TW_GRAMMAR))))
        *end = k + 4;
    }
  return offset;
}

/* "9:30", "9", "1140": hour and minutes; FALSE when it is no time. */
static gboolean
parse_clock_digits (const TimexCtx *c,
                    guint           i,
                    int            *hour,
                    int            *minute,
                    guint          *end)
{
  const TimexToken *t = &c->tok[i];

  *minute = 0;
  if (t->length <= 2 && timex_is_punct (c, i + 1, ':') && timex_glued (c, i + 1) &&
      timex_is_number (c, i + 2) && timex_glued (c, i + 2) && c->tok[i + 2].length == 2)
    {
      *hour = t->number;
      *minute = c->tok[i + 2].number;
      *end = i + 3;
      /* seconds */
      if (timex_is_punct (c, *end, ':') && timex_glued (c, *end) && timex_is_number (c, *end + 1))
        *end += 2;
    }
  else if (t->length <= 2)
    {
      *hour = t->number;
      *end = i + 1;
    }
  else if (t->length <= 4 && t->number % 100 < 60)
    {
      *hour = t->number / 100;
      *minute = t->number % 100;
      *end = i + 1;
    }
  else
    return FALSE;
  return *hour <= 24 && *minute < 60 && !(timex_glued (c, i) && c->tok[i - 1].kind != TT_PUNCT);
}

static gboolean
clock_cue_before (const TimexCtx *c,
                  guint           i)
{
  const TimexWord *prev = timex_word (c, i - 1);

  return prev != NULL && (prev->grammar == TG_AT || (prev->classes & (TW_BOUND | TW_AMOUNT_MOD)));
}

/* The clock part: "9:30 a.m.", "5 p.m. EST", "10 o'clock", "noon". */
static gboolean
parse_clock (TimexCtx   *c,
             guint       i,
             TimexMatch *m)
{
  const TimexWord *w = timex_word (c, i);
  int hour, minute, meridiem;
  guint end, k;

  if (w != NULL && (w->classes & TW_CLOCK_WORD))
    {
      hour = w->hour;
      minute = w->minute;
      end = i + 1;
    }
  else if (!timex_is_number (c, i) || !parse_clock_digits (c, i, &hour, &minute, &end))
    return FALSE;
  else if ((meridiem = parse_meridiem (c, end, &k)) >= 0)
    {
      if (hour < 1 || hour > 12)
        return FALSE;
      hour = hour % 12 + meridiem;
      end = k;
    }
  else if (timex_is_grammar (c, end, TG_OCLOCK) && timex_is_punct (c, end + 1, '\'') &&
           timex_is_grammar (c, end + 2, TG_CLOCK))
    end += 3;
  else if (end == i + 1 || !(clock_cue_before (c, i) || timex_is_class (c, end, TW_ZONE)))
    return FALSE;
  if (timex_is_class (c, end, TW_ZONE) && (c->tok[end].flags & TF_ALL_CAPS))
    end++;
  else if (timex_is_grammar (c, end, TG_LOCAL) && timex_is_grammar (c, end + 1, TG_TIME))
    end += 2;
  g_snprintf (m->time, sizeof m->time, "%02d:%02d", hour, minute);
  m->last = end;
  return TRUE;
}

/* "9:30 a.m.", "10 p.m. Wednesday", "noon Saturday", "around 7:15 p.m.":
 * a day named after the time joins it, else the time is on the DCT. */
gboolean
timex_match_clock (TimexCtx   *c,
                   guint       i,
                   TimexMatch *m)
{
  const TimexWord *mod;
  TimexMatch day;
  guint j = i, n;

  timex_match_init (m, i, TIMEX_FORM_POINT);
  m->type = CLAIMLINE_TIMEX_TIME;
  if ((mod = timex_phrase_at (c, j, TW_AMOUNT_MOD, &n)) != NULL && g_str_equal (mod->mod, "APPROX") &&
      !(mod->classes & TW_NUMBER))
    {
      j += n;
      m->mod = mod->mod;
    }
  if (!parse_clock (c, j, m))
    return FALSE;
  if (timex_is_punct (c, m->last, ',') && timex_is_class (c, m->last + 1, TW_MONTH | TW_WEEKDAY))
    m->last++;
  if ((timex_match_month_date (c, m->last, &day) || timex_match_weekday (c, m->last, &day) ||
       timex_match_deictic (c, m->last, &day)) &&
      day.point.gran == TIMEX_GRAN_DAY && day.form == TIMEX_FORM_POINT && day.time[0] == '\0')
    {
      m->point = day.point;
      m->relative = day.relative;
      m->last = day.last;
      return TRUE;
    }
  if (timex_is_punct (c, m->last - 1, ',') )
    m->last--;
  m->point = timex_ctx_anchor (c, TIMEX_GRAN_DAY);
  m->relative = TRUE;
  return TRUE;
}
