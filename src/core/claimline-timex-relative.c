/* claimline-timex-relative.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-timex-private.h"

/* Expressions counted from the DCT: "last year", "this week", "next
 * March", "the past five years", "earlier this year", "two years ago",
 * "the year-earlier quarter".  Without a DCT they keep their granularity
 * and leave the rest unknown ("XXXX"). */

/* A quarter named shortly before stands for "the quarter" and is the one
 * "a year earlier" is counted from in an earnings report. */
#define QUARTER_CONTEXT_BYTES 2000

static const char *
position_mod (gint8 position)
{
  return position == TP_START ? "START" : position == TP_MID ? "MID" : "END";
}

gboolean
timex_recent_quarter (const TimexCtx *c,
                      guint           i)
{
  return c->last_quarter.year != 0 && c->tok[i].start >= c->last_quarter_end &&
         c->tok[i].start - c->last_quarter_end < QUARTER_CONTEXT_BYTES;
}

/* The unit word at K as a calendar granularity ("year", "week"). */
static gboolean
unit_gran_at (const TimexCtx *c,
              guint           k,
              gboolean        plural,
              TimexGran      *gran,
              TimexUnit      *unit)
{
  const TimexWord *w = timex_word (c, k);
  gboolean ok;

  if (w == NULL || !(w->classes & TW_UNIT) || ((w->classes & TW_UNIT_PLURAL) != 0) != plural)
    return FALSE;
  *unit = w->unit;
  *gran = timex_unit_gran (w->unit, &ok);
  return ok;
}

/* "last May" is the latest May before the DCT but one just past ("in
 * May" names that one), "next May" the first after the DCT, "this May"
 * the DCT year's. */
static void
resolve_shifted_month (const TimexCtx *c,
                       TimexMatch     *m,
                       int             month,
                       int             shift)
{
  m->point.gran = TIMEX_GRAN_MONTH;
  m->point.index = month;
  m->relative = TRUE;
  if (!c->has_dct)
    return;
  m->point.year = c->dct_year;
  /* "last May" said in June is the May of the year before */
  if (shift < 0 && month >= c->dct_month - 1)
    m->point.year--;
  else if (shift > 0 && month <= c->dct_month)
    m->point.year++;
}

/* Same for seasons: "last autumn" is the previous year's, "next" the
 * first to start after the DCT. */
static void
resolve_shifted_season (const TimexCtx *c,
                        TimexMatch     *m,
                        int             season,
                        int             shift)
{
  m->point.gran = TIMEX_GRAN_SEASON;
  m->point.index = season + 1;
  m->relative = TRUE;
  if (!c->has_dct)
    return;
  if (shift == 0)
    {
      timex_resolve_nearest (c, m, TRUE);
      return;
    }
  if (shift < 0)
    {
      /* winter belongs to the year it starts in */
      m->point.year = (season == 3 && c->dct_month <= 2 ? c->dct_year - 1 : c->dct_year) - 1;
      return;
    }
  for (int k = 0; k < 4; k++)
    {
      int y = c->dct_year - 1 + k;
      TimexPoint candidate = m->point;
      gint32 low, high;

      candidate.year = y;
      timex_point_range (&candidate, &low, &high);
      if (low > c->dct)
        {
          m->point.year = y;
          return;
        }
    }
}

/* "last Friday" is the latest Friday before the DCT, "next Friday" the
 * first after it, "this Friday" the one in the DCT's week; a bare
 * "Friday" is the DCT itself, else the past one unless the clause speaks
 * of the future. */
static void
resolve_weekday_shift (const TimexCtx *c,
                       TimexMatch     *m,
                       int             weekday,
                       int             shift,
                       gboolean        bare)
{
  int dct_weekday, back, ahead;
  gint32 jd;

  m->relative = TRUE;
  if (!c->has_dct)
    {
      m->point = timex_point_unknown (TIMEX_GRAN_DAY);
      m->point.weekday = weekday;
      return;
    }
  dct_weekday = timex_weekday (c->dct);
  back = (dct_weekday - weekday + 7) % 7;
  ahead = (weekday - dct_weekday + 7) % 7;
  if (bare)
    jd = back == 0 ? c->dct : shift > 0 ? c->dct + ahead : c->dct - back;
  else if (shift < 0)
    jd = c->dct - (back == 0 ? 7 : back);
  else if (shift > 0)
    jd = c->dct + (ahead == 0 ? 7 : ahead);
  else
    jd = c->dct - (dct_weekday - 1) + (weekday - 1);
  m->point = timex_point_at (jd, TIMEX_GRAN_DAY);
}

void
timex_resolve_weekday (const TimexCtx *c,
                       TimexMatch     *m,
                       int             weekday,
                       gboolean        future)
{
  resolve_weekday_shift (c, m, weekday, future ? 1 : -1, TRUE);
}

/* A part of the day after a day: "Friday morning", "last night". */
guint
timex_parse_part_of_day (const TimexCtx *c,
                         guint           k,
                         TimexMatch     *m)
{
  const TimexWord *w = timex_word (c, k);

  if (w == NULL || !(w->classes & TW_PART_OF_DAY) || (w->classes & TW_UNIT_PLURAL))
    return k;
  g_strlcpy (m->time, w->part_of_day, sizeof m->time);
  m->type = CLAIMLINE_TIMEX_TIME;
  return k + 1;
}

/* "the past five years", "the next few days": a duration from the DCT. */
static gboolean
match_counted (TimexCtx         *c,
               guint             k,
               const TimexWord  *shift,
               TimexMatch       *m)
{
  double amount;
  gboolean article, ok;
  guint end;
  const TimexWord *u;

  if (shift->shift == 0 || !timex_parse_number (c, k, &amount, &end, &article) || article)
    return FALSE;
  u = timex_word (c, end);
  if (u == NULL || !(u->classes & TW_UNIT) || u->unit == TU_SEASON)
    return FALSE;
  if (!(u->classes & TW_UNIT_PLURAL) && amount != 1)
    return FALSE;
  timex_unit_gran (u->unit, &ok);
  m->form = TIMEX_FORM_DURATION;
  m->type = CLAIMLINE_TIMEX_DURATION;
  m->amount = amount;
  m->unit = u->unit;
  m->anchor = shift->shift < 0 ? -1 : 1;
  m->relative = TRUE;
  m->last = timex_parse_amount_suffix (c, end + 1, m);
  return TRUE;
}

/* What follows "last", "this" or "next" at K. */
static gboolean
match_shifted (TimexCtx        *c,
               guint            k,
               const TimexWord *shift,
               gboolean         the,
               TimexMatch      *m)
{
  const TimexWord *x;
  TimexGran gran;
  TimexUnit unit;

  if (timex_is_grammar (c, k, TG_FISCAL))
    k++;
  x = timex_word (c, k);
  if (x == NULL)
    return match_counted (c, k, shift, m);
  if (unit_gran_at (c, k, FALSE, &gran, &unit) && !timex_is_grammar (c, k + 1, TG_OF))
    {
      /* "the next day" but not "this day" or "the last day" */
      if (gran == TIMEX_GRAN_DAY && (shift->shift == 0 || shift->grammar == TG_LAST || !the))
        return FALSE;
      m->point = timex_point_shift (timex_ctx_anchor (c, gran), shift->shift);
      m->relative = TRUE;
      m->last = timex_parse_amount_suffix (c, k + 1, m);
      return TRUE;
    }
  if (x->classes & TW_UNIT_PLURAL && x->classes & TW_UNIT && shift->shift != 0)
    {
      /* "the coming months", "in past years" */
      m->form = TIMEX_FORM_REF;
      m->ref = shift->shift > 0 ? "FUTURE_REF" : "PAST_REF";
      m->relative = TRUE;
      m->last = k + 1;
      return TRUE;
    }
  /* "this may take longer" */
  if ((x->classes & TW_MONTH) && !(x->classes & TW_MONTH_ABBREV) &&
      (!(x->classes & TW_MONTH_AMBIGUOUS) || (c->tok[k].flags & TF_CAPITAL)))
    {
      resolve_shifted_month (c, m, x->month, shift->shift);
      m->last = k + 1;
      return TRUE;
    }
  if ((x->classes & TW_WEEKDAY) && !(x->classes & (TW_WEEKDAY_ABBREV | TW_WEEKDAY_PLURAL)))
    {
      resolve_weekday_shift (c, m, x->weekday, shift->shift, FALSE);
      m->last = timex_parse_part_of_day (c, k + 1, m);
      return TRUE;
    }
  if (x->classes & TW_SEASON)
    {
      resolve_shifted_season (c, m, x->season, shift->shift);
      m->last = k + 1;
      return TRUE;
    }
  return match_counted (c, k, shift, m);
}

/* "earlier this year", "later this month": the period, ending (or
 * starting) at the DCT. */
static gboolean
match_edge (TimexCtx   *c,
            guint       i,
            TimexMatch *m)
{
  const TimexWord *w = timex_word (c, i);
  const TimexWord *shift = timex_word (c, i + 1);
  TimexGran gran;
  TimexUnit unit;

  if (w == NULL || !(w->classes & TW_EDGE) || shift == NULL)
    return FALSE;
  /* "earlier yesterday", "later Sunday" */
  if ((shift->classes & (TW_DEICTIC | TW_WEEKDAY)) &&
      (timex_match_deictic (c, i + 1, m) || timex_match_weekday (c, i + 1, m)) &&
      m->form == TIMEX_FORM_POINT)
    {
      m->first = i;
      m->mod = w->ago < 0 ? "START" : "END";
      return TRUE;
    }
  if (!(shift->classes & TW_SHIFT) || !unit_gran_at (c, i + 2, FALSE, &gran, &unit) ||
      gran == TIMEX_GRAN_DAY)
    return FALSE;
  m->point = timex_point_shift (timex_ctx_anchor (c, gran), shift->shift);
  m->mod = w->ago < 0 ? "START" : "END";
  m->clip = shift->shift == 0 ? w->ago : 0;
  m->relative = TRUE;
  m->last = i + 3;
  return TRUE;
}

/* "year-earlier", "the year-ago quarter", "year-end". */
static gboolean
match_year_compound (TimexCtx   *c,
                     guint       i,
                     TimexMatch *m)
{
  guint j = timex_is_grammar (c, i, TG_THE) ? i + 1 : i;
  const TimexWord *w;
  guint end = j + 3;

  if (!timex_is_grammar (c, j, TG_YEAR) || !timex_is_punct (c, j + 1, '-') ||
      !timex_glued (c, j + 1) || !timex_glued (c, j + 2))
    return FALSE;
  w = timex_word (c, j + 2);
  if (w == NULL)
    return FALSE;
  m->relative = TRUE;
  if (w->grammar == TG_END)
    {
      m->point = timex_ctx_anchor (c, TIMEX_GRAN_YEAR);
      m->mod = "END";
      m->last = end;
      return TRUE;
    }
  if (!(w->classes & TW_AGO) || w->ago >= 0)
    return FALSE;
  if (timex_is_grammar (c, end, TG_PERIOD) ||
      (timex_is_class (c, end, TW_UNIT) && timex_word (c, end)->unit == TU_QUARTER))
    {
      end++;
      if (timex_recent_quarter (c, i))
        {
          m->point = timex_point_shift (c->last_quarter, -4);
          m->last = end;
          return TRUE;
        }
    }
  else if (j > i)
    return FALSE;
  m->point = timex_point_shift (timex_ctx_anchor (c, TIMEX_GRAN_YEAR), -1);
  m->last = end;
  return TRUE;
}

/* "the weekend": the coming one late in the week, else the last one. */
static gboolean
match_the_weekend (TimexCtx   *c,
                   guint       i,
                   TimexMatch *m)
{
  const TimexWord *u = timex_word (c, i + 1);
  int weekday;

  if (!timex_is_grammar (c, i, TG_THE) || u == NULL || !(u->classes & TW_UNIT) ||
      u->unit != TU_WEEKEND || (u->classes & TW_UNIT_PLURAL))
    return FALSE;
  m->point = timex_ctx_anchor (c, TIMEX_GRAN_WEEKEND);
  weekday = c->has_dct ? timex_weekday (c->dct) : 0;
  if (weekday >= 1 && weekday <= 3)
    m->point = timex_point_shift (m->point, -1);
  m->relative = TRUE;
  m->last = i + 2;
  return TRUE;
}

/* "the quarter": the one named last, else the latest complete one. */
static gboolean
match_the_quarter (TimexCtx   *c,
                   guint       i,
                   TimexMatch *m)
{
  const TimexWord *u = timex_word (c, i + 1);

  if (!timex_is_grammar (c, i, TG_THE) || u == NULL || !(u->classes & TW_UNIT) ||
      u->unit != TU_QUARTER || (u->classes & TW_UNIT_PLURAL) || timex_is_grammar (c, i + 2, TG_OF))
    return FALSE;
  m->point = timex_recent_quarter (c, i) ? c->last_quarter
                                   : timex_point_shift (timex_ctx_anchor (c, TIMEX_GRAN_QUARTER), -1);
  m->relative = TRUE;
  m->last = i + 2;
  return TRUE;
}

gboolean
timex_match_relative (TimexCtx   *c,
                      guint       i,
                      TimexMatch *m)
{
  gboolean the = timex_is_grammar (c, i, TG_THE);
  guint j = the ? i + 1 : i;
  const TimexWord *shift;
  guint n;

  timex_match_init (m, i, TIMEX_FORM_POINT);
  if (match_edge (c, i, m) || match_year_compound (c, i, m) || match_the_quarter (c, i, m) ||
      match_the_weekend (c, i, m))
    return TRUE;
  shift = timex_phrase_at (c, j, TW_SHIFT, &n);
  if (shift == NULL)
    return FALSE;
  return match_shifted (c, j + n, shift, the, m);
}

/* How many units of GRAN span the calendar's 9999 years. */
static double
calendar_steps (TimexGran gran)
{
  static const double per_year[] = {
    [TIMEX_GRAN_CENTURY] = 0.01, [TIMEX_GRAN_DECADE] = 0.1, [TIMEX_GRAN_YEAR] = 1,
    [TIMEX_GRAN_HALF] = 2, [TIMEX_GRAN_QUARTER] = 4, [TIMEX_GRAN_SEASON] = 4,
    [TIMEX_GRAN_MONTH] = 12, [TIMEX_GRAN_WEEK] = 53, [TIMEX_GRAN_WEEKEND] = 53,
    [TIMEX_GRAN_DAY] = 366,
  };

  return TIMEX_CALENDAR_YEARS * per_year[gran];
}

static gboolean
ago_as_ref (TimexMatch      *m,
            const TimexWord *ago)
{
  m->form = TIMEX_FORM_REF;
  m->ref = ago->ago < 0 ? "PAST_REF" : "FUTURE_REF";
  return TRUE;
}

/* "two years ago", "a decade ago", "three days later", "five years from
 * now"; "a few years ago" is only PAST_REF. */
gboolean
timex_match_ago (TimexCtx   *c,
                 guint       i,
                 TimexMatch *m)
{
  const TimexWord *mod, *ago, *u;
  guint j = i, n, end;
  double amount = TIMEX_AMOUNT_UNKNOWN;
  gboolean article, ok, counted = FALSE;
  TimexGran gran;
  int steps;

  timex_match_init (m, i, TIMEX_FORM_POINT);
  if ((mod = timex_phrase_at (c, j, TW_AMOUNT_MOD, &n)) != NULL && !(mod->classes & TW_NUMBER && n == 1))
    {
      j += n;
      m->mod = mod->mod;
    }
  if (timex_parse_number (c, j, &amount, &end, &article))
    {
      j = end;
      counted = TRUE;
    }
  u = timex_word (c, j);
  if (u == NULL || !(u->classes & TW_UNIT))
    return FALSE;
  ago = timex_phrase_at (c, timex_parse_amount_suffix (c, j + 1, m), TW_AGO, &n);
  if (ago != NULL && m->mod != NULL && timex_is_grammar (c, j + 1, TG_OR))
    j += 2;
  if (ago == NULL || (ago->grammar == TG_BEFORE && timex_tok (c, j + 2) != NULL &&
                      c->tok[j + 2].kind != TT_PUNCT))
    return FALSE;
  /* "the day before" is relative to some other day */
  if (!counted && !(u->classes & TW_UNIT_PLURAL))
    return FALSE;
  m->last = j + 1 + n;
  m->relative = TRUE;
  gran = timex_unit_gran (u->unit, &ok);
  if (!ok)
    return FALSE;
  /* no calendar reaches "four billion years ago": only the direction is kept */
  if (amount < 0 || !counted || amount > calendar_steps (gran))
    return ago_as_ref (m, ago);
  /* "a decade ago" is a year, ten years back */
  steps = (int) (amount + 0.5);
  if (gran == TIMEX_GRAN_DECADE || gran == TIMEX_GRAN_CENTURY)
    {
      steps *= gran == TIMEX_GRAN_DECADE ? 10 : 100;
      gran = TIMEX_GRAN_YEAR;
    }
  if (gran == TIMEX_GRAN_YEAR && steps == 1 && ago->ago < 0 && timex_recent_quarter (c, i))
    m->point = timex_point_shift (c->last_quarter, -4);
  else
    m->point = timex_point_shift (timex_ctx_anchor (c, gran), ago->ago * steps);
  if (timex_point_beyond_calendar (&m->point))
    return ago_as_ref (m, ago);
  if (m->mod != NULL && g_str_equal (m->mod, "APPROX") == FALSE)
    m->mod = NULL;
  return TRUE;
}

/* "early 2025", "late last year", "mid-June", "the end of the year". */
gboolean
timex_match_position (TimexCtx   *c,
                      guint       i,
                      TimexMatch *m)
{
  const TimexWord *pos;
  TimexGran gran;
  TimexUnit unit;
  guint n, j;

  pos = timex_phrase_at (c, i, TW_POSITION, &n);
  if (pos == NULL)
    return FALSE;
  j = i + n;
  if (timex_is_punct (c, j, '-') && timex_glued (c, j) && timex_glued (c, j + 1))
    j++;
  if (timex_match_point_core (c, j, m))
    ;
  else if ((timex_is_grammar (c, j, TG_THE) && unit_gran_at (c, j + 1, FALSE, &gran, &unit)) ||
           (n > 1 && unit_gran_at (c, j, FALSE, &gran, &unit)))
    {
      timex_match_init (m, j, TIMEX_FORM_POINT);
      m->point = timex_ctx_anchor (c, gran);
      m->relative = TRUE;
      m->last = timex_is_grammar (c, j, TG_THE) ? j + 2 : j + 1;
    }
  else
    return FALSE;
  if (m->form != TIMEX_FORM_POINT)
    return FALSE;
  m->first = i;
  m->mod = position_mod (pos->position);
  m->clip = 0;
  return TRUE;
}
