/* claimline-timex-dates.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-timex-private.h"

/* Calendar dates named by their parts: numeric dates, month names with a
 * day or a year, years, decades and centuries, quarters and halves,
 * seasons.  A part left out (the year of "June 8") is taken from the DCT. */

static gboolean
valid_day (int year,
           int month,
           int day)
{
  if (month < 1 || month > 12 || day < 1)
    return FALSE;
  return day <= (year != 0 ? timex_days_in_month (year, month) : month == 2 ? 29 :
                 timex_days_in_month (2001, month));
}

static void
set_day (TimexMatch *m,
         int         year,
         int         month,
         int         day)
{
  m->point.gran = TIMEX_GRAN_DAY;
  m->point.year = year;
  m->point.index = month;
  m->point.day = day;
}

/* A number glued to separators continues: "1-800-555-0100" is no date. */
static gboolean
continues_number (const TimexCtx *c,
                  guint           j)
{
  const TimexToken *t = timex_tok (c, j);

  if (t == NULL || !timex_glued (c, j))
    return FALSE;
  if (t->kind == TT_NUMBER || t->kind == TT_WORD || t->kind == TT_OTHER)
    return TRUE;
  return (t->ch == '-' || t->ch == '/' || t->ch == '.' || t->ch == ':' || t->ch == ',') &&
         timex_is_number (c, j + 1) && timex_glued (c, j + 1);
}

static gboolean
preceded_by_number (const TimexCtx *c,
                    guint           i)
{
  if (!timex_glued (c, i))
    return FALSE;
  if (c->tok[i - 1].kind != TT_PUNCT)
    return TRUE;
  return i >= 2 && timex_glued (c, i - 1) && timex_is_number (c, i - 2);
}

/* "T09:30" after an ISO date. */
static guint
parse_iso_time (const TimexCtx *c,
                guint           j,
                TimexMatch     *m)
{
  if (timex_is_grammar (c, j, TG_T) && timex_glued (c, j) && timex_is_number (c, j + 1) &&
      timex_glued (c, j + 1) && timex_is_punct (c, j + 2, ':') && timex_is_number (c, j + 3) &&
      c->tok[j + 1].number < 24 && c->tok[j + 3].number < 60)
    {
      g_snprintf (m->time, sizeof m->time, "%02u:%02u", c->tok[j + 1].number, c->tok[j + 3].number);
      m->type = CLAIMLINE_TIMEX_TIME;
      j += 4;
      /* seconds and a zone are part of the stamp */
      if (timex_is_punct (c, j, ':') && timex_is_number (c, j + 1) && timex_glued (c, j))
        j += 2;
      if (timex_is_class (c, j, TW_ZONE) && timex_glued (c, j))
        j++;
    }
  return j;
}

/* A B C joined by one separator, every part glued: "2025-06-08",
 * "06/09/2025", "8.6.2025".  Returns the separator or 0. */
static char
three_parts (const TimexCtx *c,
             guint           i)
{
  const TimexToken *s1 = timex_tok (c, i + 1);
  const TimexToken *s2 = timex_tok (c, i + 3);

  if (s1 == NULL || s2 == NULL || s1->kind != TT_PUNCT || s2->kind != TT_PUNCT || s1->ch != s2->ch)
    return 0;
  if (s1->ch != '-' && s1->ch != '/' && s1->ch != '.')
    return 0;
  for (guint k = i + 1; k <= i + 4; k++)
    if (!timex_glued (c, k))
      return 0;
  if (!timex_is_number (c, i + 2) || !timex_is_number (c, i + 4))
    return 0;
  return s1->ch;
}

static int
two_digit_year (const TimexToken *t)
{
  if (t->length == 4)
    return t->number;
  if (t->length == 2)
    return t->number < 50 ? 2000 + t->number : 1900 + t->number;
  return 0;
}

static gboolean
match_three_part_date (TimexCtx   *c,
                       guint       i,
                       TimexMatch *m)
{
  char sep = three_parts (c, i);
  const TimexToken *a = &c->tok[i], *b, *d;
  int year, month, day;

  if (sep == 0 || continues_number (c, i + 5))
    return FALSE;
  b = &c->tok[i + 2];
  d = &c->tok[i + 4];
  if (a->length == 4)
    {
      year = a->number;
      month = b->number;
      day = d->number;
    }
  else if (a->length > 2 || b->length > 2 || (year = two_digit_year (d)) == 0)
    return FALSE;
  else if (sep == '.' || a->number > 12)
    day = a->number, month = b->number;      /* day first */
  else
    month = a->number, day = b->number;      /* US order */
  if (year < 1000 || !valid_day (year, month, day))
    return FALSE;
  set_day (m, year, month, day);
  m->last = parse_iso_time (c, i + 5, m);
  return TRUE;
}

/* "2025-06", "2015-3", "12-2015", "06/2025". */
static gboolean
match_year_month (TimexCtx   *c,
                  guint       i,
                  TimexMatch *m)
{
  const TimexToken *a = &c->tok[i], *b = timex_tok (c, i + 2);
  int year, month;

  if (b == NULL || !timex_is_number (c, i + 2) || !timex_glued (c, i + 1) || !timex_glued (c, i + 2) ||
      !(timex_is_punct (c, i + 1, '-') || timex_is_punct (c, i + 1, '/')) ||
      continues_number (c, i + 3))
    return FALSE;
  if (a->length == 4 && b->length <= 2)
    {
      year = a->number;
      month = b->number;
    }
  else if (a->length <= 2 && b->length == 4)
    {
      month = a->number;
      year = b->number;
    }
  else
    return FALSE;
  if (month < 1 || month > 12 || year < 1900 || year > 2099)
    return FALSE;
  m->point.gran = TIMEX_GRAN_MONTH;
  m->point.year = year;
  m->point.index = month;
  m->last = i + 3;
  return TRUE;
}

/* "6/9" without a year, only where a date is expected: "on 6/9". */
static gboolean
match_month_slash_day (TimexCtx   *c,
                       guint       i,
                       TimexMatch *m)
{
  const TimexWord *prev = i > 0 ? timex_word (c, i - 1) : NULL;
  int month = c->tok[i].number, day;

  if (!timex_is_punct (c, i + 1, '/') || !timex_is_number (c, i + 2) || !timex_glued (c, i + 1) ||
      !timex_glued (c, i + 2) || continues_number (c, i + 3) || c->tok[i + 2].length > 2)
    return FALSE;
  if (prev == NULL || !(prev->grammar == TG_ON || (prev->classes & (TW_BOUND | TW_WEEKDAY))))
    return FALSE;
  day = c->tok[i + 2].number;
  if (!valid_day (0, month, day))
    return FALSE;
  set_day (m, 0, month, day);
  m->last = i + 3;
  timex_resolve_nearest (c, m, timex_future_context (c, i, i + 3));
  return TRUE;
}

gboolean
timex_match_numeric_date (TimexCtx   *c,
                          guint       i,
                          TimexMatch *m)
{
  if (!timex_is_number (c, i) || c->tok[i].length > 4 || preceded_by_number (c, i))
    return FALSE;
  timex_match_init (m, i, TIMEX_FORM_POINT);
  return match_three_part_date (c, i, m) || match_year_month (c, i, m) ||
         match_month_slash_day (c, i, m);
}

/* A day of the month: "8", "8th", "eighth", "twenty-first". */
static gboolean
parse_day (const TimexCtx *c,
           guint           i,
           int            *day,
           guint          *end)
{
  const TimexToken *t = timex_tok (c, i);

  if (t == NULL)
    return FALSE;
  if (t->kind == TT_NUMBER && !timex_is_grammar (c, i + 1, TG_ST))
    {
      const TimexToken *next = timex_tok (c, i + 1);

      if (t->length > 2 || t->number < 1 || t->number > 31)
        return FALSE;
      /* "June 8:30", "May 5%", "May 2-for-1" */
      if (next != NULL && timex_glued (c, i + 1) && next->kind != TT_PUNCT)
        return FALSE;
      if (next != NULL && timex_glued (c, i + 1) && (next->ch == ':' || next->ch == '%' || next->ch == '.') &&
          timex_is_number (c, i + 2))
        return FALSE;
      if (next != NULL && next->kind == TT_PUNCT && next->ch == '%')
        return FALSE;
      if (timex_is_class (c, i + 1, TW_UNIT))
        return FALSE;
      *day = t->number;
      *end = i + 1;
      return TRUE;
    }
  return timex_parse_ordinal (c, i, day, end) && *day >= 1 && *day <= 31;
}

/* The month word at I with its abbreviation dot; returns the next token. */
static guint
skip_month (const TimexCtx *c,
            guint           i)
{
  if (timex_is_punct (c, i + 1, '.') && timex_glued (c, i + 1) &&
      (c->tok[i].word->classes & TW_MONTH_ABBREV))
    return i + 2;
  return i + 1;
}

/* "last year", "of this year", "next year" after a month: the year. */
static gboolean
parse_year_shift (TimexCtx   *c,
                  guint       j,
                  int        *year,
                  guint      *end)
{
  const TimexWord *w;

  if (timex_is_grammar (c, j, TG_OF))
    j++;
  w = timex_word (c, j);
  if (w == NULL || !(w->classes & TW_SHIFT) || !timex_is_grammar (c, j + 1, TG_YEAR))
    return FALSE;
  *year = c->has_dct ? c->dct_year + w->shift : 0;
  *end = j + 2;
  return TRUE;
}

/* Day, and year, after a month name: "June 8", "June 8th, 2025". */
static void
finish_month_day (TimexCtx   *c,
                  TimexMatch *m,
                  int         month,
                  int         day,
                  guint       j)
{
  int year = 0;
  guint end;
  gboolean shifted = FALSE;

  if (timex_parse_trailing_year (c, j, &year, &end) ||
      (timex_is_punct (c, j, ',') && timex_parse_trailing_year (c, j + 1, &year, &end)))
    j = end;
  else if (parse_year_shift (c, j, &year, &end))
    {
      j = end;
      shifted = TRUE;
    }
  if (!valid_day (year, month, day))
    year = 0;
  set_day (m, year, month, day);
  m->last = j;
  if (year == 0 || shifted)
    timex_resolve_nearest (c, m, timex_future_context (c, m->first, j));
}

/* Month first: "June 8", "Jun. 8, 2025", "March 2025", "May". */
static gboolean
match_month_first (TimexCtx   *c,
                   guint       i,
                   TimexMatch *m)
{
  const TimexWord *w = timex_word (c, i);
  int day, year;
  guint j, end;

  if (w == NULL || !(w->classes & TW_MONTH))
    return FALSE;
  j = skip_month (c, i);
  if (timex_is_punct (c, j, '-') && timex_glued (c, j) && timex_glued (c, j + 1) &&
      timex_is_number (c, j + 1) && c->tok[j + 1].length == 4)
    j++;   /* "Dec-2018" */
  else if (timex_is_punct (c, j, '/') && timex_glued (c, j) && timex_is_number (c, j + 1) &&
           timex_glued (c, j + 1) && c->tok[j + 1].length <= 2)
    j++;   /* "Oct/2" */
  if (!(w->classes & TW_MONTH_AMBIGUOUS) || (c->tok[i].flags & TF_CAPITAL) || timex_is_class (c, i - 1, TW_BOUND))
    {
      if (parse_day (c, j, &day, &end))
        {
          finish_month_day (c, m, w->month, day, end);
          return TRUE;
        }
    }
  m->point.gran = TIMEX_GRAN_MONTH;
  m->point.index = w->month;
  if (timex_parse_trailing_year (c, j, &year, &end))
    {
      m->point.year = year;
      m->last = end;
      return TRUE;
    }
  if (parse_year_shift (c, j, &year, &end))
    {
      m->point.year = year;
      m->last = end;
      m->relative = TRUE;
      return TRUE;
    }
  j = i + 1;
  if (!timex_month_ok (c, i, j))
    return FALSE;
  m->last = j;
  timex_resolve_nearest (c, m, timex_future_context (c, i, j));
  return TRUE;
}

/* Day first: "8 June", "8th of June 2025", "the 8th of June". */
static gboolean
match_day_first (TimexCtx   *c,
                 guint       i,
                 TimexMatch *m)
{
  guint j = timex_is_grammar (c, i, TG_THE) ? i + 1 : i;
  int day;
  guint end;
  const TimexWord *w;

  if (!parse_day (c, j, &day, &end))
    return FALSE;
  /* "the first of May" needs its "of"; "8 June" and "8th June" do not */
  if (timex_is_grammar (c, end, TG_OF))
    end++;
  else if (!timex_is_number (c, j))
    return FALSE;
  if (timex_is_punct (c, end, '-') && timex_glued (c, end) && timex_glued (c, end + 1))
    end++;   /* "05-Aug-2016" */
  w = timex_word (c, end);
  if (w == NULL || !(w->classes & TW_MONTH))
    return FALSE;
  if ((w->classes & TW_MONTH_AMBIGUOUS) && !(c->tok[end].flags & TF_CAPITAL) &&
      !timex_is_grammar (c, end - 1, TG_OF))
    return FALSE;
  end = skip_month (c, end);
  if (timex_is_punct (c, end, '-') && timex_glued (c, end) && timex_is_number (c, end + 1) &&
      timex_glued (c, end + 1))
    end++;
  finish_month_day (c, m, w->month, day, end);
  return TRUE;
}

gboolean
timex_match_month_date (TimexCtx   *c,
                        guint       i,
                        TimexMatch *m)
{
  const TimexWord *w = timex_word (c, i);
  guint j = i;

  timex_match_init (m, i, TIMEX_FORM_POINT);
  /* "Saturday, April 25", "Tue May 9": the weekday joins the date */
  if (w != NULL && (w->classes & TW_WEEKDAY) && !(w->classes & TW_WEEKDAY_PLURAL))
    {
      j = i + 1;
      if (timex_is_punct (c, j, '.') && timex_glued (c, j))
        j++;
      if (timex_is_punct (c, j, ','))
        j++;
      if (!match_month_first (c, j, m) && !match_day_first (c, j, m))
        return FALSE;
      if (m->point.gran != TIMEX_GRAN_DAY)
        return FALSE;
      m->first = i;
      return TRUE;
    }
  return match_month_first (c, i, m) || match_day_first (c, i, m);
}
